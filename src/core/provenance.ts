import type { SourceId } from './ids.ts'
import type { Quote, Span } from './span.ts'

/**
 * Where a stored item came from: its source, the span in the original file, the quoted text with context,
 * the 1-based lines it covers, and the rule that made it.
 */
export interface Provenance {
  readonly sourceId: SourceId
  /** UTF-16 offsets into the original file, decoded as UTF-8. */
  readonly span: Span
  readonly quote: Quote
  readonly lineStart: number
  readonly lineEnd: number
  /** Which rule produced it, e.g. 'segment/letters:heading'. */
  readonly rule: string
}
