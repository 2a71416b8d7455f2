import type { NameMention, SegmentResult, SourceText, StageContext } from '../../core/index.ts'
import type { AnnotateOptions } from '../annotate-options.ts'

/** Finds names of people, bodies, places and events (unresolved: `entityId` is set by the resolve stage). */
export function findNames(
  _text: SourceText,
  _segments: SegmentResult,
  _options: AnnotateOptions,
  _context: StageContext,
): NameMention[] {
  return []
}
