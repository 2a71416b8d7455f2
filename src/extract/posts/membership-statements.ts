import type { Fact, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'

/** Placeholder, filled below. */
export function extractMembershipStatements(_input: ExtractInput, _context: StageContext): Fact[] {
  return []
}
