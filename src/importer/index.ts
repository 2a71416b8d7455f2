/**
 * Importer: the edge that reads source files and authority data from disk, runs the pipeline on them (in worker
 * threads when there are cores to spare) and saves each edition in the store. Used by the CLI and the server.
 * @example await importSources(['../shared/corpus'], store, { authority: loadAuthority(authorityFolders(undefined)) })
 */
export type { ImportOptions, ImportOutcome } from './import-sources.ts'
export { displayName, expandPaths, importSources } from './import-sources.ts'
export { authorityFolders, BUNDLED_AUTHORITY_DIR, loadAuthority } from './load-authority.ts'
export { readSourceFile, sourceIdFor } from './read-source-file.ts'
export type { ReuseSummary } from './update-reuse.ts'
export { reuseDocuments, updateReuse } from './update-reuse.ts'
