/** Store: the storage port and its adapters. SQLite (one file) is the default. */

export { eachEdition, loadEditions } from './load-editions.ts'
export type { EntitySummary } from './merge-entities.ts'
export { mergeEntities } from './merge-entities.ts'
export { createPostgresStore, type PostgresStoreOptions } from './postgres/create-postgres-store.ts'
export type { SearchTerm } from './search-text.ts'
export { MARK_END, MARK_START, parseSearchText } from './search-text.ts'
export type { SqliteStoreOptions } from './sqlite/create-sqlite-store.ts'
export { createSqliteStore } from './sqlite/create-sqlite-store.ts'
export type {
  DiagnosticFilter,
  DocumentFilter,
  DocumentListing,
  DocumentMatches,
  DocumentSearch,
  DocumentSearchHit,
  DocumentSnippet,
  EntityDocument,
  EntityDocumentFilter,
  EntityFilter,
  MentionFilter,
  ReuseFilter,
  SnippetRequest,
  SourceSummary,
  Store,
} from './store.ts'
