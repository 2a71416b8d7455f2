import type { NameMention, SegmentResult, SourceText, StageContext } from '../../core/index.ts'
import type { AnnotateOptions } from '../annotate-options.ts'
import { findBodies } from './bodies.ts'
import { findEvents } from './events.ts'
import { buildPersonLexicon } from './person-lexicon.ts'
import { findPersonNames } from './person-names.ts'
import { findPlaces } from './places.ts'
import { tokenize } from './tokenize.ts'

/**
 * Finds names of people, bodies, places and events (unresolved: `entityId` is set by the resolve stage).
 * People come from the lexicon (`options.authority`) and from name positions; bodies, places and events from the
 * lexicon, congresses and conferences also from their ordinals. A place that is part of a person's name is dropped.
 * @example findNames(text, segments, { authority }, context).filter((m) => m.type === 'person')
 */
export function findNames(
  text: SourceText,
  _segments: SegmentResult,
  options: AnnotateOptions,
  _context: StageContext,
): NameMention[] {
  const tokens = tokenize(text.text)
  const people = findPersonNames(text.text, tokens, buildPersonLexicon(options.authority))
  const covered = new Uint8Array(text.text.length)
  for (const person of people) covered.fill(1, person.span.start, person.span.end)
  const places = findPlaces(text.text, options.authority).filter(
    (place) => !covered.subarray(place.span.start, place.span.end).includes(1),
  )
  return [
    ...people,
    ...findBodies(text.text, options.authority),
    ...places,
    ...findEvents(text.text, options.authority),
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}
