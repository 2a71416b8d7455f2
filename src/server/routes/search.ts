import type { FastifyInstance } from 'fastify'
import type { DocumentType } from '../../core/index.ts'
import type { RouteContext } from '../app.ts'
import { DOCUMENT_TYPES, listOf, OFFSET, OPEN_ARRAY, responses, splitList } from '../schemas.ts'
import { searchDocuments } from '../search-documents.ts'

interface SearchQuery {
  q: string
  source?: string
  type?: string
  year?: string
  person?: string
  body?: string
  limit: number
  offset: number
}

/** A facet: values with what to show for them and how many results have each. */
const FACET = {
  type: 'array',
  items: {
    type: 'object',
    properties: { value: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } },
  },
} as const

/**
 * GET /api/search: full text across spellings and scripts, entities first, with facets by source, type, year,
 * person and body.
 */
export function registerSearchRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: SearchQuery }>(
    '/api/search',
    {
      schema: {
        summary:
          'Full-text search: words as prefixes, "exact phrases", names in any spelling or script; entities above documents',
        tags: ['search'],
        querystring: {
          type: 'object',
          required: ['q'],
          additionalProperties: false,
          properties: {
            q: { type: 'string', minLength: 1, maxLength: 500 },
            source: { type: 'string', minLength: 1, description: 'source id or file name' },
            type: listOf(DOCUMENT_TYPES, 'comma-separated document types'),
            year: { type: 'string', pattern: '^\\d{4}$' },
            person: {
              type: 'string',
              minLength: 1,
              description: 'only documents that mention this person (id)',
            },
            body: { type: 'string', minLength: 1, description: 'only documents that mention this body (id)' },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
            offset: OFFSET,
          },
        },
        response: responses({
          type: 'object',
          properties: {
            query: { type: 'string' },
            terms: OPEN_ARRAY,
            entities: OPEN_ARRAY,
            total: { type: 'integer' },
            offset: { type: 'integer' },
            limit: { type: 'integer' },
            documents: OPEN_ARRAY,
            facets: {
              type: 'object',
              properties: { source: FACET, type: FACET, year: FACET, person: FACET, body: FACET },
            },
          },
        }),
      },
    },
    async (request) => {
      const { q, source, type, year, person, body, limit, offset } = request.query
      const types = splitList<DocumentType>(type)
      return searchDocuments(store, {
        q,
        limit,
        offset,
        ...(source === undefined ? {} : { source }),
        ...(types === undefined ? {} : { types }),
        ...(year === undefined ? {} : { year }),
        ...(person === undefined ? {} : { person }),
        ...(body === undefined ? {} : { body }),
      })
    },
  )
}
