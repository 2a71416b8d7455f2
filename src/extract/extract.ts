import type { Fact, StageContext } from '../core/index.ts'
import { extractCorrespondence } from './correspondence/extract-correspondence.ts'
import { extractEvents } from './events/extract-events.ts'
import type { ExtractInput } from './extract-options.ts'
import { extractPosts } from './posts/extract-posts.ts'
import { extractRelations } from './relations/extract-relations.ts'

/**
 * Reads the facts a source states: posts held, life events, correspondence. Each fact rests on at least one passage.
 * @example extract({ text, segments, mentions, entities }, context).filter((f) => f.type === 'post')
 */
export function extract(input: ExtractInput, context: StageContext): Fact[] {
  return [
    ...extractPosts(input, context),
    ...extractCorrespondence(input, context),
    ...extractEvents(input, context),
    ...extractRelations(input, context),
  ]
}
