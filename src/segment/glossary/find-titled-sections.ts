import type { Document, DocumentType, Span } from '../../core/index.ts'
import { splitSectionLines } from './section-lines.ts'

/** A section found for a reference apparatus: its span (heading included) and where its heading line ends. */
export interface TitledSection {
  readonly span: Span
  /** Offset just after the heading line (the section's body starts here). */
  readonly bodyStart: number
  /** 'document' when the structure stage gave it, 'heading' when it was found by its title here. */
  readonly origin: 'document' | 'heading'
}

const MARKDOWN_HEADING = /^(?<marks>#{1,6})[ \t]+(?<title>.+?)[ \t]*#*[ \t]*$/
/** A plain title: short, no digits, no tab, no sentence or list punctuation at its end. */
const PLAIN_TITLE = /^[^\d\t*-][^\d\t]{0,59}(?<![.,;])$/
/** A plain title line counts as a top-level heading. */
const PLAIN_TITLE_LEVEL = 1

/**
 * Finds the sections of one kind (glossary, index): the documents of that type when the structure stage made
 * them, otherwise every heading whose title matches `titlePattern`, up to the next heading of the same or a
 * higher level. A heading is a Markdown `#` line, or a short line standing alone between blank lines (plain text).
 * @example findTitledSections(text, [], 'index', /^index$/i)[0]?.span
 */
export function findTitledSections(
  text: string,
  documents: readonly Document[],
  type: DocumentType,
  titlePattern: RegExp,
): TitledSection[] {
  const given = documents.filter((doc) => doc.type === type)
  if (given.length > 0) {
    return given
      .map((doc) => ({ span: doc.span, bodyStart: bodyStartOf(text, doc.span), origin: 'document' as const }))
      .sort((a, b) => a.span.start - b.span.start)
  }
  const lines = splitSectionLines(text, { start: 0, end: text.length })
  // In a Markdown source only `#` lines are headings; plain title lines count only in plain text.
  const markdown = lines.some((line) => MARKDOWN_HEADING.test(line.text))
  const headings = lines.flatMap((line, i) => {
    const heading = readHeading(
      line.text,
      markdown ? undefined : { before: lines[i - 1]?.text, after: lines[i + 1]?.text },
    )
    return heading === undefined ? [] : [{ ...heading, line }]
  })
  const sections: TitledSection[] = []
  headings.forEach((heading, i) => {
    if (!titlePattern.test(cleanTitle(heading.title))) return
    const next = headings.slice(i + 1).find((other) => other.level <= heading.level)
    const end = next === undefined ? text.length : next.line.start
    sections.push({
      span: { start: heading.line.start, end },
      bodyStart: Math.min(end, heading.line.end + 1),
      origin: 'heading',
    })
  })
  return sections
}

function readHeading(
  line: string,
  around: { before: string | undefined; after: string | undefined } | undefined,
) {
  const markdown = MARKDOWN_HEADING.exec(line)
  if (markdown?.groups !== undefined) {
    return { level: markdown.groups.marks?.length ?? 1, title: markdown.groups.title ?? '' }
  }
  if (around === undefined) return undefined
  const standsAlone = (around.before ?? '').trim() === '' && (around.after ?? '').trim() === ''
  const trimmed = line.trim()
  if (standsAlone && PLAIN_TITLE.test(trimmed)) {
    return { level: PLAIN_TITLE_LEVEL, title: trimmed }
  }
  return undefined
}

/** A title without emphasis markup or a final colon or period. */
function cleanTitle(title: string): string {
  return title
    .replace(/[*_]/g, '')
    .replace(/[:.]\s*$/, '')
    .trim()
}

function bodyStartOf(text: string, span: Span): number {
  const firstLineEnd = text.indexOf('\n', span.start)
  const firstLine = text.slice(span.start, firstLineEnd === -1 ? span.end : firstLineEnd)
  const isHeading = MARKDOWN_HEADING.test(firstLine) || /^[^\d,*]{1,60}$/.test(firstLine.trim())
  if (!isHeading || firstLineEnd === -1) return span.start
  return Math.min(span.end, firstLineEnd + 1)
}
