import type { Diagnostic } from './diagnostic.ts'
import type { Document, EditorialSpan, Note, NoteMarker } from './document.ts'
import type { Entity } from './entity.ts'
import type { Fact } from './fact.ts'
import type { SourceId } from './ids.ts'
import type { Mention } from './mention.ts'
import type { GlossaryEntry, IndexEntry, WitnessSet } from './reference.ts'
import type { SourceFile, SourceText } from './source.ts'

/** What the segment stage makes of one source: its document tree, notes and reference apparatus. */
export interface SegmentResult {
  readonly documents: readonly Document[]
  readonly notes: readonly Note[]
  readonly markers: readonly NoteMarker[]
  readonly editorial: readonly EditorialSpan[]
  readonly glossary: readonly GlossaryEntry[]
  readonly index: readonly IndexEntry[]
  readonly witnesses: readonly WitnessSet[]
}

/** Everything the pipeline made of one source file. Spans point into `text.text` unless stated. */
export interface PipelineResult {
  readonly file: SourceFile
  readonly text?: SourceText
  readonly segments?: SegmentResult
  /** Dates, archival citations and names found in the text, resolved to entities where possible. */
  readonly mentions?: readonly Mention[]
  /** The entities this source's mentions refer to (authority entities and clusters of new names). */
  readonly entities?: readonly Entity[]
  /** Dated claims about the world the source describes, each with the passages it rests on. */
  readonly facts?: readonly Fact[]
  /** Places are raw offsets into the original file. */
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * What a stage gets besides its input. `report` takes a diagnostic whose place is a span of the stage's
 * input text; the pipeline maps it back to the original file.
 */
export interface StageContext {
  readonly sourceId: SourceId
  report(diagnostic: Diagnostic): void
}

/** An empty segment result, for sources that have no structure yet or could not be read. */
export function emptySegmentResult(): SegmentResult {
  return { documents: [], notes: [], markers: [], editorial: [], glossary: [], index: [], witnesses: [] }
}
