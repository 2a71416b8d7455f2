import type { CitationMention, SegmentResult, SourceText, StageContext } from '../../core/index.ts'

/** Finds every archival citation (archive, fond, opis, delo, list), resolving "Ibid." within a note sequence. */
export function findCitations(
  _text: SourceText,
  _segments: SegmentResult,
  _context: StageContext,
): CitationMention[] {
  return []
}
