import type { Entity, FactRecord, SourceEdition } from '../core/index.ts'
import { fileNames, provenanceFields, sortEditions } from './provenance-fields.ts'
import { FOND_IRI } from './to-cmif.ts'

/** fond's own vocabulary for what schema.org has no words for: posts, memberships, evidence. */
export const FOND_VOCAB = `${FOND_IRI}vocab#`

/**
 * The JSON-LD context: schema.org as the default vocabulary, and fond's terms under the `fond:` prefix.
 * Every fond term is defined here, so the document expands without any network lookup of fond's vocabulary.
 */
export const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  fond: FOND_VOCAB,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Fact: 'fond:Fact',
  Post: 'fond:Post',
  Membership: 'fond:Membership',
  LifeEvent: 'fond:LifeEvent',
  Correspondence: 'fond:Correspondence',
  BodyRelation: 'fond:BodyRelation',
  DatedEvent: 'fond:DatedEvent',
  Evidence: 'fond:Evidence',
  subject: { '@id': 'fond:subject', '@type': '@id' },
  object: { '@id': 'fond:object', '@type': '@id' },
  predicate: 'fond:predicate',
  role: 'fond:role',
  institution: 'fond:institution',
  start: 'fond:start',
  end: 'fond:end',
  inferred: 'fond:inferred',
  confidence: { '@id': 'fond:confidence', '@type': 'xsd:decimal' },
  evidence: { '@id': 'fond:evidence', '@container': '@list' },
  file: 'fond:file',
  line: { '@id': 'fond:line', '@type': 'xsd:integer' },
  startOffset: { '@id': 'fond:startOffset', '@type': 'xsd:integer' },
  endOffset: { '@id': 'fond:endOffset', '@type': 'xsd:integer' },
  quote: 'fond:quote',
  rule: 'fond:rule',
  document: { '@id': 'fond:document', '@type': '@id' },
  origin: 'fond:origin',
} as const

const ENTITY_TYPES: Readonly<Record<string, string>> = {
  person: 'Person',
  body: 'Organization',
  place: 'Place',
  event: 'Event',
}

/** fond's IRI for an entity, fact or document id. */
export const fondIri = (id: string) => `${FOND_IRI}${id.split(':')[0]}/${encodeURIComponent(id)}`

function entityNode(e: Entity): Record<string, unknown> {
  const node: Record<string, unknown> = {
    '@id': fondIri(e.id),
    '@type': ENTITY_TYPES[e.type] ?? 'Thing',
    name: e.name,
  }
  if (e.variants.length > 0) node.alternateName = [...new Set(e.variants)]
  if (e.type === 'person' && e.birthYear !== undefined) node.birthDate = e.birthYear
  if (e.type === 'person' && e.deathYear !== undefined) node.deathDate = e.deathYear
  if (e.description !== undefined && e.description !== '') node.description = e.description
  node.origin = e.origin
  return node
}

function factType(f: FactRecord): string {
  if (f.type === 'post') return /member/i.test(f.predicate) ? 'Membership' : 'Post'
  if (f.type === 'life-event') return 'LifeEvent'
  if (f.type === 'correspondence') return 'Correspondence'
  if (f.type === 'relation') return 'BodyRelation'
  return 'DatedEvent'
}

function factNode(f: FactRecord, file: string): Record<string, unknown> {
  const iri = fondIri(f.id)
  const node: Record<string, unknown> = { '@id': iri, '@type': ['Fact', factType(f)] }
  node.subject = fondIri(f.subject)
  node.predicate = f.predicate
  if (f.object !== undefined) node.object = fondIri(f.object)
  if (f.role !== undefined) node.role = f.role
  if (f.institution !== undefined) node.institution = f.institution
  if (f.start !== undefined) node.start = f.start.iso ?? f.start.text
  if (f.end !== undefined) node.end = f.end.iso ?? f.end.text
  if (f.inferred !== undefined && f.inferred.length > 0) node.inferred = [...f.inferred]
  node.confidence = f.confidence
  node.evidence = f.evidence.map((e, i) => {
    const p = provenanceFields(e, file)
    return {
      '@id': `${iri}#evidence-${i + 1}`,
      '@type': 'Evidence',
      file: p.file,
      line: p.line,
      startOffset: p.start,
      endOffset: p.end,
      quote: p.quote,
      rule: p.rule,
      ...(e.documentId === undefined ? {} : { document: fondIri(e.documentId) }),
    }
  })
  return node
}

/**
 * Entities and facts as JSON-LD: people, bodies, places and events as schema.org `Person`, `Organization`, `Place`,
 * `Event`; facts (posts, memberships, life events, letters, relations) in fond's vocabulary, each with the
 * passages it rests on (file, line, raw offsets, quote, rule). Every node has an `@id` and a `@type`.
 */
export function toJsonLd(editions: readonly SourceEdition[], entities: readonly Entity[] = []): string {
  const sorted = sortEditions(editions)
  const files = fileNames(sorted)
  const byId = new Map<string, Entity>()
  for (const edition of sorted) for (const e of edition.entities) if (!byId.has(e.id)) byId.set(e.id, e)
  for (const e of entities) byId.set(e.id, e)
  const entityNodes = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)).map(entityNode)
  const factNodes = sorted.flatMap((edition) =>
    [...edition.facts]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((f) => factNode(f, files.get(f.sourceId) ?? '')),
  )
  return `${JSON.stringify({ '@context': JSONLD_CONTEXT, '@graph': [...entityNodes, ...factNodes] }, null, 2)}\n`
}
