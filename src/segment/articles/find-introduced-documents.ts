import type { Document, SourceText, StageContext } from '../../core/index.ts'
import { createId, hashKey } from '../../core/index.ts'
import { datePrinted } from './date-printed.ts'
import { type DocumentEnd, findDocumentEnd, findSeriesEnd, opensDocument } from './find-document-end.ts'
import { announcesPoints, isIntroducer, namesIn } from './paragraph-cues.ts'
import { readDocumentHead } from './read-document-head.ts'
import { type RunParagraph, readParagraphs } from './read-paragraphs.ts'

const RULE_INTRODUCED = 'segment/articles:quoted-after-introduction'
const RULE_OPENING = 'segment/articles:quoted-by-opening'
const RULE_SERIES = 'segment/articles:quoted-in-series'

/** Where a headless quoted document starts, and the editors' paragraph before it. */
interface Start {
  readonly first: number
  readonly introducer?: RunParagraph
  readonly rule: string
}

/**
 * Finds primary documents quoted without a heading inside chapters and articles: a paragraph the editors'
 * running text introduces ("Here is the text of the letter:", "the Politburo passed the following
 * resolution:"), or one that opens like a letter (a dateline, an address, a salutation), running to a
 * signature, a closing date, a sign-off or the editors' source note; then statements signed one after
 * the other in a series. Skips the letters, notes and reference apparatus (`readParagraphs`) and the
 * starts of documents already found in `documents`.
 * @example findIntroducedDocuments(text, [root], context).map((d) => d.title) // ['Trotsky to Stalin, 19 May 1925']
 */
export function findIntroducedDocuments(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): Document[] {
  const paragraphs = readParagraphs(text.text, documents, text.nonProse)
  const quoted = documents.filter((doc) => doc.type === 'quoted-document')
  const found: Document[] = []
  let after = -1
  for (let i = 0; i < paragraphs.length; i++) {
    if (i <= after) continue
    const start = findStart(paragraphs, i)
    if (start === undefined) continue
    const first = paragraphs[start.first] as RunParagraph
    if (quoted.some((doc) => Math.abs(doc.span.start - first.start) < 3)) continue
    if (start.rule === RULE_OPENING && inHostHead(quoted, first.start)) continue
    const limit = enclosingEnd(quoted, first.start, text.text.length)
    const names = start.introducer === undefined ? [] : namesIn(start.introducer.plain)
    const resume = nextPoint(paragraphs, start.first, enclosingStart(quoted, first.start))
    let end = findDocumentEnd(paragraphs, start.first, limit, names, resume)
    if (end.how === 'unknown') reportUnknownEnd(first, context)
    found.push(build(text, paragraphs, start, end, [...documents, ...found], context))
    after = end.last
    while (
      end.how === 'signature' &&
      !/(?:<\/sup>|\^\[\d+\])\s*$/.test((paragraphs[end.last] as RunParagraph).text)
    ) {
      const first = nextBody(paragraphs, end.last)
      const next = first === undefined ? undefined : findSeriesEnd(paragraphs, first, limit - 1)
      if (first === undefined || next === undefined) break
      end = next
      found.push(
        build(text, paragraphs, { first, rule: RULE_SERIES }, end, [...documents, ...found], context),
      )
      after = end.last
    }
  }
  return found
}

function nextBody(paragraphs: readonly RunParagraph[], index: number): number | undefined {
  for (let j = index + 1; j < paragraphs.length; j++) if (!(paragraphs[j] as RunParagraph).note) return j
  return undefined
}

function findStart(paragraphs: readonly RunParagraph[], index: number): Start | undefined {
  const here = paragraphs[index] as RunParagraph
  if (here.note) return undefined
  const next = index + 1 < paragraphs.length ? (paragraphs[index + 1] as RunParagraph) : undefined
  const introduces =
    next !== undefined && (isIntroducer(here.plain) || announcesPoints(here.plain, next.plain))
  if (introduces && next.region === here.region && !next.note) {
    return { first: index + 1, introducer: here, rule: RULE_INTRODUCED }
  }
  if (!opensDocument(paragraphs, index)) return undefined
  const before = paragraphs[index - 1]
  const introducer =
    before !== undefined && before.region === here.region && !before.note ? before : undefined
  return { first: index, ...(introducer === undefined ? {} : { introducer }), rule: RULE_OPENING }
}

function build(
  text: SourceText,
  paragraphs: readonly RunParagraph[],
  start: Start,
  end: DocumentEnd,
  documents: readonly Document[],
  context: StageContext,
): Document {
  const first = paragraphs[start.first] as RunParagraph
  const last = paragraphs[end.last] as RunParagraph
  const span = { start: first.start, end: last.end }
  const head = readDocumentHead(
    paragraphs.slice(start.first, Math.min(start.first + 3, end.last + 1)),
    start.introducer,
  )
  const signer = end.signoff?.signer
  const dates = datePrinted(
    text,
    { span, head, end, ...(start.introducer === undefined ? {} : { introducer: start.introducer }) },
    context,
  )
  const author = signer === undefined ? head.author : signerName(signer.text)
  const parent = findParent(documents, span)
  const place = head.place ?? placeOf(end.dateParagraph)
  return {
    id: createId('doc', hashKey(text.sourceId, 'quoted', span.start)),
    sourceId: text.sourceId,
    ...(parent === undefined ? {} : { parentId: parent.id }),
    type: 'quoted-document',
    title: titleOf(author, head.addressees[0], head.genre, dates.date?.text),
    span,
    ...(dates.date === undefined ? {} : { date: dates.date }),
    ...(dates.headerDate === undefined ? {} : { headerDate: dates.headerDate }),
    ...(dates.signoffDate === undefined ? {} : { signoffDate: dates.signoffDate }),
    ...(place === undefined ? {} : { place }),
    ...(author === undefined ? {} : { author }),
    addressees: head.addressees,
    ...(head.salutation === undefined ? {} : { salutation: head.salutation }),
    ...(signer === undefined ? {} : { signer }),
    insertions: [],
    blocks: [],
    order: 0,
    rule: `${start.rule}:end-by-${end.how}`,
  }
}

