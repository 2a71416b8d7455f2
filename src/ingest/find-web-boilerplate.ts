import type { Edit } from './apply-edits.ts'
import type { Line } from './split-lines.ts'
import { isBlankLine, lineText } from './split-lines.ts'

/** A bare link or domain on its own line ("wsws.org/contact", "https://example.org/about"). */
const BARE_LINK = /^<?(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?>?$/i
/** Calls to action and site notices that close web pages. */
const NOTICE =
  /^(?:to contact\b.*|contact us\b.*|.*\bvisit:|subscribe\b.*|sign up\b.*|follow us\b.*|share this\b.*|copyright\b.*|©.*|.*\ball rights reserved\.?)$/i
/** Boilerplate paragraphs are short; anything longer is content. */
const MAX_NOTICE_LENGTH = 200

/**
 * Finds web-page boilerplate at the end of a text: paragraphs that are only site links or contact and
 * subscription notices ("To contact the … visit:" followed by "example.org/contact"), scanning back from the end.
 * @example findWebBoilerplate(text, splitLines(text)) // edits with reason 'web-boilerplate'
 */
export function findWebBoilerplate(text: string, lines: readonly Line[]): Edit[] {
  const edits: Edit[] = []
  let index = lines.length - 1
  while (index >= 0) {
    while (index >= 0 && isBlankLine(text, lines[index] as Line)) index--
    if (index < 0) break
    const last = index
    while (index >= 0 && !isBlankLine(text, lines[index] as Line)) index--
    const first = index + 1
    if (!isBoilerplate(text, lines.slice(first, last + 1))) break
    // The blank lines before the boilerplate go with it, so the text ends with its last line of content.
    let blankStart = first
    while (blankStart > 0 && isBlankLine(text, lines[blankStart - 1] as Line)) blankStart--
    const start = blankStart > 0 ? (lines[blankStart] as Line).start : (lines[first] as Line).start
    const end = Math.min((lines[last] as Line).end + 1, text.length)
    edits.push({ start, end, text: '', reason: 'web-boilerplate' })
  }
  return edits
}

function isBoilerplate(text: string, paragraph: readonly Line[]): boolean {
  const contents = paragraph.map((line) => lineText(text, line))
  if (contents.every((content) => BARE_LINK.test(content))) return true
  const joined = contents.join(' ')
  return joined.length <= MAX_NOTICE_LENGTH && NOTICE.test(joined)
}
