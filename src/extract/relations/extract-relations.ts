import type { Fact, StageContext } from '../../core/index.ts'
import { entityNames } from '../events/entity-names.ts'
import { indexMentions, mentionFrequency, proseSentences } from '../events/text-helpers.ts'
import type { ExtractInput } from '../extract-options.ts'
import { informalBodies } from './informal-bodies.ts'
import { structureSentences } from './structure-sentences.ts'

/**
 * The structure of the system: which body elects, appoints or answers to which, renamings and mergers, and
 * informal bodies with how the sources characterise them (contradictory statements kept side by side).
 * @example extractRelations(input, context).filter((f) => f.predicate === 'renamed-to')
 */
export function extractRelations(input: ExtractInput, context: StageContext): Fact[] {
  const { text } = input.text
  const mentions = indexMentions(input.mentions)
  const names = entityNames(input.entities, mentionFrequency(input.mentions))
  const sentences = proseSentences(text, input.segments.documents)
  return [
    ...structureSentences(text, sentences, context.sourceId, mentions),
    ...informalBodies(text, sentences, context.sourceId, mentions, names),
  ]
}
