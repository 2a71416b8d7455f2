import type { Span } from '../../core/index.ts'
import { isBlankLine, type SectionLine } from '../glossary/section-lines.ts'

/** The lines of one index entry, joined into one text. */
export interface IndexEntryBlock {
  readonly text: string
  readonly span: Span
  /** Blank lines just before the entry's first line. */
  readonly blankLinesBefore: number
  readonly continuationCount: number
}

const BULLET = /^\s*(?:[-–•]|\*(?![*\p{L}]))\s+/u
const CONTINUED = /^(?<heading>.+?)\s*\(\s*\*?continued\*?\s*\)\s*$/i

/**
 * Groups the lines of an index body into entries (one entry a line, in list or paragraph layout). A line
 * continues the previous entry when that one ended with `;` or `,`, when it starts with a digit or a lower-case
 * letter (a sub-entry line of an indented index), or after a running head `Heading (continued)` repeating the
 * previous heading. Blank lines and lines of spaces only separate letter groups.
 * @example splitIndexEntries(lines).map((entry) => entry.text)
 */
export function splitIndexEntries(lines: readonly SectionLine[]): IndexEntryBlock[] {
  const entries: IndexEntryBlock[] = []
  let current:
    | { text: string; start: number; end: number; blankLinesBefore: number; continuationCount: number }
    | undefined
  let blanks = 0
  let continuing = false
  const flush = () => {
    if (current !== undefined) entries.push({ ...current, span: { start: current.start, end: current.end } })
    current = undefined
  }
  for (const line of lines) {
    if (isBlankLine(line)) {
      blanks++
      continue
    }
    const bullet = BULLET.exec(line.text)
    const body = line.text.slice(bullet?.[0].length ?? 0).trim()
    const start = line.start + (line.text.length - line.text.trimStart().length)
    const continued = CONTINUED.exec(body)?.groups?.heading
    if (continued !== undefined && current !== undefined && sameHeading(current.text, continued)) {
      continuing = true
      blanks = 0
      continue
    }
    if (current !== undefined && (continuing || continuesEntry(current.text, body))) {
      current = {
        ...current,
        text: `${current.text} ${body}`,
        end: line.end,
        continuationCount: current.continuationCount + 1,
      }
    } else {
      flush()
      current = { text: body, start, end: line.end, blankLinesBefore: blanks, continuationCount: 0 }
    }
    continuing = false
    blanks = 0
  }
  flush()
  return entries
}

function continuesEntry(previous: string, body: string): boolean {
  return /[;,]$/.test(previous) || /^[\d\p{Ll}]/u.test(body)
}

function sameHeading(entryText: string, heading: string): boolean {
  const plain = (value: string) => value.replace(/[*\s]/g, '').toLowerCase()
  return plain(entryText).startsWith(plain(heading))
}
