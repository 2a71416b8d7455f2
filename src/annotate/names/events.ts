import type { Entity, NameMention } from '../../core/index.ts'
import { findCongresses } from './congress-ordinals.ts'
import { phraseMatcher } from './phrase-matcher.ts'

/**
 * Finds events: party congresses and conferences by their ordinals, and named events of the authority data (the
 * Declaration of the 46, the Kronstadt rebellion, the Lenin levy). A lexicon match inside a congress is dropped.
 * @example findEvents('at the XIIth Congress', authority)[0].candidates // ['event:party-congress-12']
 */
export function findEvents(text: string, authority: readonly Entity[]): NameMention[] {
  const congresses = findCongresses(text)
  const named = phraseMatcher(
    authority,
    'event',
  )(text).filter(
    (event) => !congresses.some((c) => c.span.start < event.span.end && event.span.start < c.span.end),
  )
  return [...congresses, ...named]
}
