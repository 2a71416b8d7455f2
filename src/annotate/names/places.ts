import type { Entity, NameMention } from '../../core/index.ts'
import { phraseMatcher } from './phrase-matcher.ts'

/**
 * Finds places named in the authority data, under any of their historical names: Peter, Petrograd, Leningrad; Tiflis.
 * @example findPlaces('left Tiflis', authority)[0].surface // 'Tiflis'
 */
export function findPlaces(text: string, authority: readonly Entity[]): NameMention[] {
  return phraseMatcher(authority, 'place')(text)
}