/** "Trotsky to Stalin, 19 May 1925", "Politburo resolution, 8 July 1929", "Quoted document". */
function titleOf(
  author: string | undefined,
  addressee: string | undefined,
  genre: string | undefined,
  date: string | undefined,
): string {
  const who = author === undefined ? undefined : shortName(author)
  const base =
    who === undefined
      ? genre === undefined
        ? 'Quoted document'
        : `${genre[0]?.toUpperCase()}${genre.slice(1)}`
      : addressee === undefined && genre !== undefined
        ? `${who} ${genre}`
        : who
  const to = addressee === undefined ? '' : ` to ${shortName(addressee)}`
  return `${base}${to}${date === undefined ? '' : `, ${date}`}`
}

/** The name to call a signer by: the name in parentheses ("V. Ulianov (Lenin)"), else the surname. */
function shortName(name: string): string {
  const alias = /^(?:\p{Lu}\.\s?)*\p{Lu}[\p{L}’'-]+\s\((\p{Lu}[\p{L}’'-]+)\)$/u.exec(name)?.[1]
  if (alias !== undefined) return alias
  const words = name.replace(/\.$/, '').split(/\s+/)
  if (/^(?:the|all)\s/i.test(name)) return name
  if (words.length > 4) return words[0] ?? name
  return words.at(-1) ?? name
}

/** The place of a closing dateline ("Moscow, 19 May 1925."). */
function placeOf(
  paragraph: RunParagraph | undefined,
): { text: string; span: { start: number; end: number } } | undefined {
  const name =
    paragraph === undefined
      ? undefined
      : /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),\s+\d/u.exec(paragraph.text)?.[1]
  if (paragraph === undefined || name === undefined) return undefined
  return { text: name, span: { start: paragraph.start, end: paragraph.start + name.length } }
}

function signerName(signer: string): string {
  return signer
    .replace(/^Signed:\s*/, '')
    .replace(/\.$/, '')
    .trim()
}

function reportUnknownEnd(first: RunParagraph, context: StageContext): void {
  context.report({
    severity: 'info',
    reason: `Cannot tell where the quoted document starting "${first.plain.slice(0, 40)}" ends: kept to its first paragraph`,
    source: 'segment',
    ruleId: 'quoted-document-end-unknown',
    place: { start: first.start, end: first.end },
  })
}

/** How far into a quoted document its own head (address, dateline) may run. */
const HOST_HEAD = 300

/** Whether `offset` lies in the head of a quoted document ("To the Plenum." under its address line). */
function inHostHead(quoted: readonly Document[], offset: number): boolean {
  return quoted.some((doc) => doc.span.start < offset && offset - doc.span.start < HOST_HEAD)
}

/** The start of the innermost quoted document holding `offset`, if any. */
function enclosingStart(quoted: readonly Document[], offset: number): number | undefined {
  const hosts = quoted.filter((doc) => doc.span.start < offset && offset < doc.span.end)
  return hosts.length === 0 ? undefined : Math.max(...hosts.map((doc) => doc.span.start))
}

/** The point after the last one ("1)" → "2)", "a)" → "b)") the host numbered before `index`. */
function nextPoint(
  paragraphs: readonly RunParagraph[],
  index: number,
  hostStart: number | undefined,
): string | undefined {
  if (hostStart === undefined) return undefined
  for (let j = index - 1; j >= 0 && (paragraphs[j] as RunParagraph).start >= hostStart; j--) {
    const point = /^(\d{1,2}|[a-z])\)\s/.exec((paragraphs[j] as RunParagraph).plain)?.[1]
    if (point === undefined) continue
    return /\d/.test(point) ? `${Number(point) + 1})` : `${String.fromCharCode(point.charCodeAt(0) + 1)})`
  }
  return undefined
}

/** Where the innermost quoted document holding `offset` signs (a nested quote ends before its host does). */
function enclosingEnd(quoted: readonly Document[], offset: number, fallback: number): number {
  const hosts = quoted.filter((doc) => doc.span.start < offset && offset < doc.span.end)
  return hosts.reduce(
    (end, doc) => Math.min(end, doc.signoffDate?.span.start ?? doc.signer?.span.start ?? doc.span.end),
    fallback,
  )
}

/** The innermost document that holds the whole span. */
function findParent(
  documents: readonly Document[],
  span: { start: number; end: number },
): Document | undefined {
  let best: Document | undefined
  for (const doc of documents) {
    if (doc.span.start > span.start || doc.span.end < span.end) continue
    if (best === undefined || doc.span.end - doc.span.start <= best.span.end - best.span.start) best = doc
  }
  return best
}
