import { annotate } from '../annotate/index.ts'
import type { Diagnostic, Entity, PipelineResult, SourceFile, StageContext } from '../core/index.ts'
import { extract } from '../extract/index.ts'
import { ingest } from '../ingest/index.ts'
import { authorityFromSources, resolve } from '../resolve/index.ts'
import { segment, segmentApparatus } from '../segment/index.ts'

export interface PipelineOptions {
  /**
   * Known entities: bundled authority data and the glossaries and indexes of other sources. The source's own
   * glossary and index are added to them.
   * @default []
   */
  readonly authority?: readonly Entity[]
}

/**
 * Runs the stages in order on one file: ingest → segment → annotate → resolve → extract. The only place that knows the stage order.
 * Stage diagnostics with a place in the normalised text are mapped back to the original file.
 * @example runPipeline(file).segments?.documents.length
 */
export function runPipeline(file: SourceFile, options: PipelineOptions = {}): PipelineResult {
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
  const authority = [...(options.authority ?? []), ...authorityFromSources(segments)]
  const found = annotate(text, segments, { authority }, context)
  const { mentions, entities } = resolve(found, { authority, text: text.text, segments }, context)
  // People as resolution merged them (a glossary person joined to the bundled entity); bodies, places and events
  // of the whole authority, which extractors look institutions up in.
  const others = authority.filter((entity) => entity.type !== 'person')
  const facts = extract({ text, segments, mentions, entities: mergeById(entities, others) }, context)
  return { file, text, segments, mentions, entities, facts, diagnostics }
}

/** Entities by id, the first of each id kept. */
function mergeById(...lists: readonly (readonly Entity[])[]): Entity[] {
  const byId = new Map<string, Entity>()
  for (const list of lists) for (const entity of list) if (!byId.has(entity.id)) byId.set(entity.id, entity)
  return [...byId.values()]
}

/**
 * The entities a source defines in its own apparatus (its glossary of names and its index), from the first two
 * stages only: cheap enough to run over a whole batch first, so that every source is then resolved with the
 * authority of all the others whatever the order of the files.
 * @example collectAuthority(file).filter((e) => e.type === 'person').length
 */
export function collectAuthority(file: SourceFile): Entity[] {
  const text = ingest(file).text
  if (text === undefined) return []
  return authorityFromSources(segmentApparatus(text, { sourceId: file.id, report() {} }))
}
