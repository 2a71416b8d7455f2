/** The pipeline: the only module that knows the stage order (ingest → segment → …). */
export type { PipelineOptions } from './run-pipeline.ts'
export { runPipeline } from './run-pipeline.ts'
export { toEdition } from './to-edition.ts'
