import type { FastifyInstance } from 'fastify'
import { NotFoundError } from '../../core/index.ts'
import type { RouteContext } from '../app.ts'
import { documentReuse } from '../document-reuse.ts'
import { DOCUMENT_REUSE, responses } from '../schemas.ts'

/** Text reuse: the passages a document shares with other documents (found by each import). */
export function registerReuseRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: { document: string } }>(
    '/api/reuse',
    {
      schema: {
        summary:
          'Text reuse of a document: each passage found again in another document, copied or translated',
        tags: ['documents'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['document'],
          properties: {
            document: { type: 'string', minLength: 1, maxLength: 200, description: 'a document id' },
          },
        },
        response: responses(DOCUMENT_REUSE, 404),
      },
    },
    async (request) => {
      const id = request.query.document
      if ((await store.findDocument(id)) === undefined) throw new NotFoundError('document', id)
      return documentReuse(store, id)
    },
  )
}
