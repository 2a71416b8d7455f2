import { timingSafeEqual } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import type { Entity } from '../core/index.ts'
import type { Store } from '../store/index.ts'
import { HttpError, installErrorHandlers } from './errors.ts'
import { createImportJobs } from './import-jobs.ts'
import { registerDocumentRoutes } from './routes/documents.ts'
import { registerEntityRoutes } from './routes/entities.ts'
import { registerExportRoutes } from './routes/export.ts'
import { registerFactRoutes } from './routes/facts.ts'
import { registerImportRoutes } from './routes/import.ts'
import { registerReportRoutes } from './routes/reports.ts'
import { registerReuseRoutes } from './routes/reuse.ts'
import { registerSearchRoutes } from './routes/search.ts'
import { registerSourceRoutes } from './routes/sources.ts'
import { registerUploadRoutes } from './routes/upload.ts'
import { installSecurityHeaders } from './security-headers.ts'
import { DEFAULT_WEB_ROOT, installStaticFiles } from './static-files.ts'
import { warmUp } from './warm-up.ts'

export interface AppOptions {
  readonly store: Store
  /** The access token that import (and later editing) requires; without one the server is read-only. */
  readonly token?: string
  /** Authority entities that imports resolve names against (the CLI passes bundled and user data). @default [] */
  readonly authority?: readonly Entity[]
  /** Folder of the built web edition. @default web/dist at the project's root */
  readonly webRoot?: string
  /** Folder that uploaded files are written to before they are imported. @default fond-uploads in the temp folder */
  readonly uploadDir?: string
  /** Most bytes of file content one upload may carry. @default 50 MB */
  readonly maxUploadBytes?: number
  /** Fastify's logger option. @default false */
  readonly logger?: boolean | { readonly level: string }
  /**
   * Builds what the server keeps per store revision (entity index, who mentions whom, labels) as soon as it is
   * ready and again after each import, before anyone asks: at 100 MB the first search would wait 1.5 s for it.
   * `fond serve` turns it on. @default false
   */
  readonly warm?: boolean
}

/** What every route module gets: the store, and the check for the access token. */
export interface RouteContext {
  readonly store: Store
  readonly authority: readonly Entity[]
  /** Throws a 401 unless the request carries the configured token (always, when none is configured). */
  requireToken(request: FastifyRequest): void
}

/**
 * Builds the HTTP server: the REST API under /api with its OpenAPI document at /api/openapi.json, one error
 * handler, strict security headers, and the web edition (or a page listing the API) at /.
 * @example const app = createApp({ store }); const reply = await app.inject('/api/sources')
 */
export function createApp(options: AppOptions): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } },
  })
  installErrorHandlers(app)
  installSecurityHeaders(app)
  void app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'fond',
        version: '0.1.0',
        description:
          'A cited, searchable digital edition of historical sources: documents, notes, mentions, entities and facts, each with its passage.',
      },
      components: {
        securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
      },
    },
  })
  const context: RouteContext = {
    store: options.store,
    authority: options.authority ?? [],
    requireToken: (request) => checkToken(request, options.token),
  }
  let closing = false
  let warming: Promise<void> = Promise.resolve()
  const warm = () => {
    if (!options.warm || closing) return
    warming = warmUp(options.store).catch((error: unknown) => {
      if (!closing) app.log.warn({ err: error }, 'Building the per-revision indexes failed')
    })
  }
  const jobs = createImportJobs(context, {
    onError: (error) => app.log.error({ err: error }, 'Import job failed'),
    onImported: warm,
  })
  app.addHook('onReady', async () => warm())
  // Closing waits for running imports, so none writes to a store its owner is about to close.
  app.addHook('onClose', async () => {
    closing = true
    await jobs.idle()
    await warming
  })
  void app.register(async (api) => {
    registerSourceRoutes(api, context)
    registerDocumentRoutes(api, context)
    registerSearchRoutes(api, context)
    registerEntityRoutes(api, context)
    registerFactRoutes(api, context)
    registerReportRoutes(api, context)
    registerReuseRoutes(api, context)
    registerImportRoutes(api, context, jobs)
    registerUploadRoutes(
      api,
      context,
      {
        folder: options.uploadDir ?? join(tmpdir(), 'fond-uploads'),
        maxBytes: options.maxUploadBytes ?? 50 * 1024 * 1024,
      },
      jobs,
    )
    registerExportRoutes(api, context)
    api.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger())
    installStaticFiles(api, options.webRoot ?? DEFAULT_WEB_ROOT)
  })
  return app
}

function checkToken(request: FastifyRequest, token: string | undefined): void {
  if (token === undefined || token === '') {
    throw new HttpError(
      401,
      'unauthorized',
      'The server is read-only: start it with --token or FOND_TOKEN to allow this',
    )
  }
  const header = request.headers.authorization ?? ''
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '')
  const expected = Buffer.from(token)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpError(
      401,
      'unauthorized',
      'Missing or wrong access token: send "Authorization: Bearer <token>"',
    )
  }
}
