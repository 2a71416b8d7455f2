import type { Edit } from './apply-edits.ts'
import type { Line } from './split-lines.ts'
import { isBlankLine, lineText } from './split-lines.ts'

/** A bare page number, possibly between dashes ("34", "- 34 -"). */
const PAGE_NUMBER = /^[-–—]?\s*\d{1,4}\s*[-–—]?$/
/** A running head with its page number before or after it ("34 The NEP Era: Soviet Russia 1921-1928"). */
const NUMBERED_HEAD = /^(?:\d{1,4}\s+\p{Lu}.{3,80}|\p{Lu}.{3,80}\s\d{1,4})$/u
/** Running heads are short lines; anything longer is body text. */
const MAX_HEAD_LENGTH = 90
/** A repeated line must occur this often, this far apart, to count as a running head. */
const MIN_REPEATS = 3
const MIN_REPEAT_DISTANCE = 15

/**
 * Finds page furniture in OCR text: bare page numbers between blank lines, running heads with a page number
 * at a page break, and short lines repeated across pages (journal title, author). Each is a whole-line edit.
 * @example findPageFurniture('end of page\n\n12\n\nnext page', lines) // one 'page-number' edit
 */
export function findPageFurniture(text: string, lines: readonly Line[]): Edit[] {
  const repeated = findRepeatedLines(text, lines)
  const edits: Edit[] = []
  lines.forEach((line, index) => {
    const content = lineText(text, line)
    if (content.length === 0 || content.length > MAX_HEAD_LENGTH || !isIsolated(text, lines, index)) return
    const reason = PAGE_NUMBER.test(content)
      ? 'page-number'
      : repeated.has(headKey(content)) || (NUMBERED_HEAD.test(content) && isAtPageBreak(text, lines, index))
        ? 'running-header'
        : undefined
    if (reason !== undefined)
      edits.push({ start: line.start, end: Math.min(line.end + 1, text.length), text: '', reason })
  })
  return edits
}

/** The line stands alone: blank lines (or the edge of the file) before and after it. */
function isIsolated(text: string, lines: readonly Line[], index: number): boolean {
  const before = lines[index - 1]
  const after = lines[index + 1]
  return (
    (before === undefined || isBlankLine(text, before)) && (after === undefined || isBlankLine(text, after))
  )
}

/**
 * A page break shows as a gap of two or more blank lines, or as body text cut off mid-sentence before the line.
 * Sentence punctuation at a line end before a short title-like line is a heading, not a running head.
 */
function isAtPageBreak(text: string, lines: readonly Line[], index: number): boolean {
  let blanks = 0
  let previous = index - 1
  while (previous >= 0 && isBlankLine(text, lines[previous] as Line)) {
    blanks++
    previous--
  }
  if (blanks >= 2) return true
  const before = previous >= 0 ? lineText(text, lines[previous] as Line) : ''
  // Cut off mid-word or mid-sentence: the line ends in a letter, a digit or a hyphen.
  return /[\p{L}\d-]$/u.test(before)
}

/**
 * Lines repeated often enough, far enough apart, mostly at page breaks, with their digits ignored (page numbers
 * change). The page-break test keeps repeated signatures and headings ("J. Stalin", "Notes") in the text.
 */
function findRepeatedLines(text: string, lines: readonly Line[]): Set<string> {
  const seen = new Map<string, { count: number; atBreak: number; lastIndex: number }>()
  lines.forEach((line, index) => {
    const content = lineText(text, line)
    if (content.length === 0 || content.length > MAX_HEAD_LENGTH || !isIsolated(text, lines, index)) return
    // Numbered items and notes ("9. A note") and sentences are body text, not running heads.
    if (/^\d{1,3}[.)]\s/.test(content) || /[.!?:;,]$/.test(content)) return
    const key = headKey(content)
    if ((key.match(/\p{L}/gu)?.length ?? 0) < 3) return
    const atBreak = isAtPageBreak(text, lines, index) ? 1 : 0
    const entry = seen.get(key)
    if (entry === undefined) seen.set(key, { count: 1, atBreak, lastIndex: index })
    else if (index - entry.lastIndex >= MIN_REPEAT_DISTANCE) {
      seen.set(key, { count: entry.count + 1, atBreak: entry.atBreak + atBreak, lastIndex: index })
    }
  })
  const heads = [...seen].filter(
    ([, entry]) => entry.count >= MIN_REPEATS && entry.atBreak * 2 >= entry.count,
  )
  return new Set(heads.map(([key]) => key))
}

function headKey(content: string): string {
  return content.replace(/\d+/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}
