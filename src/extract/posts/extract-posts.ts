import type { Fact, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { extractGlossaryBiographies } from './glossary-biographies.ts'
import { extractMembershipStatements } from './membership-statements.ts'
import { extractNoteIdentifications } from './note-identifications.ts'
import { extractAppositions } from './running-text-appositions.ts'

/** Posts held and life events, from glossary biographies, appositions, notes and membership statements. */
export function extractPosts(input: ExtractInput, context: StageContext): Fact[] {
  return [
    ...extractGlossaryBiographies(input, context),
    ...extractMembershipStatements(input, context),
    ...extractAppositions(input, context),
    ...extractNoteIdentifications(input, context),
  ]
}
