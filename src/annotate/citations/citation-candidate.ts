import type { SegmentResult, Span, StageContext } from '../../core/index.ts'
import type { ArchiveLookup } from './archive-authority.ts'

/** The levels of an archival reference, from the archive down to the leaf, in order. */
export const CITATION_LEVELS = ['archive', 'fond', 'opis', 'delo', 'volume', 'list'] as const

export type CitationLevel = (typeof CITATION_LEVELS)[number]

/** The fields read from the text of a citation (values as printed, verso marks normalised to "ob"). */
export interface CitationFields {
  archive?: string
  archiveAsPrinted?: string
  fond?: string
  opis?: string
  delo?: string
  volume?: string
  list?: string
  listEnd?: string
  /** Every leaf or leaf range as printed, when more than one is cited ("124", "127ob", "16–17"). */
  lists?: string[]
}

/**
 * What a parser found, before refiners resolve it:
 * - `full`: a self-standing citation (archive and/or fond, opis, delo);
 * - `ibid`: "Ibid." with archival fields ("Ibid., d. 615") or bare ("Ibid."), resolved against the previous one;
 * - `continuation`: "…, and d. 514, l. 2", which continues the citation just before it;
 * - `bibliographic-ibid`: "Ibid., p. 678", an Ibid. of a printed source, which is not an archival citation.
 */
export interface CitationCandidate {
  readonly kind: 'full' | 'ibid' | 'continuation' | 'bibliographic-ibid'
  readonly span: Span
  readonly fields: CitationFields
  /** Fields taken from an earlier citation. */
  readonly inherited?: readonly CitationLevel[]
  /** The parser that found it, e.g. 'archival-fond-opis-delo'. */
  readonly rule: string
  readonly confidence: number
}

/** What parsers and refiners get besides the candidates. */
export interface CitationContext {
  /** The normalised text. */
  readonly text: string
  readonly segments: SegmentResult
  readonly archives: ArchiveLookup
  /** The note sequence or document a span stands in: Ibid. resolves only within one. */
  sequenceOf(span: Span): string
  report: StageContext['report']
}

/** Finds candidates of one citation form in the text. */
export interface CitationParser {
  readonly name: string
  find(context: CitationContext): CitationCandidate[]
}

/** Turns the parsers' candidates into the final ones: resolves, merges, drops. */
export interface CitationRefiner {
  readonly name: string
  refine(candidates: readonly CitationCandidate[], context: CitationContext): CitationCandidate[]
}
