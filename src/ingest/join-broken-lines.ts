import type { RemovalReason } from '../core/index.ts'
import type { Edit } from './apply-edits.ts'
import type { WordCounts } from './count-words.ts'
import { isSoftHyphen } from './is-soft-hyphen.ts'
import type { Line } from './split-lines.ts'
import { isBlankLine } from './split-lines.ts'

/** Options for {@link joinBrokenLines}. */
export interface JoinOptions {
  /** Lines already removed (page numbers, running heads): a join may pass over them. */
  readonly dropped: ReadonlySet<number>
  /** The text is hard-wrapped (OCR): keep one line per printed line, moving a break after a joined word. */
  readonly hardWrapped: boolean
  readonly counts: WordCounts
}

/** A join may pass over at most this many blank or removed lines (a page break). */
const MAX_GAP_LINES = 10
/** In files with one paragraph per line, shorter lines are headings or captions and never continue. */
const MIN_PARAGRAPH_LINE = 40
/** How much of a line's end is looked at. */
const TAIL_LENGTH = 64

/**
 * Joins what page and line breaks split: words hyphenated across a line or page break ("at-⏎tacked"),
 * and, where the text simply continues after a page break (blank lines, a removed running head), the two
 * halves of the paragraph. Footnote blocks between the halves are left in place (no text is moved).
 * @example joinBrokenLines(text, splitLines(text), options) // edits: hyphens, gaps and moved line breaks
 */
export function joinBrokenLines(text: string, lines: readonly Line[], joinOptions: JoinOptions): Edit[] {
  const options = { ...joinOptions, lines }
  const edits: Edit[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (options.dropped.has(index) || isBlankLine(text, line)) continue
    let next = index + 1
    while (next < lines.length && next - index <= MAX_GAP_LINES && isGapLine(text, lines, next, options))
      next++
    const following = lines[next]
    if (following === undefined || next - index > MAX_GAP_LINES) continue
    const join = planJoin(text, { line, following, index, next }, options)
    if (join === undefined) continue
    edits.push(
      ...gapEdits(
        lines,
        { from: join.from, to: join.to, firstIndex: index + 1, lastIndex: next - 1 },
        join,
        options,
      ),
    )
    const adjacent = next === index + 1
    if ((options.hardWrapped || adjacent) && join.text === '')
      edits.push(...moveLineBreak(text, join.to, following.end))
  }
  return edits
}

interface Join {
  readonly from: number
  readonly to: number
  readonly text: string
  readonly reason: RemovalReason
}

function isGapLine(text: string, lines: readonly Line[], index: number, options: JoinOptions): boolean {
  return options.dropped.has(index) || isBlankLine(text, lines[index] as Line)
}

/** What to remove between a line and the next kept line, or nothing when they do not belong together. */
function planJoin(
  text: string,
  pair: { line: Line; following: Line; index: number; next: number },
  options: JoinOptions & { lines: readonly Line[] },
): Join | undefined {
  const { line, following } = pair
  const gap = pair.next - pair.index - 1
  let end = line.end
  while (end > line.start && /[ \t]/.test(text[end - 1] as string)) end--
  let start = following.start
  while (start < following.end && /[ \t]/.test(text[start] as string)) start++
  // Only the end of a line matters here: slicing its tail keeps end-anchored patterns cheap on long lines.
  const content = text.slice(Math.max(line.start, end - TAIL_LENGTH), end)
  const hyphen = text[end - 1] === '-' ? /(\p{L}+)-$/u.exec(content) : null
  if (hyphen !== null) {
    // A bullet put before a continuation by a conversion ("Revolu-⏎⏎- tionary") is residue too.
    if (gap > 0 && /^- \p{Ll}/u.test(text.slice(start, start + 3))) start += 2
    const second = /^\p{L}+/u.exec(text.slice(start, Math.min(start + 64, following.end)))
    if (second === null) return undefined
    if (isSoftHyphen(hyphen[1] as string, second[0], options.counts)) {
      return { from: end - 1, to: start, text: '', reason: 'line-break-hyphen' }
    }
    return gap > 0 ? { from: end, to: start, text: '', reason: 'blank-lines' } : undefined
  }
  if (gap === 0) return undefined
  const lineStart = text.slice(line.start, Math.min(line.start + 8, end))
  if (
    !continuesParagraph(
      { lineStart, tail: content, length: end - line.start },
      text.slice(start, Math.min(start + 8, following.end)),
      options,
    )
  ) {
    return undefined
  }
  if (options.hardWrapped && !hasDroppedLine(options.dropped, pair.index, pair.next)) return undefined
  if (isInFootBlock(text, pair.index, options.lines)) return undefined
  return { from: end, to: start, text: options.hardWrapped ? '\n' : ' ', reason: 'blank-lines' }
}

