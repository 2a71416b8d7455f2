/** Resolve: mentions + authority → one entity per real referent. */
export { authorityFromSources } from './authority-from-sources.ts'
export { findEntities } from './find-entities.ts'
export type { ResolveOptions } from './resolve.ts'
export { resolve } from './resolve.ts'
