import type { DocumentRecord, Entity, FactRecord, SourceEdition } from '../core/index.ts'
import { plainText } from './markdown-marks.ts'
import { docDateAttributes } from './tei-div.ts'
import { TEI_NS, TEI_PROLOG } from './to-tei.ts'
import { element, startTag, textElement, xmlId } from './xml.ts'

/** The IRI base fond gives its own entities and documents (no lookups: `.invalid` never resolves). */
export const FOND_IRI = 'https://fond.invalid/'

const CORRESPONDENCE_TYPES = new Set(['letter', 'telegram'])

/** A correspondent: the entity when known, else the name as printed. */
interface Party {
  readonly id?: string
  readonly type: 'person' | 'body' | 'unknown'
  readonly name: string
}

function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : value
}

function party(id: string, entities: ReadonlyMap<string, Entity>): Party {
  const entity = entities.get(id)
  const type = entity?.type === 'person' || entity?.type === 'body' ? entity.type : 'unknown'
  return { id, type, name: entity?.name ?? id }
}

function partyXml(p: Party): string {
  const ref = p.id === undefined ? undefined : `${FOND_IRI}entity/${encodeURIComponent(p.id)}`
  return textElement(p.type === 'body' ? 'orgName' : 'persName', { ref }, p.name)
}

function correspondents(
  doc: DocumentRecord,
  fact: FactRecord | undefined,
  entities: ReadonlyMap<string, Entity>,
) {
  const sender = asList(fact?.attributes?.sender)
  const addressees = asList(fact?.attributes?.addressees)
  const senders: Party[] =
    sender.length > 0
      ? sender.map((id) => party(id, entities))
      : doc.author === undefined
        ? []
        : [{ type: 'person', name: doc.author }]
  const receivers: Party[] =
    addressees.length > 0
      ? addressees.map((id) => party(id, entities))
      : doc.addressees.map((name) => ({ type: 'unknown', name }))
  return { senders, receivers }
}

function correspDesc(
  edition: SourceEdition,
  doc: DocumentRecord,
  fact: FactRecord | undefined,
  entities: ReadonlyMap<string, Entity>,
): string {
  const { senders, receivers } = correspondents(doc, fact, entities)
  const dating = docDateAttributes(doc.date ?? doc.editorialDate)
  const sent = [
    ...senders.map(partyXml),
    doc.place === undefined ? '' : textElement('placeName', {}, plainText(doc.place.text)),
    Object.keys(dating).length === 0 ? '' : startTag('date', dating, true),
  ].join('')
  const received = receivers.map(partyXml).join('')
  const actions = [
    element('correspAction', { type: 'sent' }, sent === '' ? '<persName/>' : sent),
    element('correspAction', { type: 'received' }, received === '' ? '<persName/>' : received),
  ].join('')
  const ref = `${FOND_IRI}document/${encodeURIComponent(doc.id)}`
  return element('correspDesc', { ref, source: `#${xmlId(edition.source.id)}`, key: doc.id }, actions)
}

/**
 * The Correspondence Metadata Interchange Format (CMIF, a TEI profile) for every letter and telegram of the
 * editions: one `correspDesc` per letter with the sender, place and date sent and the addressees, each source
 * as a `bibl` in the `sourceDesc`. Entities are referred to by fond's own IRIs.
 */
export function toCmif(editions: readonly SourceEdition[], entities: readonly Entity[] = []): string {
  const byId = new Map<string, Entity>()
  for (const edition of editions) for (const entity of edition.entities) byId.set(entity.id, entity)
  for (const entity of entities) byId.set(entity.id, entity)
  const sorted = [...editions].sort((a, b) => a.source.name.localeCompare(b.source.name))
  const bibls = sorted.map((e) =>
    textElement('bibl', { type: 'print', 'xml:id': xmlId(e.source.id) }, e.source.title ?? e.source.name),
  )
  const descs = sorted.flatMap((edition) => {
    const facts = new Map(edition.facts.filter((f) => f.type === 'correspondence').map((f) => [f.subject, f]))
    return edition.documents
      .filter((doc) => CORRESPONDENCE_TYPES.has(doc.type))
      .sort((a, b) => a.order - b.order)
      .map((doc) => correspDesc(edition, doc, facts.get(doc.id), byId))
  })
  const publicationStmt = [
    textElement('publisher', {}, 'fond'),
    textElement('idno', { type: 'url' }, `${FOND_IRI}cmif.xml`),
    element(
      'availability',
      {},
      textElement('licence', { target: 'https://creativecommons.org/licenses/by/4.0/' }, 'CC-BY 4.0'),
    ),
  ].join('')
  const fileDesc = [
    element('titleStmt', {}, textElement('title', {}, 'Letters and telegrams of the edition')),
    element('publicationStmt', {}, publicationStmt),
    element('sourceDesc', {}, bibls.length === 0 ? '<p/>' : bibls.join('\n')),
  ].join('\n')
  const profileDesc = descs.length === 0 ? '' : element('profileDesc', {}, `\n${descs.join('\n')}\n`)
  const header = element('teiHeader', {}, element('fileDesc', {}, fileDesc) + profileDesc)
  const text = '<text><body><p/></body></text>'
  return `${TEI_PROLOG}${element('TEI', { xmlns: TEI_NS }, `\n${header}\n${text}\n`)}\n`
}
