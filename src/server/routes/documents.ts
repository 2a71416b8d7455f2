import type { FastifyInstance } from 'fastify'
import type { DocumentType } from '../../core/index.ts'
import { NotFoundError, nameKey } from '../../core/index.ts'
import { createAnswerCache, matchesEtag } from '../answer-cache.ts'
import type { RouteContext } from '../app.ts'
import { documentReuse } from '../document-reuse.ts'
import { toDocumentView, toListedDocument } from '../document-view.ts'
import { createEditionCache } from '../edition-cache.ts'
import {
  DOCUMENT_REUSE,
  DOCUMENT_TYPES,
  LIMIT,
  listOf,
  OFFSET,
  OPEN_ARRAY,
  OPEN_OBJECT,
  PARTIAL_DATE,
  responses,
  splitList,
} from '../schemas.ts'

interface DocumentsQuery {
  source?: string
  type?: string
  from?: string
  to?: string
  author?: string
  addressee?: string
  limit: number
  offset: number
}

/** Whether a printed name is the name asked for, in any spelling or script, or has a word starting with it. */
export function nameMatches(printed: string | undefined, asked: string): boolean {
  if (printed === undefined) return false
  const key = nameKey(asked)
  const own = nameKey(printed)
  return key !== '' && (own === key || own.split(' ').some((word) => word.startsWith(key)))
}

/** GET /api/documents (filtered, paged) and GET /api/documents/{id} (everything the reader shows). */
export function registerDocumentRoutes(app: FastifyInstance, { store }: RouteContext): void {
  const loadEdition = createEditionCache(store)
  const views = createAnswerCache(store)
  app.get<{ Querystring: DocumentsQuery }>(
    '/api/documents',
    {
      schema: {
        summary: 'Documents, filtered by source, type, date range, author and addressee, in source order',
        tags: ['documents'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            source: { type: 'string', minLength: 1, description: 'source id or file name' },
            type: listOf(DOCUMENT_TYPES, 'comma-separated document types'),
            from: PARTIAL_DATE,
            to: PARTIAL_DATE,
            author: { type: 'string', minLength: 1, description: 'a name in any spelling or script' },
            addressee: { type: 'string', minLength: 1, description: 'a name in any spelling or script' },
            limit: LIMIT,
            offset: OFFSET,
          },
        },
        response: responses({
          type: 'object',
          properties: {
            total: { type: 'integer' },
            offset: { type: 'integer' },
            limit: { type: 'integer' },
            documents: OPEN_ARRAY,
          },
        }),
      },
    },
    async (request) => {
      const q = request.query
      const types = splitList<DocumentType>(q.type)
      const docs = (
        await store.listDocuments({
          ...(q.source === undefined ? {} : { source: q.source }),
          ...(types === undefined ? {} : { types }),
          ...(q.from === undefined ? {} : { from: q.from }),
          ...(q.to === undefined ? {} : { to: q.to }),
        })
      ).filter(
        (doc) =>
          (q.author === undefined || nameMatches(doc.author ?? doc.signer?.text, q.author)) &&
          (q.addressee === undefined || doc.addressees.some((a) => nameMatches(a, q.addressee as string))),
      )
      const files = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
      return {
        total: docs.length,
        offset: q.offset,
        limit: q.limit,
        documents: docs
          .slice(q.offset, q.offset + q.limit)
          .map((doc) => toListedDocument(doc, files.get(doc.sourceId) ?? '')),
      }
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/documents/:id',
    {
      schema: {
        summary:
          'One document: metadata, text, sanitised HTML, notes with markers, editorial spans, mentions, witnesses, previous and next',
        tags: ['documents'],
        params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
        response: responses(
          {
            type: 'object',
            properties: {
              document: OPEN_OBJECT,
              text: { type: 'string' },
              html: { type: 'string' },
              notes: OPEN_ARRAY,
              markers: OPEN_ARRAY,
              editorial: OPEN_ARRAY,
              insertions: OPEN_ARRAY,
              mentions: OPEN_ARRAY,
              witnesses: OPEN_ARRAY,
              reuse: DOCUMENT_REUSE,
              previous: { type: ['string', 'null'] },
              next: { type: ['string', 'null'] },
            },
          },
          404,
        ),
      },
    },
    async (request, reply) => {
      const { id } = request.params
      // Rendered and serialised once per store revision (see answer-cache.ts); a repeat visit gets a 304.
      const answer = await views.get(id, async () => {
        const doc = await store.findDocument(id)
        const edition = doc === undefined ? undefined : await loadEdition(doc.sourceId)
        if (doc === undefined || edition === undefined) throw new NotFoundError('document', id)
        const view = toDocumentView(doc, edition, await documentReuse(store, id))
        return reply.serializeInput(view, '200') as string
      })
      reply.header('ETag', answer.etag).header('Cache-Control', 'no-cache')
      if (matchesEtag(request.headers['if-none-match'], answer.etag)) return reply.code(304).send()
      return reply.type('application/json; charset=utf-8').send(answer.body)
    },
  )
}
