import type { Span } from '../../core/index.ts'
import { isBlankLine, type SectionLine } from './section-lines.ts'

/** The lines of one glossary entry: its first line and any continuation lines, joined. */
export interface GlossaryEntryBlock {
  /** The entry text, list bullet removed, continuation lines joined (line-break hyphens repaired). */
  readonly text: string
  /** From the first line's start to the last continuation line's end. */
  readonly span: Span
  readonly continuationCount: number
}

/** A paragraph of the glossary that is neither an entry nor part of one. */
export interface StrayParagraph {
  readonly text: string
  readonly span: Span
}

const BULLET = /^\s*(?:[-–•]|\*(?!\*))\s+/
/** A name before its dates without bold: "Smith, John (1900–1950)" or "Smith (real name: Smyth), J. (b. 1900)". */
const UNMARKED_ENTRY =
  /^[\p{Lu}][^()]{0,80}?(?:\([^()]*\)[^()]{0,40}?)?\s\((?:b\.|d\.|c\.|born|died|\d{3,4}|\?)/u

/**
 * Groups the lines of a glossary body into entries. An entry starts on a line whose name is in bold (`**Name**`,
 * or with one `**` lost: `- Name**`), or that begins "Name (dates)". A line that does not start an entry
 * continues the previous one when it is a list line, starts in lower case, or follows an unfinished sentence
 * (page breaks turn such continuations into false list items). Lines before the first entry are the preamble.
 * @example splitGlossaryEntries(lines).entries[0]?.text
 */
export function splitGlossaryEntries(lines: readonly SectionLine[]): {
  entries: GlossaryEntryBlock[]
  stray: StrayParagraph[]
} {
  const entries: GlossaryEntryBlock[] = []
  const stray: StrayParagraph[] = []
  let current: { text: string; start: number; end: number; continuationCount: number } | undefined
  let afterBlank = true
  const flush = () => {
    if (current !== undefined) {
      entries.push({
        text: current.text,
        span: { start: current.start, end: current.end },
        continuationCount: current.continuationCount,
      })
    }
  }
  for (const line of lines) {
    if (isBlankLine(line)) {
      afterBlank = true
      continue
    }
    const bullet = BULLET.exec(line.text)
    const body = line.text.slice(bullet?.[0].length ?? 0).trim()
    const start = line.start + (line.text.length - line.text.trimStart().length)
    if (startsEntry(body)) {
      flush()
      current = { text: body, start, end: line.end, continuationCount: 0 }
    } else if (current !== undefined && continuesEntry(body, current.text, bullet !== null || !afterBlank)) {
      current = {
        ...current,
        text: joinContinuation(current.text, body),
        end: line.end,
        continuationCount: current.continuationCount + 1,
      }
    } else if (current !== undefined) {
      stray.push({ text: body, span: { start, end: line.end } })
    }
    afterBlank = false
  }
  flush()
  return { entries, stray }
}

function startsEntry(body: string): boolean {
  const bold = body.indexOf('**')
  if (bold === 0) return true
  if (bold > 0 && bold <= 120 && /^[\p{Lu}'‘’"“]/u.test(body)) return true
  return bold === -1 && UNMARKED_ENTRY.test(body)
}

function continuesEntry(body: string, previous: string, isListOrSameParagraph: boolean): boolean {
  if (isListOrSameParagraph) return true
  if (/^[\p{Ll}(\d]/u.test(body)) return true
  return !/[.!?)”"]\s*$/.test(previous)
}

/** Joins a continuation to its entry: with a space, or mending a word hyphenated at the break ("Revolu-" + "tionary"). */
function joinContinuation(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous)) {
    return /^\p{Ll}/u.test(next) ? previous.slice(0, -1) + next : previous + next
  }
  return `${previous} ${next}`
}
