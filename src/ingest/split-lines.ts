/** One line of a text: `[start, end)` without its line break. */
export interface Line {
  readonly start: number
  readonly end: number
}

/**
 * Splits a text into lines (LF only; ingest normalises line endings first). The last line may be empty.
 * @example splitLines('a\nbc') // [{ start: 0, end: 1 }, { start: 2, end: 4 }]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    lines.push({ start, end: i })
    start = i + 1
  }
  lines.push({ start, end: text.length })
  return lines
}

/** Whether the line holds only spaces and tabs. */
export function isBlankLine(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/** The text of a line, trimmed. */
export function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end).trim()
}
