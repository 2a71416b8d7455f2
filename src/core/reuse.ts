import type { DocumentId, SourceId } from './ids.ts'
import type { Provenance } from './provenance.ts'
import type { Span } from './span.ts'

/** One side of a stored reuse item: the document and the passage, with its provenance in the original file. */
export interface ReusePassageRecord {
  readonly sourceId: SourceId
  readonly documentId: DocumentId
  /** The passage in the source's normalised text. */
  readonly textSpan: Span
  /** Raw offsets, lines and quote with context in the original file, and the rule that found the pair. */
  readonly provenance: Provenance
}

/** Words the alignment matched in both passages: one run of each side, as raw offsets into each original file. */
export interface ReuseLinkRecord {
  readonly a: Span
  readonly b: Span
}

/**
 * Text reuse as stored: a passage of one document found again in another (copied, or in another translation),
 * both passages with provenance, the score, the rule, and the word alignment.
 */
export interface ReuseRecord {
  /** Deterministic: a hash of both passages. */
  readonly id: string
  /** 0 to 1: the IDF-weighted share of the lighter passage's terms that align with the other's. */
  readonly score: number
  /** e.g. 'collate/reuse:verbatim' or 'collate/reuse:paraphrase'. */
  readonly rule: string
  readonly a: ReusePassageRecord
  readonly b: ReusePassageRecord
  readonly alignment: readonly ReuseLinkRecord[]
}
