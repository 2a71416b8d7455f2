import { basename, extname } from 'node:path'
import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { SourceEdition } from '../../core/index.ts'
import {
  CSV_KINDS,
  type CsvKind,
  EXPORT_FORMATS,
  type ExportFormat,
  needsEntities,
  renderExport,
} from '../../export/index.ts'
import { eachEdition, loadEditions, type SourceSummary, type Store } from '../../store/index.ts'
import type { RouteContext } from '../app.ts'
import { HttpError } from '../errors.ts'
import { jsonArrayChunks } from '../json-chunks.ts'
import { ERROR_RESPONSE } from '../schemas.ts'

/** Each export format's media type and file extension. */
export const EXPORT_MEDIA = {
  tei: { type: 'application/tei+xml; charset=utf-8', extension: 'xml' },
  cmif: { type: 'application/tei+xml; charset=utf-8', extension: 'xml' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonld: { type: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  csl: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
} as const satisfies Record<ExportFormat, { readonly type: string; readonly extension: string }>

/**
 * Most bytes of stored sources (their raw files) that a format built in memory (CMIF, CSV, JSON-LD) is made of at
 * once: its text grows to many times that, past what one string may hold.
 */
export const MAX_IN_MEMORY_EXPORT_BYTES = 50 * 1024 * 1024

/** Whole-edition formats that are built as one text in memory. */
const IN_MEMORY_FORMATS: readonly ExportFormat[] = ['cmif', 'csv', 'jsonld']

/** Settings of the export route. */
export interface ExportOptions {
  /** Most bytes of stored sources a whole-edition CMIF, CSV or JSON-LD export may be made of. @default 50 MB */
  readonly maxInMemoryBytes?: number
}

interface ExportQuery {
  format: ExportFormat
  source?: string
  document?: string
  kind: CsvKind
}

/** Refuses a whole-edition export built in memory when the stored sources are larger than the bound. */
function checkSize(sources: readonly SourceSummary[], maxBytes: number): void {
  const bytes = sources.reduce((sum, source) => sum + source.byteLength, 0)
  if (bytes > maxBytes)
    throw new HttpError(
      413,
      'too-large',
      `The edition is too large to export at once (${bytes} bytes of sources, at most ${maxBytes}): export one source, or use \`fond export\``,
    )
}

/** Keeps one document of an edition (for the citation of that document): the source stays, as its container. */
function onlyDocument(edition: SourceEdition, documentId: string): SourceEdition {
  const documents = edition.documents.filter((d) => d.id === documentId)
  if (documents.length === 0)
    throw new HttpError(
      404,
      'not-found',
      `Cannot find document "${documentId}" in source "${edition.source.name}"`,
    )
  return { ...edition, documents }
}

/** The file name a download is saved under: the source's file name, or "fond-edition", then the format. */
export function downloadName(query: ExportQuery, edition: SourceEdition | undefined): string {
  const stem =
    edition === undefined ? 'fond-edition' : basename(edition.source.name, extname(edition.source.name))
  const what = query.format === 'csv' ? `${query.format}-${query.kind}` : query.format
  const safe = `${stem}.${what}`.replace(/[^\p{L}\p{N}._-]+/gu, '_')
  return `${safe}.${EXPORT_MEDIA[query.format].extension}`
}

/** Renders the export a query asks for (of one document only, when it names one). */
async function render(store: Store, query: ExportQuery, editions: SourceEdition[]): Promise<string> {
  const entities = needsEntities(query.format) ? await store.listEntities() : []
  const picked =
    query.document === undefined ? editions : editions.map((e) => onlyDocument(e, query.document as string))
  return renderExport(query.format, picked, entities, {
    kind: query.kind,
    single: query.source !== undefined,
  })
}

/** Sends an export as a download, with its media type and file name. */
function download(
  reply: FastifyReply,
  query: ExportQuery,
  edition: SourceEdition | undefined,
  body: string | Readable,
): FastifyReply {
  return reply
    .header('content-type', EXPORT_MEDIA[query.format].type)
    .header('content-disposition', attachment(downloadName(query, edition)))
    .send(body)
}

/** RFC 6266 `Content-Disposition` for a download: an ASCII fallback and the exact name in UTF-8. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/**
 * GET /api/export: the edition (or one source, or one document's citation) in a standard format, as a download.
 * TEI is one file per source, so it needs `source`; `document` narrows citations (CSL-JSON, BibTeX) to one document.
 */
export function registerExportRoutes(
  app: FastifyInstance,
  { store }: RouteContext,
  options: ExportOptions = {},
): void {
  const maxInMemoryBytes = options.maxInMemoryBytes ?? MAX_IN_MEMORY_EXPORT_BYTES
  app.get<{ Querystring: ExportQuery }>(
    '/api/export',
    {
      schema: {
        summary: 'Download the edition as TEI P5 (one source), CMIF, CSV, JSON-LD, CSL-JSON, BibTeX or JSON',
        tags: ['export'],
        querystring: {
          type: 'object',
          required: ['format'],
          additionalProperties: false,
          properties: {
            format: { type: 'string', enum: [...EXPORT_FORMATS] },
            source: { type: 'string', minLength: 1, description: 'source id or file name (TEI: required)' },
            document: {
              type: 'string',
              minLength: 1,
              description: 'a document id of the source: its citation only (csl, bibtex)',
            },
            kind: { type: 'string', enum: [...CSV_KINDS], default: 'entities', description: 'for csv' },
          },
        },
        response: {
          '200': {
            description: 'The export, with Content-Disposition: attachment',
            content: Object.fromEntries(
              [...new Set(Object.values(EXPORT_MEDIA).map((f) => f.type.split(';')[0]))].map((type) => [
                type,
                { schema: { type: 'string' } },
              ]),
            ),
          },
          '400': ERROR_RESPONSE,
          '404': ERROR_RESPONSE,
          '413': ERROR_RESPONSE,
          '500': ERROR_RESPONSE,
        },
      },
    },
    async (request, reply) => {
      const query = request.query
      if (query.format === 'tei' && query.source === undefined)
        throw new HttpError(400, 'bad-request', 'TEI is one file per source: give "source"')
      if (query.document !== undefined && query.source === undefined)
        throw new HttpError(400, 'bad-request', 'A "document" needs its "source"')
      if (query.source === undefined) {
        const sources = await store.listSources()
        // The whole edition as JSON is written one edition at a time: it may be far larger than one string.
        if (query.format === 'json') {
          const chunks = jsonArrayChunks(eachEdition(store, sources))
          return download(reply, query, undefined, Readable.from(chunks, { objectMode: false }))
        }
        if (IN_MEMORY_FORMATS.includes(query.format)) checkSize(sources, maxInMemoryBytes)
      }
      const editions = await loadEditions(store, query.source)
      const body = await render(store, query, editions)
      return download(reply, query, query.source === undefined ? undefined : editions[0], body)
    },
  )
}
