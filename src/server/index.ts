/**
 * The HTTP server of the web edition: a REST API over the store, described by OpenAPI, with strict security headers.
 * @example const app = createApp({ store }); await app.listen({ host: '127.0.0.1', port: 3000 })
 */
export type { AppOptions, RouteContext } from './app.ts'
export { createApp } from './app.ts'
export type { ErrorBody, ErrorCode } from './errors.ts'
export { type SearchRequest, searchDocuments } from './search-documents.ts'
export { CONTENT_SECURITY_POLICY } from './security-headers.ts'
export { warmUp } from './warm-up.ts'
