/** Annotate: segmented source → mentions (dates, archival citations, names of people, bodies, places, events). */
export { annotate } from './annotate.ts'
export type { AnnotateOptions } from './annotate-options.ts'
