import type { Span } from '../../core/index.ts'

/** One line of a text, with its offsets (the line break excluded). */
export interface SectionLine {
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * Cuts the part of `text` inside `span` into lines, keeping each line's offsets in `text`.
 * @example splitSectionLines('a\nb', { start: 0, end: 3 }) // [{ text: 'a', start: 0, end: 1 }, { text: 'b', start: 2, end: 3 }]
 */
export function splitSectionLines(text: string, span: Span): SectionLine[] {
  const lines: SectionLine[] = []
  let start = span.start
  while (start < span.end) {
    const found = text.indexOf('\n', start)
    const end = found === -1 || found > span.end ? span.end : found
    lines.push({ text: text.slice(start, end), start, end })
    start = end + 1
  }
  return lines
}

/** Whether a line holds nothing but white space. */
export function isBlankLine(line: SectionLine): boolean {
  return line.text.trim().length === 0
}
