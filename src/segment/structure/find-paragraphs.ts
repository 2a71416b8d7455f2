import type { Span } from '../../core/index.ts'

/** One line of a paragraph, without its line break. */
export interface Line extends Span {
  readonly text: string
}

/** A run of non-blank lines. */
export interface Paragraph extends Span {
  readonly lines: readonly Line[]
}

/**
 * Splits `text[start, end)` into paragraphs: maximal runs of lines that are not blank.
 * @example findParagraphs('a\nb\n\nc', 0, 6).length // 2
 */
export function findParagraphs(text: string, start: number, end: number): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let current: Line[] = []
  const flush = (): void => {
    const first = current[0]
    const last = current.at(-1)
    if (first !== undefined && last !== undefined)
      paragraphs.push({ start: first.start, end: last.end, lines: current })
    current = []
  }
  let lineStart = start
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const raw = text.slice(lineStart, lineEnd)
    if (raw.trim().length === 0) flush()
    else {
      const trimmedEnd = lineStart + raw.trimEnd().length
      current.push({ start: lineStart, end: trimmedEnd, text: text.slice(lineStart, trimmedEnd) })
    }
    if (lineEnd >= end) break
    lineStart = lineEnd + 1
  }
  flush()
  return paragraphs
}

/**
 * A line without its Markdown emphasis, note markers and heading hashes, for matching (not for spans).
 * @example stripMarkup('*Com. Molotov,*<sup>1</sup>') // 'Com. Molotov,'
 */
export function stripMarkup(line: string): string {
  return line
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The span of the printed words of a line: leading/trailing emphasis, heading hashes, note markers and
 * spaces left out.
 * @example trimMarkupSpan('*Molotov,*<sup>1</sup>', { start: 0, end: 22 }) // { start: 1, end: 9 }
 */
export function trimMarkupSpan(text: string, span: Span): Span {
  let { start, end } = span
  const lead = /^(?:\s|#{1,6}\s|\*)+/.exec(text.slice(start, end))
  if (lead !== null) start += lead[0].length
  for (;;) {
    const slice = text.slice(start, end)
    const tail = /(?:\s+|\*+|<sup>[^<]*<\/sup>)$/.exec(slice)
    if (tail === null || tail[0].length === 0) break
    end -= tail[0].length
  }
  return { start, end: Math.max(start, end) }
}
