import type { Entity, Mention, SegmentResult, SourceText } from '../core/index.ts'

/** What the extractors read: the source, its segments, its resolved mentions and the entities they refer to. */
export interface ExtractInput {
  readonly text: SourceText
  readonly segments: SegmentResult
  readonly mentions: readonly Mention[]
  /** Entities referred to plus the authority (bodies with their variants, glossary people). */
  readonly entities: readonly Entity[]
}
