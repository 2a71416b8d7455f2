import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { homePage } from './home-page.ts'

/** Where the built web edition is expected (web/dist at the project's root). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url))

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/** The file under `root` that a URL path names, or undefined (never a path outside `root`). */
export function findStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const base = resolve(root)
  const path = resolve(base, `.${normalize(`/${decoded}`)}`)
  if (path !== base && !path.startsWith(base + sep)) return undefined
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path
  return existsSync(file) && statSync(file).isFile() ? file : undefined
}

/**
 * Serves the built web edition from `root` when it exists (unknown paths get its index.html, so the app's own
 * routes work on reload); until it is built, `/` is a small page that lists the API.
 */
export function installStaticFiles(app: FastifyInstance, root: string): void {
  const built = existsSync(join(root, 'index.html'))
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    if (!built) return reply.type('text/html; charset=utf-8').send(homePage())
    return sendFile(reply, join(root, 'index.html'))
  })
  if (!built) return
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    // An unknown API route is an API error, not a page of the app.
    if (request.url.startsWith('/api/')) return reply.callNotFound()
    const file = findStaticFile(root, request.url) ?? join(root, 'index.html')
    return sendFile(reply, file)
  })
}

function sendFile(reply: FastifyReply, file: string) {
  return reply.type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream').send(readFileSync(file))
}
