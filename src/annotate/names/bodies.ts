import type { Entity, NameMention } from '../../core/index.ts'
import { phraseMatcher } from './phrase-matcher.ts'

/**
 * Finds party and state bodies named in the authority data: "Politburo", "Political Bureau", "CC", "STO", "RKP/b".
 * @example findBodies('the CC and CCC', authority).map((m) => m.surface) // ['CC', 'CCC']
 */
export function findBodies(text: string, authority: readonly Entity[]): NameMention[] {
  return phraseMatcher(authority, 'body')(text)
}
