import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../app.ts'
import { OPEN_ARRAY, responses } from '../schemas.ts'

/** GET /api/sources: the imported sources with counts of what was found in each. */
export function registerSourceRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get(
    '/api/sources',
    {
      schema: {
        summary: 'The imported sources with counts of documents, notes, entries, variants and diagnostics',
        tags: ['sources'],
        response: responses({ type: 'object', properties: { sources: OPEN_ARRAY } }),
      },
    },
    async () => ({ sources: await store.listSources() }),
  )
}
