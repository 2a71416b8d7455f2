import type { Document, Evidence, Fact, Note, Span, StageContext } from '../../core/index.ts'
import { entityNames } from '../events/entity-names.ts'
import { factId, indexMentions, mentionFrequency } from '../events/text-helpers.ts'
import type { ExtractInput } from '../extract-options.ts'
import { letterDate } from './letter-dates.ts'
import { annotators, askedReaders } from './readers.ts'
import { authorFromTitle, locate, type Party, resolveParty } from './resolve-parties.ts'

/** Documents that are pieces of correspondence (quoted letters and resolutions included). */
const CORRESPONDENCE_TYPES = new Set(['letter', 'telegram', 'note', 'appendix-document', 'quoted-document'])
const RULE = 'extract/correspondence:document'

/**
 * Every letter, telegram, note and appendix or quoted document as one `correspondence` fact: subject the document,
 * `wrote-to` its first addressee, with sender, addressees, date (or bounds), place, the readers it asks for and the
 * readers' annotations its notes record. Header and sign-off dates that disagree are both kept and marked.
 * @example extractCorrespondence(input, context).find((f) => f.subject === letter.id)?.attributes?.sender
 */
export function extractCorrespondence(input: ExtractInput, context: StageContext): Fact[] {
  const { text } = input.text
  const mentions = indexMentions(input.mentions)
  const names = entityNames(input.entities, mentionFrequency(input.mentions))
  const notesOf = groupNotes(input.segments.notes)
  const facts: Fact[] = []
  for (const doc of input.segments.documents) {
    if (!CORRESPONDENCE_TYPES.has(doc.type)) continue
    const notes = notesOf.get(doc.id) ?? []
    const printedSender = doc.signer?.text ?? doc.author
    const sender =
      printedSender === undefined
        ? authorFromTitle(doc, text, mentions)
        : resolveParty(printedSender, doc.signer?.span ?? locate(printedSender, doc, text), mentions, names)
    const addressees = doc.addressees.map((a) => resolveParty(a, locate(a, doc, text), mentions, names))
    const dated = letterDate(doc, mentions)
    if (dated.conflict) {
      context.report({
        severity: 'info',
        reason: `The header date "${doc.headerDate?.text}" and the sign-off date "${doc.signoffDate?.text}" of "${doc.title}" disagree`,
        source: 'extract',
        ruleId: 'conflicting-dates',
        place: doc.heading?.span ?? doc.span,
      })
    }
    const readers = askedReaders(doc, notes, text, mentions, names)
    const annotated = annotators(notes, text, mentions)
    const attributes: Record<string, string | readonly string[]> = {
      ...dated.attributes,
      ...partyAttributes(sender, addressees),
      ...(doc.place ? { place: doc.place.text } : {}),
      ...(doc.number ? { number: doc.number } : {}),
      documentType: doc.type,
      ...(readers.printed.length > 0 ? { readers: readers.ids, readersPrinted: readers.printed } : {}),
      ...(annotated.ids.length > 0 ? { annotatedBy: annotated.ids } : {}),
    }
    const object = addressees.flatMap((a) => a.ids)[0]
    facts.push({
      id: factId(context.sourceId, RULE, doc.span.start),
      type: 'correspondence',
      subject: doc.id,
      predicate: 'wrote-to',
      ...(object ? { object } : {}),
      ...(dated.date ? { start: dated.date } : {}),
      attributes,
      ...(printedSender === undefined && sender !== undefined ? { inferred: ['sender'] } : {}),
      confidence: confidenceOf(sender, addressees, dated.date !== undefined),
      evidence: evidenceOf(doc, [
        doc.editorialDate?.span,
        doc.headerDate?.span,
        doc.signoffDate?.span,
        doc.salutation?.span,
        doc.signer?.span,
        ...readers.spans,
        ...annotated.spans,
      ]),
    })
  }
  return facts
}

function partyAttributes(
  sender: Party | undefined,
  addressees: readonly Party[],
): Record<string, string | string[]> {
  const attributes: Record<string, string | string[]> = {
    addressees: [...new Set(addressees.flatMap((a) => a.ids))],
    addresseesPrinted: addressees.map((a) => a.printed),
  }
  if (sender === undefined) return attributes
  if (sender.printed !== '') attributes.signer = sender.printed
  const [first, ...others] = sender.ids
  if (first !== undefined) attributes.sender = first
  if (others.length > 0) attributes.senders = [...sender.ids]
  return attributes
}

/** Sure when sender, addressees and date are all resolved; less for each part missing. */
function confidenceOf(sender: Party | undefined, addressees: readonly Party[], dated: boolean): number {
  let confidence = 0.95
  if (sender === undefined || sender.ids.length === 0) confidence -= 0.15
  if (addressees.length === 0 || addressees.every((a) => a.ids.length === 0)) confidence -= 0.15
  if (!dated) confidence -= 0.1
  return Math.round(confidence * 100) / 100
}

/** The document's heading (or its opening) first, then every field the fact reads. */
function evidenceOf(doc: Document, spans: readonly (Span | undefined)[]): [Evidence, ...Evidence[]] {
  const head = doc.heading?.span ?? {
    start: doc.span.start,
    end: Math.min(doc.span.end, doc.span.start + 200),
  }
  const seen = new Set<string>([`${head.start}:${head.end}`])
  const evidence: [Evidence, ...Evidence[]] = [{ span: head, documentId: doc.id, rule: RULE }]
  for (const span of spans) {
    if (span === undefined || seen.has(`${span.start}:${span.end}`)) continue
    seen.add(`${span.start}:${span.end}`)
    evidence.push({ span, documentId: doc.id, rule: RULE })
  }
  return evidence
}

function groupNotes(notes: readonly Note[]): Map<string, Note[]> {
  const byDocument = new Map<string, Note[]>()
  for (const note of notes) {
    if (note.documentId === undefined) continue
    const list = byDocument.get(note.documentId) ?? []
    list.push(note)
    byDocument.set(note.documentId, list)
  }
  return byDocument
}
