import type { Span } from './span.ts'

/**
 * One piece of a derived text: `[textStart, textStart + textLength)` stands for
 * `[rawStart, rawStart + rawLength)` of the text it was derived from. Copied pieces have equal
 * lengths and map character by character; replaced pieces (a joined hyphen, a dropped page header)
 * map their start to the raw start and their end to the raw end.
 */
interface Piece {
  readonly textStart: number
  readonly textLength: number
  readonly rawStart: number
  readonly rawLength: number
  readonly copied: boolean
}

/** Maps offsets of a normalised text back to offsets of the text it was made from. */
export interface OffsetMap {
  /** Offset in the original for a text offset; `bias` 'end' maps span ends (exclusive). */
  toRaw(offset: number, bias?: 'start' | 'end'): number
  /** A whole span of the normalised text as a span of the original. */
  spanToRaw(span: Span): Span
  /** Offset in the normalised text for an original offset, or the nearest one after it. */
  fromRaw(rawOffset: number): number
  readonly textLength: number
}

/**
 * Builds a derived text piece by piece, remembering where each piece came from.
 * @example
 * const b = createTextBuilder('at-\ntacked')
 * b.copy(0, 2); b.replace(2, 4, ''); b.copy(4, 10)
 * b.build().text // 'attacked'
 */
export interface TextBuilder {
  /** Copies `raw.slice(rawStart, rawEnd)` unchanged. */
  copy(rawStart: number, rawEnd: number): void
  /** Writes `text` in place of `raw.slice(rawStart, rawEnd)` (empty `text` drops it). */
  replace(rawStart: number, rawEnd: number, text: string): void
  build(): { text: string; map: OffsetMap }
}

export function createTextBuilder(raw: string): TextBuilder {
  const pieces: Piece[] = []
  const chunks: string[] = []
  let textLength = 0
  let rawCursor = 0
  function check(rawStart: number, rawEnd: number): void {
    if (rawStart < rawCursor || rawEnd < rawStart || rawEnd > raw.length) {
      throw new RangeError(
        `Cannot add raw range [${rawStart}, ${rawEnd}): pieces must be in order and inside the text (at ${rawCursor} of ${raw.length})`,
      )
    }
  }
  function push(piece: Piece, text: string): void {
    const last = pieces.at(-1)
    if (
      piece.copied &&
      last?.copied &&
      last.rawStart + last.rawLength === piece.rawStart &&
      last.textStart + last.textLength === piece.textStart
    ) {
      pieces[pieces.length - 1] = {
        ...last,
        textLength: last.textLength + piece.textLength,
        rawLength: last.rawLength + piece.rawLength,
      }
    } else {
      pieces.push(piece)
    }
    chunks.push(text)
    textLength += text.length
  }
  return {
    copy(rawStart, rawEnd) {
      check(rawStart, rawEnd)
      if (rawEnd === rawStart) return
      if (rawStart > rawCursor) push(gap(rawCursor, rawStart, textLength), '')
      push(
        {
          textStart: textLength,
          textLength: rawEnd - rawStart,
          rawStart,
          rawLength: rawEnd - rawStart,
          copied: true,
        },
        raw.slice(rawStart, rawEnd),
      )
      rawCursor = rawEnd
    },
    replace(rawStart, rawEnd, text) {
      check(rawStart, rawEnd)
      if (rawStart > rawCursor) push(gap(rawCursor, rawStart, textLength), '')
      push(
        {
          textStart: textLength,
          textLength: text.length,
          rawStart,
          rawLength: rawEnd - rawStart,
          copied: false,
        },
        text,
      )
      rawCursor = rawEnd
    },
    build() {
      if (rawCursor < raw.length) push(gap(rawCursor, raw.length, textLength), '')
      rawCursor = raw.length
      return { text: chunks.join(''), map: createOffsetMap(pieces, textLength) }
    },
  }
}

function gap(rawStart: number, rawEnd: number, textStart: number): Piece {
  return { textStart, textLength: 0, rawStart, rawLength: rawEnd - rawStart, copied: false }
}

/** The map of a text that is its own original. */
export function identityMap(length: number): OffsetMap {
  return createOffsetMap(
    [{ textStart: 0, textLength: length, rawStart: 0, rawLength: length, copied: true }],
    length,
  )
}

function createOffsetMap(pieces: readonly Piece[], textLength: number): OffsetMap {
  /** Index of the last piece with textStart <= offset (preferring non-empty pieces for 'start'). */
  function findPiece(offset: number, bias: 'start' | 'end'): Piece | undefined {
    let lo = 0
    let hi = pieces.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const piece = pieces[mid] as Piece
      const inside = bias === 'start' ? piece.textStart <= offset : piece.textStart < offset
      if (inside) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (bias === 'start') {
      // Skip back over zero-length pieces (dropped ranges) so a start maps to the first real character.
      while (
        found > 0 &&
        (pieces[found] as Piece).textLength === 0 &&
        (pieces[found] as Piece).textStart === offset
      ) {
        const previous = pieces[found - 1] as Piece
        if (previous.textStart + previous.textLength <= offset && previous.textLength > 0) break
        found--
      }
      // A start at a dropped range belongs to the next piece that has text.
      let next = found
      while (next < pieces.length && (pieces[next] as Piece).textLength === 0) next++
      if (next < pieces.length && (pieces[next] as Piece).textStart === offset) return pieces[next]
    }
    return found === -1 ? pieces[0] : pieces[found]
  }
  function toRaw(offset: number, bias: 'start' | 'end' = 'start'): number {
    if (offset < 0 || offset > textLength) {
      throw new RangeError(`Cannot map offset ${offset}: the text has length ${textLength}`)
    }
    if (pieces.length === 0) return 0
    const piece = findPiece(offset, bias)
    if (piece === undefined) return 0
    const within = offset - piece.textStart
    if (piece.copied) return piece.rawStart + within
    if (within <= 0) return piece.rawStart
    return piece.rawStart + piece.rawLength
  }
  function fromRaw(rawOffset: number): number {
    for (const piece of pieces) {
      if (rawOffset < piece.rawStart + piece.rawLength || piece === pieces.at(-1)) {
        if (rawOffset <= piece.rawStart) return piece.textStart
        if (piece.copied) return piece.textStart + Math.min(rawOffset - piece.rawStart, piece.textLength)
        return piece.textStart + piece.textLength
      }
    }
    return textLength
  }
  return {
    textLength,
    toRaw,
    fromRaw,
    spanToRaw(span) {
      const start = toRaw(span.start, 'start')
      const end = span.end === span.start ? start : toRaw(span.end, 'end')
      return { start, end: Math.max(start, end) }
    },
  }
}

/** Chains two maps: `outer` maps a text to an intermediate text, `inner` maps that to the original. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  return {
    textLength: outer.textLength,
    toRaw: (offset, bias = 'start') => inner.toRaw(outer.toRaw(offset, bias), bias),
    fromRaw: (rawOffset) => outer.fromRaw(inner.fromRaw(rawOffset)),
    spanToRaw(span) {
      return inner.spanToRaw(outer.spanToRaw(span))
    },
  }
}
