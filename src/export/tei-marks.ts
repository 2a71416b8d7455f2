import type { MentionRecord, SourceEdition, Span, VariantRecord } from '../core/index.ts'
import { type InlineMark, PRIORITY } from './inline-markup.ts'
import type { TextLocator } from './locate-in-text.ts'
import { plainText } from './markdown-marks.ts'
import { escapeXml, startTag, xmlId } from './xml.ts'

const NAME_ELEMENTS: Readonly<Record<string, string>> = {
  person: 'persName',
  body: 'orgName',
  place: 'placeName',
  event: 'name',
}

const ISO_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/

/** TEI dating attributes for an ISO value or interval (`a/b`); nothing for values TEI cannot hold. */
export function datingAttributes(iso: string | undefined): Record<string, string> {
  if (iso === undefined) return {}
  const [from, to] = iso.split('/')
  if (to !== undefined) return ISO_DATE.test(from ?? '') && ISO_DATE.test(to) ? { from: from ?? '', to } : {}
  return ISO_DATE.test(iso) ? { when: iso } : {}
}

function mentionMark(mention: MentionRecord, span: Span): InlineMark | undefined {
  if (mention.type === 'citation') return undefined
  if (mention.type === 'date') {
    return {
      ...span,
      open: startTag('date', datingAttributes(mention.iso)),
      close: '</date>',
      priority: PRIORITY.date,
    }
  }
  const name = NAME_ELEMENTS[mention.type] ?? 'name'
  const attributes = {
    type: mention.type === 'event' ? 'event' : undefined,
    ref: mention.entityId === undefined ? undefined : `#${xmlId(mention.entityId)}`,
  }
  return { ...span, open: startTag(name, attributes), close: `</${name}>`, priority: PRIORITY.name }
}

/** Witness ids of a witness set, for `wit` attributes and the `listWit`. */
export function witnessIds(documentId: string): { base: string; other: string } {
  return { base: `${xmlId(documentId)}.wit-base`, other: `${xmlId(documentId)}.wit-other` }
}

function variantMark(variant: VariantRecord, wits: { base: string; other: string }, locate: TextLocator) {
  const bracket = locate(variant.provenance.span, variant.provenance.quote.exact)
  if (bracket === undefined) return undefined
  const base = variant.base === undefined ? undefined : locate(variant.base, variant.base.text)
  const usable = base !== undefined && base.end <= bracket.start && bracket.start - base.end <= 3
  const start = usable ? base.start : bracket.start
  const lemText = usable ? plainText(variant.baseReading) : ''
  const cert = variant.certainty === 'high' ? undefined : variant.certainty
  const lem =
    lemText === ''
      ? startTag('lem', { wit: `#${wits.base}`, cert }, true)
      : `${startTag('lem', { wit: `#${wits.base}`, cert })}${escapeXml(lemText)}</lem>`
  const other = variant.kind === 'omission' ? '' : plainText(variant.otherReading).replace(/^\[|\]$/g, '')
  const rdg =
    other === ''
      ? startTag('rdg', { wit: `#${wits.other}` }, true)
      : `${startTag('rdg', { wit: `#${wits.other}` })}${escapeXml(other)}</rdg>`
  const replace = `${startTag('app', { type: variant.kind })}${lem}${rdg}</app>`
  return { start, end: bracket.end, replace, priority: PRIORITY.variant }
}

/** An editorial bracket: a short insertion is `supplied`, an explanation is an editorial note. */
function editorialMark(span: Span, text: string): InlineMark {
  const inner = text.replace(/^\[|\]$/g, '')
  const words = inner.trim().split(/\s+/).length
  // "[1.8 tons]", "[illegible]", "[12 July 1925]": supplied; "[that is, the plenum—Ed.]": an editorial note.
  const explanation = words > 2 && !(/\d/.test(inner) && words <= 5)
  const open = explanation ? '<note type="editorial" place="inline">' : '<supplied reason="editorial">'
  const close = explanation ? '</note>' : '</supplied>'
  return { ...span, open, close, priority: PRIORITY.editorial }
}

/**
 * Every inline mark of an edition, sorted by start: names and dates from mentions, note markers as `ref`s to their
 * notes, editorial brackets, and the readings of each witness set as `app`. Items the locator cannot find are left
 * out (their text stays, untagged).
 */
export function editionMarks(edition: SourceEdition, locate: TextLocator): InlineMark[] {
  const marks: InlineMark[] = []
  for (const mention of edition.mentions) {
    const span = locate(mention.provenance.span, mention.provenance.quote.exact)
    const mark = span === undefined ? undefined : mentionMark(mention, span)
    if (mark !== undefined) marks.push(mark)
  }
  for (const marker of edition.markers) {
    const span = locate(marker.provenance.span, marker.provenance.quote.exact)
    if (span === undefined) continue
    const attributes = {
      type: 'noteAnchor',
      n: marker.label,
      target: marker.noteId === undefined ? undefined : `#${xmlId(marker.noteId)}`,
    }
    marks.push({
      ...span,
      replace: `${startTag('ref', attributes)}${escapeXml(marker.label)}</ref>`,
      priority: PRIORITY.marker,
    })
  }
  for (const editorial of edition.editorial) {
    const span = locate(editorial.provenance.span, editorial.provenance.quote.exact)
    if (span !== undefined) marks.push(editorialMark(span, editorial.provenance.quote.exact))
  }
  for (const set of edition.witnesses) {
    const wits = witnessIds(set.documentId)
    for (const variant of set.variants) {
      const mark = variantMark(variant, wits, locate)
      if (mark !== undefined) marks.push(mark)
    }
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority)
}

/** The marks of a sorted list that lie within `[start, end)`. */
export function marksWithin(sorted: readonly InlineMark[], start: number, end: number): InlineMark[] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as InlineMark).start < start) lo = mid + 1
    else hi = mid
  }
  const result: InlineMark[] = []
  for (let i = lo; i < sorted.length && (sorted[i] as InlineMark).start <= end; i++) {
    const mark = sorted[i] as InlineMark
    if (mark.end <= end) result.push(mark)
  }
  return result
}
