import type { Fact, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'

/** Every letter and telegram as sender → addressees, with date (or bounds), place and readers. */
export function extractCorrespondence(_input: ExtractInput, _context: StageContext): Fact[] {
  return []
}
