import type { FastifyInstance, FastifyReply } from 'fastify'
import type { RouteContext } from '../app.ts'
import { HttpError } from '../errors.ts'
import type { ImportJob, ImportJobs, ImportRequest } from '../import-jobs.ts'
import { ERROR_RESPONSE, OPEN_ARRAY, responses } from '../schemas.ts'

/** The JSON schema of an import job (GET /api/imports/{id} and the 202 answers that start one). */
export const IMPORT_JOB = {
  type: 'object',
  required: ['id', 'stage', 'total', 'done', 'files'],
  properties: {
    id: { type: 'string' },
    stage: { type: 'string', enum: ['queued', 'importing', 'done', 'failed'] },
    total: { type: 'integer', description: 'files to import' },
    done: { type: 'integer', description: 'files finished' },
    current: { type: ['string', 'null'], description: 'the file being imported' },
    files: OPEN_ARRAY,
    message: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    finishedAt: { type: ['string', 'null'] },
    url: { type: 'string', description: 'where to follow the job' },
  },
} as const

/** The `async` query parameter of the import routes. */
export const ASYNC_PARAMETER = {
  type: 'boolean',
  default: false,
  description: 'answer 202 with a job at once (follow it at GET /api/imports/{id}) instead of waiting',
} as const

/** The answers of a route that imports: the files when it waits, else 202 and the job. */
export function importResponses(...errors: number[]) {
  return {
    ...responses({ type: 'object', properties: { files: OPEN_ARRAY } }, ...errors),
    '202': IMPORT_JOB,
  }
}

/** A job as answered: the job and the address to follow it at. */
export const jobAnswer = (job: ImportJob) => ({ ...job, url: `/api/imports/${job.id}` })

/**
 * Runs an import as the request asks: in the background (202 with the job, its address in `Location`) or waiting
 * for it (the files' results).
 */
export async function answerImport(
  reply: FastifyReply,
  jobs: ImportJobs,
  request: ImportRequest & { readonly async: boolean },
) {
  if (request.async) {
    const job = jobs.start(request)
    return reply.status(202).header('location', `/api/imports/${job.id}`).send(jobAnswer(job))
  }
  return { files: await jobs.run(request) }
}

/**
 * POST /api/import: import files or folders given by their path on the server; GET /api/imports/{id}: how an
 * import started with `async` is going. Both need the access token.
 */
export function registerImportRoutes(app: FastifyInstance, context: RouteContext, jobs: ImportJobs): void {
  app.post<{ Body: { paths: string[]; force: boolean }; Querystring: { async: boolean } }>(
    '/api/import',
    {
      onRequest: async (request) => context.requireToken(request),
      schema: {
        summary:
          'Import files or folders on the server (unchanged files are skipped); needs the access token',
        tags: ['import'],
        security: [{ token: [] }],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { async: ASYNC_PARAMETER },
        },
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
        response: importResponses(401),
      },
    },
    async (request, reply) =>
      answerImport(reply, jobs, {
        paths: request.body.paths,
        force: request.body.force,
        async: request.query.async,
      }),
  )
  app.get<{ Params: { id: string } }>(
    '/api/imports/:id',
    {
      onRequest: async (request) => context.requireToken(request),
      schema: {
        summary: 'How an import started with ?async=true is going: stage, files done of the total, results',
        tags: ['import'],
        security: [{ token: [] }],
        params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } },
        response: { '200': IMPORT_JOB, '401': ERROR_RESPONSE, '404': ERROR_RESPONSE },
      },
    },
    async (request) => {
      const job = jobs.find(request.params.id)
      if (job === undefined)
        throw new HttpError(404, 'not-found', `Cannot find import "${request.params.id}"`)
      return jobAnswer(job)
    },
  )
}
