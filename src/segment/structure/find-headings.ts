import type { Span } from '../../core/index.ts'
import { stripMarkup } from './find-paragraphs.ts'

/** A heading line: Markdown (`## Letter 1`), bold (`**Letter 29**`) or found by layout (`Letter 13`). */
export interface HeadingLine {
  /** The whole line. */
  readonly line: Span
  /** The printed title: markup, note markers and wiki residue left out. */
  readonly titleSpan: Span
  readonly title: string
  /** Markdown level; undefined for bold or plain lines. */
  readonly level?: number
  readonly form: 'markdown' | 'bold' | 'plain'
  /** The next paragraph is a provenance line ("(translated … from …)"): a reproduced document follows. */
  readonly provenanceFollows: boolean
}

/** A numbered item of an edition: "Letter 12", "Telegram 3", "Document 4", "Note 2". */
export const ITEM_HEADING = /^(?<word>Letter|Telegram|Note|Document|Doc\.|No\.)\s+(?<number>\d+[A-Za-z]?)$/i
const MARKDOWN = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/
const BOLD_LINE = /^\*\*([^*]+)\*\*\s*$/
const WIKI_RESIDUE = /\s*\[(?:edit|edit source)\]\s*$/
const PROVENANCE = /^\((?:translated|reprinted|quoted|excerpted|from|source)\b/i
const DATE_ONLY =
  /^(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+\d{4}\.?$/
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'from',
  'with',
  'by',
  'at',
  'as',
  'under',
  'after',
  'before',
  'against',
  'during',
  'into',
])

/**
 * Finds the heading lines of a text. Markdown headings and bold or plain "Letter N" lines are taken in any
 * source; other plain lines count as headings by layout (short, alone between blank lines, no final
 * punctuation, capitalised) only in sources without Markdown headings, or when a provenance line follows.
 * @example findHeadings('# Index\n\nA, 1\n').map((h) => h.title) // ['Index']
 */
export function findHeadings(text: string): HeadingLine[] {
  const lines = splitLines(text)
  const markdownCount = lines.filter((l) => MARKDOWN.test(l.text)).length
  const layout = markdownCount < 3
  const headings: HeadingLine[] = []
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as LineInfo
    const blankBefore = k === 0 || isBlank(lines, k - 1)
    const blankAfter = k === lines.length - 1 || isBlank(lines, k + 1)
    const provenanceFollows = PROVENANCE.test(nextNonBlank(lines, k) ?? '')
    const heading = readHeading(text, line, { blankBefore, blankAfter, layout, provenanceFollows })
    if (heading !== undefined) headings.push(heading)
  }
  return headings
}

interface LineInfo extends Span {
  readonly text: string
}

function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    const stop = end === -1 ? text.length : end
    lines.push({ start, end: stop, text: text.slice(start, stop) })
    if (end === -1) return lines
    start = end + 1
  }
}

const isBlank = (lines: readonly LineInfo[], k: number): boolean => (lines[k]?.text.trim() ?? '') === ''

function nextNonBlank(lines: readonly LineInfo[], k: number): string | undefined {
  for (let j = k + 1; j < lines.length && j < k + 4; j++) if (!isBlank(lines, j)) return lines[j]?.text.trim()
  return undefined
}

function readHeading(
  text: string,
  line: LineInfo,
  where: { blankBefore: boolean; blankAfter: boolean; layout: boolean; provenanceFollows: boolean },
): HeadingLine | undefined {
  const md = MARKDOWN.exec(line.text)
  if (md !== null) {
    return make(text, line, {
      level: (md[1] as string).length,
      form: 'markdown',
      provenanceFollows: where.provenanceFollows,
    })
  }
  const bare = stripMarkup(line.text)
  if (bare.length === 0 || !where.blankBefore) return undefined
  if (BOLD_LINE.test(line.text) && ITEM_HEADING.test(bare))
    return make(text, line, { form: 'bold', provenanceFollows: false })
  if (ITEM_HEADING.test(bare) && line.text.trim() === bare)
    return make(text, line, { form: 'plain', provenanceFollows: false })
  const layoutHeading = where.blankAfter && isLayoutHeading(bare.replace(WIKI_RESIDUE, ''))
  if (layoutHeading && (where.layout || where.provenanceFollows)) {
    return make(text, line, { form: 'plain', provenanceFollows: where.provenanceFollows })
  }
  return undefined
}

/**
 * Whether a line alone between blank lines reads as a heading: short, no final punctuation, starting with a
 * capital, roman numeral or quote, not a date, a numbered item or a link, and not a sentence in lower case.
 */
export function isLayoutHeading(printed: string): boolean {
  const line = printed.replace(/\s*\^?\[\d+\]$/, '')
  if (/^(?:[A-Z]\.\s?)+[A-Z][\p{Ll}’'-]+$/u.test(line)) return false // a signature ("L. Trotsky")
  const words = line.split(/\s+/)
  if (line.length < 3 || line.length > 100 || words.length > 14) return false
  if (/[.,;:!?—–-]$/.test(line) && !/^[IVXLC]+\.$/.test(line)) return false
  if (!/^["“‘']?[A-Z0-9]/.test(line) || /^\d+[.)]\s/.test(line) || /^\[/.test(line)) return false
  if (DATE_ONLY.test(line) || /https?:|www\.|\.(?:org|com)\b/.test(line)) return false
  if (/^\d+$/.test(line)) return false
  const capitalised = words.filter((w) => /^["“‘']?[A-Z0-9]/.test(w)).length
  const lower = words.filter((w) => /^[a-z]/.test(w) && !SMALL_WORDS.has(w.toLowerCase())).length
  if (/^[IVXLC]+\.\s+\S/.test(line)) return true // numbered with a roman numeral: "II. The attempt to …"
  // Sentence-case headings ("The direction of planning") are short; longer lines must be Title Case.
  return words.length <= 6 || capitalised >= lower
}

function make(
  text: string,
  line: LineInfo,
  info: { level?: number; form: HeadingLine['form']; provenanceFollows: boolean },
): HeadingLine {
  let start = line.start
  let end = line.start + line.text.trimEnd().length
  const lead = /^(?:#{1,6}[ \t]+)?(?:\*+|\s)*/.exec(text.slice(start, end))
  start += lead?.[0].length ?? 0
  for (;;) {
    const tail = /(?:\s+|\*+|<sup>[^<]*<\/sup>|\[(?:edit|edit source)\]|#+)$/.exec(text.slice(start, end))
    if (tail === null || tail[0].length === 0 || end - tail[0].length < start) break
    end -= tail[0].length
  }
  const titleSpan = { start, end }
  const title = stripMarkup(text.slice(start, end)).replace(WIKI_RESIDUE, '')
  return {
    line: { start: line.start, end: line.end },
    titleSpan,
    title,
    ...(info.level === undefined ? {} : { level: info.level }),
    form: info.form,
    provenanceFollows: info.provenanceFollows,
  }
}
