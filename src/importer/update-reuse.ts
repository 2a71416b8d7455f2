import { Worker } from 'node:worker_threads'
import { findReuse, type ReuseDocument, type ReusePair, type ReusePassage } from '../collate/index.ts'
import type {
  DocumentId,
  DocumentRecord,
  DocumentType,
  LineIndex,
  OffsetMap,
  ReusePassageRecord,
  ReuseRecord,
  SourceId,
  Span,
} from '../core/index.ts'
import { createLineIndex, hashKey, quoteSpan } from '../core/index.ts'
import { ingest } from '../pipeline/index.ts'
import type { Store } from '../store/index.ts'

/** Apparatus, not text: a glossary or index shares names with everything and quotes nothing. */
const SKIPPED_TYPES: ReadonlySet<DocumentType> = new Set([
  'front-matter',
  'glossary',
  'index',
  'back-matter',
  'facsimiles',
])

/** What {@link updateReuse} found. */
export interface ReuseSummary {
  readonly pairs: number
  readonly documents: number
  /** Time spent in the detector alone. */
  readonly milliseconds: number
}

/**
 * Finds text reuse across every document in the store (in a worker thread when `thread` is set) and replaces the
 * stored reuse items with what it found, in one transaction. Each passage is mapped back to raw offsets, lines and a quote in its original file.
 * @example await updateReuse(store) // { pairs: 12, documents: 190, milliseconds: 400 }
 */
export async function updateReuse(
  store: Store,
  options: { readonly thread?: boolean } = {},
): Promise<ReuseSummary> {
  const all = await store.listDocuments()
  const documents = reuseDocuments(all)
  const started = performance.now()
  const pairs = options.thread === true ? await findReuseInWorker(documents) : findReuse(documents)
  const milliseconds = performance.now() - started
  const places = new Map<string, SourcePlaces>()
  for (const sourceId of new Set(pairs.flatMap((p) => [p.a.sourceId, p.b.sourceId])))
    places.set(sourceId, await sourcePlaces(store, sourceId))
  const byId = new Map(all.map((doc) => [doc.id as string, doc]))
  const items = pairs.map((pair) => toRecord(pair, places, byId))
  await store.replaceReuse(items)
  return { pairs: items.length, documents: documents.length, milliseconds }
}

/** {@link findReuse} in a worker thread, leaving this thread free meanwhile. */
function findReuseInWorker(documents: readonly ReuseDocument[]): Promise<ReusePair[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./reuse-worker.ts', import.meta.url), { workerData: documents })
    worker.once('message', (message: { ok: true; pairs: ReusePair[] } | { ok: false; message: string }) => {
      if (message.ok) resolve(message.pairs)
      else reject(new Error(`The text reuse search failed: ${message.message}`))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The text reuse search stopped with code ${code}`))
    })
  })
}

/** Each document's own text (without the documents nested in it), apparatus left out. */
export function reuseDocuments(all: readonly DocumentRecord[]): ReuseDocument[] {
  const children = new Map<string, Span[]>()
  for (const doc of all) {
    if (doc.parentId === undefined) continue
    const list = children.get(doc.parentId) ?? []
    list.push(doc.textSpan)
    children.set(doc.parentId, list)
  }
  return all
    .filter((doc) => !SKIPPED_TYPES.has(doc.type))
    .map((doc) => {
      const base = doc.textSpan.start
      return {
        sourceId: doc.sourceId,
        documentId: doc.id,
        text: doc.text,
        offset: base,
        skip: (children.get(doc.id) ?? []).map((span) => ({
          start: span.start - base,
          end: span.end - base,
        })),
      }
    })
}

/** What it takes to place a passage of a source in its original file. */
interface SourcePlaces {
  readonly raw: string
  readonly lines: LineIndex
  /** Normalised text → raw offsets; undefined when re-reading the raw text did not give the stored text back. */
  readonly map: OffsetMap | undefined
}

async function sourcePlaces(store: Store, sourceId: string): Promise<SourcePlaces> {
  const edition = await store.loadEdition(sourceId)
  if (edition === undefined)
    throw new RangeError(`Cannot place reuse in source "${sourceId}": it is not stored`)
  const { source, raw } = edition
  const text = ingest({
    id: source.id,
    path: source.path,
    name: source.name,
    bytes: Buffer.from(raw, 'utf8'),
    contentHash: source.contentHash,
  }).text
  const map = text !== undefined && text.text === edition.text ? text.map : undefined
  return { raw, lines: createLineIndex(raw), map }
}

function toRecord(
  pair: ReusePair,
  places: ReadonlyMap<string, SourcePlaces>,
  documents: ReadonlyMap<string, DocumentRecord>,
): ReuseRecord {
  const side = (passage: ReusePassage): ReusePassageRecord => {
    const place = places.get(passage.sourceId) as SourcePlaces
    const span = toRaw(passage.span, place, documents.get(passage.documentId) as DocumentRecord)
    return {
      sourceId: passage.sourceId as SourceId,
      documentId: passage.documentId as DocumentId,
      textSpan: passage.span,
      provenance: {
        sourceId: passage.sourceId as SourceId,
        span,
        quote: quoteSpan(place.raw, span),
        lineStart: place.lines.lineAt(span.start),
        lineEnd: place.lines.lineAt(Math.max(span.start, span.end - 1)),
        rule: pair.rule,
      },
    }
  }
  const a = side(pair.a)
  const b = side(pair.b)
  const placeA = places.get(pair.a.sourceId) as SourcePlaces
  const placeB = places.get(pair.b.sourceId) as SourcePlaces
  const docA = documents.get(pair.a.documentId) as DocumentRecord
  const docB = documents.get(pair.b.documentId) as DocumentRecord
  return {
    id: `reuse:${hashKey(a.documentId, a.textSpan.start, a.textSpan.end, b.documentId, b.textSpan.start, b.textSpan.end)}`,
    score: pair.score,
    rule: pair.rule,
    a,
    b,
    alignment: pair.alignment.map((link) => ({
      a: toRaw(link.a, placeA, docA),
      b: toRaw(link.b, placeB, docB),
    })),
  }
}

/**
 * A span of the normalised text as raw offsets: through the offset map, or (when the map could not be rebuilt)
 * by the document's own offset into the file, kept inside the document.
 */
function toRaw(span: Span, place: SourcePlaces, doc: DocumentRecord): Span {
  if (place.map !== undefined) return place.map.spanToRaw(span)
  const rawDoc = doc.provenance.span
  const at = (offset: number) =>
    Math.min(rawDoc.end, Math.max(rawDoc.start, rawDoc.start + offset - doc.textSpan.start))
  return { start: at(span.start), end: Math.max(at(span.start), at(span.end)) }
}
