import type { Fact, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { datedMeetings } from './dated-events.ts'
import { decisionDocuments, decisionSentences } from './decisions.ts'
import { entityNames } from './entity-names.ts'
import { indexMentions, mentionFrequency, proseSentences } from './text-helpers.ts'

/**
 * Events and decisions: congresses, conferences and plenums with their dates, and decisions of bodies (from
 * sentences and from the quoted resolutions the segment stage found), each with the archive file cited for it.
 * @example extractEvents(input, context).filter((f) => f.predicate === 'decided')
 */
export function extractEvents(input: ExtractInput, context: StageContext): Fact[] {
  const { text } = input.text
  const mentions = indexMentions(input.mentions)
  const names = entityNames(input.entities, mentionFrequency(input.mentions))
  const sentences = proseSentences(text, input.segments.documents)
  return [
    ...datedMeetings(text, sentences, context.sourceId, mentions),
    ...decisionSentences(
      text,
      sentences,
      context.sourceId,
      mentions,
      input.segments.notes,
      input.segments.markers,
    ),
    ...decisionDocuments(input.segments.documents, text, context.sourceId, mentions, names),
  ]
}
