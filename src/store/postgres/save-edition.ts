import type { PoolClient } from 'pg'
import type { DiagnosticRecord, SourceEdition } from '../../core/index.ts'
import { ownTexts, withoutText } from '../document-text.ts'
import { insertRows } from './insert-rows.ts'

/**
 * Deletes a source and everything derived from it (documents, notes, markers and items go by
 * ON DELETE CASCADE; diagnostics have no foreign key). Run it inside a transaction.
 * @example const removed = await deleteSource(client, 'source:letters')
 */
export async function deleteSource(client: PoolClient, sourceId: string): Promise<boolean> {
  await client.query('DELETE FROM diagnostics WHERE source_id = $1', [sourceId])
  const result = await client.query('DELETE FROM sources WHERE id = $1', [sourceId])
  return (result.rowCount ?? 0) > 0
}

/**
 * Replaces everything stored for the edition's source with the edition. Run it inside a transaction, so a
 * failure leaves the previous edition whole.
 * @example await inTransaction(pool, (client) => replaceEdition(client, edition))
 */
export async function replaceEdition(client: PoolClient, edition: SourceEdition): Promise<void> {
  const { source } = edition
  await deleteSource(client, source.id)
  await client.query(
    `INSERT INTO sources (id, name, path, content_hash, imported_at, raw, text, data)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb)`,
    [
      source.id,
      source.name,
      source.path,
      source.contentHash,
      source.importedAt,
      edition.raw,
      edition.text,
      JSON.stringify(source),
    ],
  )
  const own = ownTexts(edition.documents, edition.text)
  await insertRows(
    client,
    'documents',
    [
      ['id', 'text'],
      ['source_id', 'text'],
      ['parent_id', 'text'],
      ['type', 'text'],
      ['number', 'text'],
      ['title', 'text'],
      ['ord', 'integer'],
      ['date_iso', 'text'],
      ['date_sort', 'text'],
      ['line_start', 'integer'],
      ['line_end', 'integer'],
      ['data', 'jsonb'],
      ['body', 'text'],
    ],
    edition.documents.map((doc) => {
      const date = doc.date ?? doc.editorialDate
      return [
        doc.id,
        doc.sourceId,
        doc.parentId,
        doc.type,
        doc.number,
        doc.title,
        doc.order,
        date?.iso,
        date?.iso ?? date?.bound,
        doc.provenance.lineStart,
        doc.provenance.lineEnd,
        withoutText(doc),
        own.get(doc.id) ?? '',
      ]
    }),
  )
  await insertRows(
    client,
    'notes',
    [
      ['id', 'text'],
      ['source_id', 'text'],
      ['document_id', 'text'],
      ['label', 'text'],
      ['data', 'jsonb'],
    ],
    edition.notes.map((note) => [note.id, note.sourceId, note.documentId, note.label, JSON.stringify(note)]),
  )
  await insertRows(
    client,
    'markers',
    [
      ['source_id', 'text'],
      ['document_id', 'text'],
      ['note_id', 'text'],
      ['data', 'jsonb'],
    ],
    edition.markers.map((marker) => [
      marker.sourceId,
      marker.documentId,
      marker.noteId,
      JSON.stringify(marker),
    ]),
  )
  const items: [string, readonly unknown[]][] = [
    ['editorial', edition.editorial],
    ['glossary', edition.glossary],
    ['index', edition.index],
    ['witnesses', edition.witnesses],
    ['removal', edition.removals],
  ]
  await insertRows(
    client,
    'items',
    [
      ['source_id', 'text'],
      ['kind', 'text'],
      ['data', 'jsonb'],
    ],
    items.flatMap(([kind, list]) => list.map((item) => [source.id, kind, JSON.stringify(item)])),
  )
  await insertRows(
    client,
    'mentions',
    [
      ['source_id', 'text'],
      ['document_id', 'text'],
      ['type', 'text'],
      ['entity_id', 'text'],
      ['start', 'integer'],
      ['data', 'jsonb'],
    ],
    edition.mentions.map((m) => [
      m.sourceId,
      m.documentId,
      m.type,
      m.entityId,
      m.provenance.span.start,
      JSON.stringify(m),
    ]),
  )
  await insertRows(
    client,
    'entities',
    [
      ['id', 'text'],
      ['source_id', 'text'],
      ['type', 'text'],
      ['data', 'jsonb'],
    ],
    edition.entities.map((e) => [e.id, e.sourceId, e.type, JSON.stringify(e)]),
  )
  await insertRows(
    client,
    'facts',
    [
      ['source_id', 'text'],
      ['type', 'text'],
      ['subject', 'text'],
      ['predicate', 'text'],
      ['object', 'text'],
      ['data', 'jsonb'],
    ],
    edition.facts.map((f) => [f.sourceId, f.type, f.subject, f.predicate, f.object, JSON.stringify(f)]),
  )
  await insertDiagnostics(client, edition.diagnostics)
}

/** Inserts diagnostics in the given order. */
export async function insertDiagnostics(
  client: PoolClient,
  diagnostics: readonly DiagnosticRecord[],
): Promise<void> {
  await insertRows(
    client,
    'diagnostics',
    [
      ['source_id', 'text'],
      ['file', 'text'],
      ['severity', 'text'],
      ['rule_id', 'text'],
      ['data', 'jsonb'],
    ],
    diagnostics.map((d) => [d.sourceId, d.file, d.severity, d.ruleId, JSON.stringify(d)]),
  )
}
