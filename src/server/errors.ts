import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, UsageError } from '../core/index.ts'

/** The stable codes of the API's errors. */
export type ErrorCode = 'not-found' | 'bad-request' | 'unauthorized' | 'too-large' | 'internal'

/** The body of every error response. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string }
}

/** An error a route raises on purpose, with the status and code to answer with. */
export class HttpError extends Error {
  readonly statusCode: number
  readonly code: ErrorCode
  constructor(statusCode: number, code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'HttpError'
    this.statusCode = statusCode
    this.code = code
  }
}

/**
 * Builds an error body.
 * @example errorBody('not-found', 'Cannot find document "doc:x"') // { error: { code: 'not-found', message: … } }
 */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } }
}

/** The status and body for an error: known classes map to their code, anything else is an internal error. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } | undefined {
  if (error instanceof HttpError)
    return { status: error.statusCode, body: errorBody(error.code, error.message) }
  if (error instanceof NotFoundError) return { status: 404, body: errorBody('not-found', error.message) }
  // Fastify's own client errors first (failed validation, a malformed or too large body, a wrong content type):
  // some are RangeErrors with a status of their own (413).
  const fastifyError = error as Partial<FastifyError>
  const status = fastifyError.statusCode
  if (fastifyError.validation !== undefined || (status !== undefined && status >= 400 && status < 500)) {
    const code: ErrorCode =
      status === 404
        ? 'not-found'
        : status === 401
          ? 'unauthorized'
          : status === 413
            ? 'too-large'
            : 'bad-request'
    return { status: status ?? 400, body: errorBody(code, String(fastifyError.message)) }
  }
  if (error instanceof UsageError || error instanceof RangeError || error instanceof SyntaxError)
    return { status: 400, body: errorBody('bad-request', error.message) }
  return undefined
}

/**
 * Installs the one error handler of the server and the handler of unknown routes: every error is JSON with a
 * stable code; unexpected errors are logged with their stack and answered without it.
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const known = toErrorResponse(error)
    if (known !== undefined) return reply.status(known.status).send(known.body)
    request.log.error({ err: error }, 'Unexpected error')
    return reply.status(500).send(errorBody('internal', 'The server failed to answer: see its log'))
  })
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody('not-found', `Cannot find route "${request.method} ${request.url}"`)),
  )
}
