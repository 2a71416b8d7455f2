import type { Span } from '../../core/index.ts'

/** One line of the normalised text, without its line break. */
export interface TextLine {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Whether the line holds only white space. */
  readonly blank: boolean
  /** Whether the line before it is blank (or it is the first line): it starts a paragraph. */
  readonly opensParagraph: boolean
}

/**
 * Splits a text into lines with their offsets.
 * @example splitLines('a\n\nb').map((line) => line.blank) // [false, true, false]
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = []
  let start = 0
  let previousBlank = true
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const content = text.slice(start, end)
    const blank = content.trim().length === 0
    lines.push({ start, end, text: content, blank, opensParagraph: previousBlank && !blank })
    previousBlank = blank
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/** Whether a line is a thematic break (`---`, `***`, `___`, `* * *`) such as sets page-foot notes apart. */
export function isRuleLine(line: TextLine): boolean {
  return /^ {0,3}([-*_])( ?\1){2,}\s*$/.test(line.text)
}

/** Whether a line is a Markdown ATX heading. */
export function isHeadingLine(line: TextLine): boolean {
  return /^ {0,3}#{1,6}\s+\S/.test(line.text)
}

/**
 * The paragraph that starts at line `index`: it ends before the next blank line, heading or rule line, or
 * before a line for which `stopsBefore` is true.
 */
export function paragraphEnd(
  lines: readonly TextLine[],
  index: number,
  stopsBefore: (index: number) => boolean = () => false,
): number {
  let last = index
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i] as TextLine
    if (line.blank || isHeadingLine(line) || isRuleLine(line) || stopsBefore(i)) break
    last = i
  }
  return last
}

/** The span from the start of line `from` to the end of line `to`, trimmed of trailing white space. */
export function lineRangeSpan(lines: readonly TextLine[], from: number, to: number, text: string): Span {
  const start = (lines[from] as TextLine).start
  let end = (lines[to] as TextLine).end
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return { start, end }
}

/** Index of the line that holds `offset`. */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((lines[mid] as TextLine).start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}
