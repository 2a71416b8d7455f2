/** A line of the normalised text with its offsets (without the line break). */
export interface SourceLine {
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * Splits a text into lines with offsets.
 * @example splitLines('a\nb')[1] // { text: 'b', start: 2, end: 3 }
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = []
  let start = 0
  for (const line of text.split('\n')) {
    lines.push({ text: line, start, end: start + line.length })
    start += line.length + 1
  }
  return lines
}

/** Whether a line is empty or white space. */
export function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim().length === 0
}

/**
 * Whether a line stands alone as a heading: between blank lines (or a Markdown `#` line), short, no final
 * sentence punctuation, and title case (most longer words capitalised).
 * @example isHeadingLine(splitLines('\nConclusion\n'), 1) // true
 */
export function isHeadingLine(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index]
  if (line === undefined) return false
  const text = line.text.trim()
  if (/^#{1,6}\s/.test(text)) return true
  if (!isBlank(lines[index - 1]) || !isBlank(lines[index + 1])) return false
  if (text.length === 0 || text.length > 90 || /[.,;:'’”]$/.test(text) || !/^\p{Lu}/u.test(text)) return false
  const long = text.split(/\s+/).filter((word) => word.replace(/\P{L}/gu, '').length >= 4)
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word))
  return long.length > 0 && capitalised.length / long.length >= 0.6
}
