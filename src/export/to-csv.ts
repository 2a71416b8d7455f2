import { stringify } from 'csv-stringify/sync'
import type { Entity, FactRecord, MentionRecord, SourceEdition } from '../core/index.ts'
import { fileNames, provenanceFields, sortEditions } from './provenance-fields.ts'

/** What a CSV export lists. */
export type CsvKind = 'entities' | 'mentions' | 'facts'
export const CSV_KINDS: readonly CsvKind[] = ['entities', 'mentions', 'facts']

const PROVENANCE = ['file', 'line', 'start', 'end', 'quote', 'rule'] as const
type Row = Record<string, string | number>

const list = (value: string | readonly string[] | undefined) =>
  value === undefined ? '' : typeof value === 'string' ? value : value.join('; ')

function mentionRows(editions: readonly SourceEdition[]): Row[] {
  const files = fileNames(editions)
  return editions.flatMap((edition) =>
    [...edition.mentions]
      .sort(
        (a, b) =>
          a.provenance.span.start - b.provenance.span.start || a.provenance.span.end - b.provenance.span.end,
      )
      .map((m) => ({
        type: m.type,
        surface: m.surface,
        entity_id: m.entityId ?? '',
        entity_name: m.entityName ?? '',
        iso: m.iso ?? '',
        document_id: m.documentId ?? '',
        confidence: m.confidence,
        ...provenanceFields(m.provenance, files.get(m.sourceId) ?? ''),
      })),
  )
}

function entityRows(editions: readonly SourceEdition[], entities: readonly Entity[]): Row[] {
  const files = fileNames(editions)
  const first = new Map<string, MentionRecord>()
  const counts = new Map<string, number>()
  const byId = new Map<string, Entity>()
  for (const edition of editions) {
    for (const e of edition.entities) if (!byId.has(e.id)) byId.set(e.id, e)
    for (const m of edition.mentions) {
      if (m.entityId === undefined) continue
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1)
      if (!first.has(m.entityId)) first.set(m.entityId, m)
    }
  }
  for (const e of entities) byId.set(e.id, e)
  return [...byId.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => {
      const m = first.get(e.id)
      const provenance =
        m === undefined
          ? { file: '', line: '', start: '', end: '', quote: '', rule: '' }
          : provenanceFields(m.provenance, files.get(m.sourceId) ?? '')
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        variants: list(e.variants),
        birth_year: e.birthYear ?? '',
        death_year: e.deathYear ?? '',
        description: e.description ?? '',
        origin: e.origin,
        mentions: counts.get(e.id) ?? 0,
        ...provenance,
      }
    })
}

function factRows(editions: readonly SourceEdition[]): Row[] {
  const files = fileNames(editions)
  return editions.flatMap((edition) =>
    [...edition.facts]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((f) => ({
        id: f.id,
        type: f.type,
        subject: f.subject,
        predicate: f.predicate,
        object: f.object ?? '',
        role: f.role ?? '',
        institution: f.institution ?? '',
        start_date: f.start?.iso ?? f.start?.text ?? '',
        end_date: f.end?.iso ?? f.end?.text ?? '',
        inferred: list(f.inferred),
        confidence: f.confidence,
        evidence_count: f.evidence.length,
        ...provenanceFields(f.evidence[0] as FactRecord['evidence'][number], files.get(f.sourceId) ?? ''),
      })),
  )
}

const COLUMNS: Readonly<Record<CsvKind, readonly string[]>> = {
  entities: [
    'id',
    'type',
    'name',
    'variants',
    'birth_year',
    'death_year',
    'description',
    'origin',
    'mentions',
    ...PROVENANCE,
  ],
  mentions: [
    'type',
    'surface',
    'entity_id',
    'entity_name',
    'iso',
    'document_id',
    'confidence',
    ...PROVENANCE,
  ],
  facts: [
    'id',
    'type',
    'subject',
    'predicate',
    'object',
    'role',
    'institution',
    'start_date',
    'end_date',
    'inferred',
    'confidence',
    'evidence_count',
    ...PROVENANCE,
  ],
}

/**
 * Entities, mentions or facts as CSV (RFC 4180, header row), one row per item with its provenance: file, line,
 * raw start and end, the quoted text and the rule. Facts give their first passage and how many they rest on.
 * @example toCsv('mentions', [edition]).split('\n')[0] // 'type,surface,entity_id,…,quote,rule'
 */
export function toCsv(
  kind: CsvKind,
  editions: readonly SourceEdition[],
  entities: readonly Entity[] = [],
): string {
  const sorted = sortEditions(editions)
  const rows =
    kind === 'entities'
      ? entityRows(sorted, entities)
      : kind === 'mentions'
        ? mentionRows(sorted)
        : factRows(sorted)
  return stringify(rows, { header: true, columns: [...COLUMNS[kind]], record_delimiter: 'unix' })
}