/** A note line: "23 Text", "23. Text", "[23] Text". */
const NOTE_LINE = /^(?:\d{1,3}\.?|\[\d{1,3}\])[ \t]+\S/
/** A horizontal rule, the line that opens a block of notes at the foot of a page. */
const RULE_LINE = /^[ \t]*(?:-{3,}|_{3,}|\*{3,})[ \t]*$/

/**
 * Whether a line is a note in a block of notes at a page foot (a rule, then note lines): the text after the
 * block continues the body above it, not the note, so the two must not be joined.
 */
function isInFootBlock(text: string, index: number, lines: readonly Line[]): boolean {
  let current = index
  if (!NOTE_LINE.test(text.slice((lines[current] as Line).start, (lines[current] as Line).start + 8)))
    return false
  for (current--; current >= 0; current--) {
    const line = lines[current] as Line
    if (isBlankLine(text, line)) continue
    const start = text.slice(line.start, Math.min(line.end, line.start + 8))
    if (RULE_LINE.test(start)) return true
    if (!NOTE_LINE.test(start)) return false
  }
  return false
}

/** Whether page furniture was removed between two lines (in hard-wrapped text, the only sign of a page break). */
function hasDroppedLine(dropped: ReadonlySet<number>, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++) if (dropped.has(index)) return true
  return false
}

/** The first part ends mid-sentence and the second starts in lower case (not a list item "a) …"). */
function continuesParagraph(
  line: { lineStart: string; tail: string; length: number },
  nextStart: string,
  options: JoinOptions,
): boolean {
  const trimmed = line.tail.replace(/[*_]+$/, '')
  if (/^\s*#/.test(line.lineStart) || line.tail.includes('\t')) return false
  if (!options.hardWrapped && line.length < MIN_PARAGRAPH_LINE) return false
  if (!/[\p{L}\d,—–]$/u.test(trimmed)) return false
  return /^\p{Ll}/u.test(nextStart) && !/^\p{Ll}[.)]\s/u.test(nextStart)
}

/** The gap as edits that skip lines already removed (they keep their own reason). */
function gapEdits(
  lines: readonly Line[],
  range: { from: number; to: number; firstIndex: number; lastIndex: number },
  join: Join,
  options: JoinOptions,
): Edit[] {
  const edits: Edit[] = []
  let cursor = range.from
  let replacement = join.text
  for (let index = range.firstIndex; index <= range.lastIndex; index++) {
    if (!options.dropped.has(index)) continue
    const line = lines[index] as Line
    if (line.start > cursor)
      edits.push({ start: cursor, end: line.start, text: replacement, reason: join.reason })
    if (line.start > cursor) replacement = ''
    cursor = line.end + 1
  }
  if (range.to > cursor) edits.push({ start: cursor, end: range.to, text: replacement, reason: join.reason })
  return edits
}

/**
 * Joining a word across a single line break (or in hard-wrapped text) would pull the next line onto this one:
 * the first space after the word becomes the line break instead, so lines still match the original's lines.
 */
function moveLineBreak(text: string, wordStart: number, lineEnd: number): Edit[] {
  let index = wordStart
  while (index < lineEnd && !/\s/.test(text[index] as string)) index++
  if (index >= lineEnd || text[index] !== ' ') return []
  return [{ start: index, end: index + 1, text: '\n' }]
}
