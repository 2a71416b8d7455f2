/** The pipeline: the only module that knows the stage order (ingest → segment → …). */

/** The ingest stage alone: the importer re-reads a stored source's raw text to map passages back to the file. */
export { ingest } from '../ingest/index.ts'
/** Name search shared with the resolve stage, so that the CLI and server find entities the way resolution does. */
export { findEntities } from '../resolve/index.ts'
export type { PipelineOptions } from './run-pipeline.ts'
export { collectAuthority, runPipeline } from './run-pipeline.ts'
export { toEdition } from './to-edition.ts'
