import type { SegmentResult, SourceText, StageContext } from '../core/index.ts'
import { createId, emptySegmentResult, hashKey } from '../core/index.ts'

/**
 * Splits a source text into its document tree, notes and reference apparatus.
 * @example segment(text, context).documents[0]?.type // 'source'
 */
export function segment(text: SourceText, _context: StageContext): SegmentResult {
  const root = {
    id: createId('doc', hashKey(text.sourceId, 'root')),
    sourceId: text.sourceId,
    type: 'source' as const,
    title: text.title ?? 'Untitled source',
    span: { start: 0, end: text.text.length },
    addressees: [],
    insertions: [],
    blocks: [],
    order: 0,
    rule: 'segment:source-root',
  }
  return { ...emptySegmentResult(), documents: [root] }
}
