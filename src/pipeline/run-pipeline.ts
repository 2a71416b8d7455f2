import type { Diagnostic, PipelineResult, SourceFile, StageContext } from '../core/index.ts'
import { ingest } from '../ingest/index.ts'
import { segment } from '../segment/index.ts'

/**
 * Runs the stages in order on one file. The only place that knows the stage order.
 * Stage diagnostics with a place in the normalised text are mapped back to the original file.
 * @example runPipeline(file).segments?.documents.length
 */
export function runPipeline(file: SourceFile): PipelineResult {
  const ingested = ingest(file)
  const diagnostics: Diagnostic[] = [...ingested.diagnostics]
  const text = ingested.text
  if (text === undefined) return { file, diagnostics }
  const context: StageContext = {
    sourceId: file.id,
    report(diagnostic) {
      diagnostics.push(
        diagnostic.place === undefined
          ? diagnostic
          : { ...diagnostic, place: text.map.spanToRaw(diagnostic.place) },
      )
    },
  }
  const segments = segment(text, context)
  return { file, text, segments, diagnostics }
}
