import type { Fact, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'

/** Posts held and life events, from glossary biographies, appositions, notes and membership statements. */
export function extractPosts(_input: ExtractInput, _context: StageContext): Fact[] {
  return []
}
