import type { FastifyInstance } from 'fastify'
import { importSources } from '../../importer/index.ts'
import type { RouteContext } from '../app.ts'
import { OPEN_ARRAY, responses } from '../schemas.ts'

/** POST /api/import: import files or folders given by their path on the server; needs the access token. */
export function registerImportRoutes(
  app: FastifyInstance,
  { store, authority, requireToken }: RouteContext,
): void {
  app.post<{ Body: { paths: string[]; force: boolean } }>(
    '/api/import',
    {
      onRequest: async (request) => requireToken(request),
      schema: {
        summary:
          'Import files or folders on the server (unchanged files are skipped); needs the access token',
        tags: ['import'],
        security: [{ token: [] }],
        body: {
          type: 'object',
          required: ['paths'],
          additionalProperties: false,
          properties: {
            paths: {
              type: 'array',
              minItems: 1,
              maxItems: 1000,
              items: { type: 'string', minLength: 1, maxLength: 4096 },
            },
            force: { type: 'boolean', default: false },
          },
        },
        response: responses({ type: 'object', properties: { files: OPEN_ARRAY } }, 401),
      },
    },
    async (request) => {
      // In this thread: the server's requests are few and small; `fond import` is the tool for large batches.
      const outcomes = await importSources(request.body.paths, store, {
        authority,
        force: request.body.force,
        jobs: 1,
      })
      return {
        files: outcomes.map(({ path, sourceId, status, documents, notes, errors, warnings }) => ({
          path,
          sourceId,
          status,
          documents,
          notes,
          errors,
          warnings,
        })),
      }
    },
  )
}
