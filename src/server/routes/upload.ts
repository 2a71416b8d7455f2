import { basename } from 'node:path'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { importSources } from '../../importer/index.ts'
import type { Store } from '../../store/index.ts'
import type { RouteContext } from '../app.ts'
import { HttpError } from '../errors.ts'
import { OPEN_ARRAY, responses } from '../schemas.ts'
import { type UploadedFile, writeUploads } from '../upload-files.ts'

/** Where and how much may be uploaded. */
export interface UploadOptions {
  /** Folder the uploaded files are written to before they are imported. */
  readonly folder: string
  /** Most bytes of file content one request may carry. */
  readonly maxBytes: number
}

/** How many diagnostics of each file the answer lists (the counts are complete). */
const DIAGNOSTIC_LIMIT = 20
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

interface JsonUpload {
  files: { name: string; content: string }[]
  force: boolean
}

/**
 * POST /api/upload: import files sent in the request, needs the access token. One file as the raw body
 * (`application/octet-stream`, its name in the `X-File-Name` header, URL-encoded, or the `name` query parameter),
 * or several as JSON `{ "files": [{ "name", "content" (base64) }] }`. The names only name the sources.
 */
export function registerUploadRoutes(
  api: FastifyInstance,
  context: RouteContext,
  options: UploadOptions,
): void {
  // Encapsulated, so the raw-bytes parser serves this route only.
  void api.register(async (app) => {
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    )
    app.post<{ Querystring: { name?: string; force: boolean }; Body: Buffer | JsonUpload }>(
      '/api/upload',
      {
        // Room for base64 (4 bytes for 3) and the JSON around it; the content itself is checked after decoding.
        bodyLimit: Math.ceil((options.maxBytes * 4) / 3) + 64 * 1024,
        onRequest: async (request) => context.requireToken(request),
        schema: {
          summary:
            'Upload files and import them (raw bytes or JSON with base64 content); needs the access token',
          tags: ['import'],
          security: [{ token: [] }],
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 1000 },
              force: { type: 'boolean', default: false },
            },
          },
          response: responses({ type: 'object', properties: { files: OPEN_ARRAY } }, 401, 413),
        },
      },
      async (request) => {
        const { files, force } = uploadedFiles(request)
        const size = files.reduce((sum, file) => sum + file.bytes.length, 0)
        if (size > options.maxBytes)
          throw new HttpError(
            413,
            'too-large',
            `Cannot accept ${size} bytes of files: the limit is ${options.maxBytes} bytes per upload`,
          )
        const paths = await writeUploads(options.folder, files)
        return { files: await importUploads(paths, context, force) }
      },
    )
  })
}

/** The files of a request, from a raw body or from JSON. */
function uploadedFiles(request: FastifyRequest<{ Querystring: { name?: string; force: boolean } }>): {
  files: UploadedFile[]
  force: boolean
} {
  const body = request.body as Buffer | Partial<JsonUpload> | undefined
  if (Buffer.isBuffer(body)) {
    const header = request.headers['x-file-name']
    const encoded = request.query.name ?? (typeof header === 'string' ? header : undefined)
    if (encoded === undefined)
      throw new HttpError(400, 'bad-request', 'Missing file name: send "X-File-Name" or "?name="')
    return { files: [{ name: decodeName(encoded), bytes: body }], force: request.query.force }
  }
  if (body === undefined || body === null || !Array.isArray(body.files) || body.files.length === 0)
    throw new HttpError(400, 'bad-request', 'Missing files: send { "files": [{ "name", "content" }] }')
  if (body.files.length > 1000) throw new HttpError(400, 'bad-request', 'Cannot accept more than 1000 files')
  const files = body.files.map((file) => {
    const name = typeof file?.name === 'string' ? file.name : ''
    const content = typeof file?.content === 'string' ? file.content.replace(/\s+/g, '') : undefined
    if (content === undefined || !BASE64.test(content))
      throw new HttpError(400, 'bad-request', `Invalid content of "${name}": send it as base64`)
    return { name, bytes: Buffer.from(content, 'base64') }
  })
  return { files, force: body.force === true || request.query.force }
}

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded)
  } catch {
    throw new HttpError(400, 'bad-request', `Invalid file name "${encoded}": URL-encode it`)
  }
}

/** Imports the written files and answers with each outcome, named as uploaded, with its first diagnostics. */
async function importUploads(paths: readonly string[], { store, authority }: RouteContext, force: boolean) {
  // In this thread: an upload is a few files; `fond import` is the tool for large batches.
  const outcomes = await importSources(paths, store, { authority, force, jobs: 1 })
  return Promise.all(
    outcomes.map(async ({ path, sourceId, status, bytes, documents, notes, errors, warnings }) => ({
      name: basename(path),
      sourceId,
      status,
      bytes,
      documents,
      notes,
      errors,
      warnings,
      diagnostics: await diagnosticsOf(store, sourceId),
    })),
  )
}

async function diagnosticsOf(store: Store, sourceId: string) {
  const all = await store.listDiagnostics({ source: sourceId })
  return all
    .filter((d) => d.severity !== 'info')
    .slice(0, DIAGNOSTIC_LIMIT)
    .map(({ severity, ruleId, reason, line }) => ({ severity, ruleId, reason, line: line ?? null }))
}
