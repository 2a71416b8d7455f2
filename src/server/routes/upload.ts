import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { RouteContext } from '../app.ts'
import { HttpError } from '../errors.ts'
import type { ImportJobs } from '../import-jobs.ts'
import { type UploadedFile, writeUploads } from '../upload-files.ts'
import { ASYNC_PARAMETER, answerImport, importResponses } from './import.ts'

/** Where and how much may be uploaded. */
export interface UploadOptions {
  /** Folder the uploaded files are written to before they are imported. */
  readonly folder: string
  /** Most bytes of file content one request may carry. */
  readonly maxBytes: number
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

type UploadQuery = { name?: string; force: boolean; async: boolean }

interface JsonUpload {
  files: { name: string; content: string }[]
  force: boolean
}

/**
 * POST /api/upload: import files sent in the request, needs the access token. One file as the raw body
 * (`application/octet-stream`, its name in the `X-File-Name` header, URL-encoded, or the `name` query parameter),
 * or several as JSON `{ "files": [{ "name", "content" (base64) }] }`. A name may be a relative path (a folder
 * uploaded whole); only its last segment names the source. With `?async=true` it answers 202 with an import job.
 */
export function registerUploadRoutes(
  api: FastifyInstance,
  context: RouteContext,
  options: UploadOptions,
  jobs: ImportJobs,
): void {
  // Encapsulated, so the raw-bytes parser serves this route only.
  void api.register(async (app) => {
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    )
    app.post<{ Querystring: UploadQuery; Body: Buffer | JsonUpload }>(
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
              async: ASYNC_PARAMETER,
            },
          },
          response: importResponses(401, 413),
        },
      },
      async (request, reply) => {
        const { files, force } = uploadedFiles(request)
        const size = files.reduce((sum, file) => sum + file.bytes.length, 0)
        if (size > options.maxBytes)
          throw new HttpError(
            413,
            'too-large',
            `Cannot accept ${size} bytes of files: the limit is ${options.maxBytes} bytes per upload`,
          )
        const paths = await writeUploads(options.folder, files)
        const names = new Map(paths.map((path, index) => [path, (files[index] as UploadedFile).name]))
        return answerImport(reply, jobs, { paths, names, force, async: request.query.async })
      },
    )
  })
}

/** The files of a request, from a raw body or from JSON. */
function uploadedFiles(request: FastifyRequest<{ Querystring: UploadQuery }>): {
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
