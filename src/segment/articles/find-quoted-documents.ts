import type { Document, DocumentDate, SourceText, Span, StageContext, TextField } from '../../core/index.ts'
import { createId, hashKey } from '../../core/index.ts'
import { checkDateContext } from './check-date-context.ts'
import { findIntroducedDocuments } from './find-introduced-documents.ts'
import { isDateLine, parseDocumentDate } from './parse-document-date.ts'
import { findLetterEnd, findSigner, readAddressLine } from './read-letter-parts.ts'
import { isBlank, isHeadingLine, type SourceLine, splitLines } from './source-lines.ts'

const GENRE = /\b(?:letter|declaration|appeal|memorandum|resolution|statement|telegram|platform|circular)\b/i
const SALUTATION = /^[“"]?(?:dear|comrade|to)\b/i
const RULE_HEADING = 'segment/articles:quoted-by-heading'
const RULE_ADDRESS = 'segment/articles:quoted-by-address-line'

/**
 * Finds primary documents quoted inside articles and chapters (letters, declarations, memoranda): a
 * heading that names the genre and is followed by a salutation, or an all-capitals address line
 * ("TO MEMBERS OF THE CC AND CCC") that runs to a dateline and a signature (and an archival source line);
 * then the quoted documents without a heading (`findIntroducedDocuments`), nested in these where they
 * stand inside them, and a warning for dates far outside their chapter's years (`checkDateContext`).
 * @example findQuotedDocuments(text, [root], context)[0]?.type // 'quoted-document'
 */
export function findQuotedDocuments(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): Document[] {
  const lines = splitLines(text.text)
  const found: Document[] = []
  for (let i = 0; i < lines.length; i++) {
    const inside = found.some(
      (doc) =>
        doc.span.start <= (lines[i] as SourceLine).start && (lines[i] as SourceLine).end <= doc.span.end,
    )
    if (inside) continue
    const doc =
      readHeadedDocument(text, lines, i, documents, context) ??
      readAddressedDocument(text, lines, i, documents, context)
    if (doc !== undefined) found.push({ ...doc, order: documents.length + found.length })
  }
  const headless = findIntroducedDocuments(text, [...documents, ...found], context)
  const all = [...found, ...headless]
    .sort((a, b) => a.span.start - b.span.start)
    .map((doc, index) => ({ ...doc, order: documents.length + index }))
  checkDateContext(all, [...documents, ...all], context)
  return all
}

function readHeadedDocument(
  text: SourceText,
  lines: readonly SourceLine[],
  index: number,
  documents: readonly Document[],
  context: StageContext,
): Document | undefined {
  const heading = lines[index] as SourceLine
  if (!isHeadingLine(lines, index) || !GENRE.test(heading.text)) return undefined
  const next = lines.slice(index + 1, index + 4).find((line) => !isBlank(line))
  if (next === undefined || !SALUTATION.test(next.text.trim())) return undefined
  let end = text.text.length
  for (let j = index + 2; j < lines.length && (lines[j] as SourceLine).start < end; j++) {
    if (isHeadingLine(lines, j)) {
      end = (lines[j - 1] as SourceLine).start
      break
    }
  }
  const span = { start: heading.start, end: trimEnd(text.text, end) }
  const parent = findParent(documents, span)
  const title = heading.text.trim().replace(/^#+\s*/, '')
  const author = /^(.+?)[’']s\s/u.exec(title)?.[1]
  const addressee = /\bto\s+(?:an?\s+|the\s+)?(.+)$/i.exec(title)?.[1]
  const salutation = field(next, next.text.trim())
  const signer = findSigner(lines, span)
  const date = findBracketedDate(text.text, span, RULE_HEADING, context)
  return {
    ...base(text, span, parent, title, RULE_HEADING),
    heading: field(heading, title),
    salutation,
    ...(author === undefined ? {} : { author }),
    addressees: addressee === undefined ? [] : [addressee],
    ...(signer === undefined ? {} : { signer }),
    ...(date === undefined ? {} : { date, editorialDate: date }),
  }
}

function readAddressedDocument(
  text: SourceText,
  lines: readonly SourceLine[],
  index: number,
  documents: readonly Document[],
  context: StageContext,
): Document | undefined {
  const address = readAddressLine(lines, index)
  if (address === undefined) return undefined
  const end = findLetterEnd(lines, index, text.text.length)
  if (end === undefined) {
    context.report({
      severity: 'info',
      reason: `Cannot find the signature of the document addressed "${address.line.text.trim()}": not read as a quoted document`,
      source: 'segment',
      ruleId: 'quoted-document-without-end',
      place: { start: address.line.start, end: address.line.end },
    })
    return undefined
  }
  const span = { start: address.line.start, end: end.end }
  const parent = findParent(documents, span)
  const headerDate = datelineAfter(lines, index, 4, RULE_ADDRESS)
  const signoffDate =
    end.dateLine === undefined
      ? undefined
      : parseDocumentDate(end.dateLine.text, end.dateLine.start, RULE_ADDRESS)
  if (headerDate?.iso !== undefined && signoffDate?.iso !== undefined && headerDate.iso !== signoffDate.iso) {
    context.report({
      severity: 'warning',
      reason: `Cannot agree the dates of the document addressed "${address.line.text.trim()}": header says "${headerDate.text}", sign-off says "${signoffDate.text}"`,
      source: 'segment',
      ruleId: 'conflicting-document-dates',
      place: signoffDate.span,
    })
  }
  const date = signoffDate ?? headerDate
  const signerName = end.signer.text
    .replace(/<sup>.*?<\/sup>|\^\[\d+\]/g, '')
    .replace(/\.$/, '')
    .trim()
  return {
    ...base(text, span, parent, address.line.text.trim(), RULE_ADDRESS),
    heading: field(address.line, address.line.text.trim()),
    author: signerName,
    addressees: address.addressees,
    signer: field(end.signer, end.signer.text.trim()),
    ...(headerDate === undefined ? {} : { headerDate: { text: headerDate.text, span: headerDate.span } }),
    ...(signoffDate === undefined ? {} : { signoffDate: { text: signoffDate.text, span: signoffDate.span } }),
    ...(date === undefined ? {} : { date }),
  }
}

function datelineAfter(
  lines: readonly SourceLine[],
  index: number,
  count: number,
  rule: string,
): DocumentDate | undefined {
  const line = lines.slice(index + 1, index + 1 + count * 2).find((l) => isDateLine(l.text))
  return line === undefined ? undefined : parseDocumentDate(line.text, line.start, rule)
}

/** The editors' bracketed date closing a document ("[circa 20 January 1924]"). */
function findBracketedDate(
  text: string,
  span: Span,
  rule: string,
  context: StageContext,
): DocumentDate | undefined {
  const tail = text.slice(span.start, span.end)
  const matches = [...tail.matchAll(/\[([^\]\n]{6,40})\]/g)].filter((m) => isDateLine(m[1] ?? ''))
  const last = matches.at(-1)
  if (last === undefined) return undefined
  const date = parseDocumentDate(last[1] ?? '', span.start + (last.index ?? 0) + 1, rule)
  if (date?.qualifier === 'month') {
    context.report({
      severity: 'info',
      reason: `Cannot give an exact day for the approximate date "${date.text}": kept to the month`,
      source: 'segment',
      ruleId: 'approximate-document-date',
      place: date.span,
    })
  }
  return date
}

function base(
  text: SourceText,
  span: Span,
  parent: Document | undefined,
  title: string,
  rule: string,
): Document {
  return {
    id: createId('doc', hashKey(text.sourceId, 'quoted', span.start)),
    sourceId: text.sourceId,
    ...(parent === undefined ? {} : { parentId: parent.id }),
    type: 'quoted-document',
    title,
    span,
    addressees: [],
    insertions: [],
    blocks: [],
    order: 0,
    rule,
  }
}

/** The innermost given document that holds the whole span (sections a quoted letter runs across do not). */
function findParent(documents: readonly Document[], span: Span): Document | undefined {
  let best: Document | undefined
  for (const doc of documents) {
    if (doc.span.start > span.start || doc.span.end < span.end) continue
    if (best === undefined || doc.span.end - doc.span.start <= best.span.end - best.span.start) best = doc
  }
  return best
}

function field(line: SourceLine, value: string): TextField {
  const start = line.start + line.text.indexOf(value)
  return { text: value, span: { start, end: start + value.length } }
}

function trimEnd(text: string, end: number): number {
  let at = end
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--
  return at
}
