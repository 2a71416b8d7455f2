import type { DateMention, SegmentResult, SourceText, StageContext } from '../../core/index.ts'

/** Finds every date expression in the text, with its value, qualifier and certainty. */
export function findDates(
  _text: SourceText,
  _segments: SegmentResult,
  _context: StageContext,
): DateMention[] {
  return []
}
