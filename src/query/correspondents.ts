import type { FactRecord } from '../core/index.ts'
import type { EntityRef } from './entity-ref.ts'
import { refersTo, toEntityRef } from './entity-ref.ts'
import type { Passage } from './passage.ts'
import { passagesOf } from './passage.ts'
import { readLetter } from './read-letter.ts'

/** Which way letters went between the person asked about and a correspondent. */
export type LetterDirection =
  /** The person wrote to the correspondent. */
  | 'wrote-to'
  /** The correspondent wrote to the person. */
  | 'written-by'
  /** The person asked that the correspondent be shown the letter. */
  | 'shown-to'

/** A correspondent of a person, one entry per direction, with the letters. */
export interface Correspondent {
  /** Entity id, or the name as printed when unresolved. */
  readonly correspondent: string
  readonly direction: LetterDirection
  readonly count: number
  /** Document ids of the letters, in the order of the facts. */
  readonly letters: readonly string[]
  readonly passages: readonly Passage[]
}

/**
 * Everyone a person wrote to, was written to by, or had a letter shown to, with counts and letter ids; most letters
 * first. The person is an entity id or a ref with names (printed senders and addressees match by name key).
 * `limit` bounds the letters and passages listed with each correspondent (`count` still counts them all).
 * @example correspondents(facts, 'person:stalin-i-v').find((c) => c.direction === 'wrote-to')?.count
 */
export function correspondents(
  facts: readonly FactRecord[],
  person: string | EntityRef,
  options: { readonly limit?: number } = {},
): Correspondent[] {
  const ref = toEntityRef(person)
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  const entries = new Map<
    string,
    { correspondent: string; direction: LetterDirection; facts: Set<FactRecord> }
  >()
  const add = (correspondent: string, direction: LetterDirection, fact: FactRecord) => {
    if (refersTo(ref, correspondent)) return
    const key = `${direction}\u0000${correspondent}`
    const entry = entries.get(key) ?? { correspondent, direction, facts: new Set() }
    entry.facts.add(fact)
    entries.set(key, entry)
  }
  for (const fact of facts) {
    if (fact.type !== 'correspondence') continue
    const letter = readLetter(fact)
    if (letter.senders.some((s) => refersTo(ref, s))) {
      for (const addressee of letter.addressees) add(addressee, 'wrote-to', fact)
      for (const reader of letter.readers) add(reader, 'shown-to', fact)
    }
    if (letter.addressees.some((a) => refersTo(ref, a))) {
      for (const sender of letter.senders) add(sender, 'written-by', fact)
    }
  }
  return [...entries.values()]
    .map(({ correspondent, direction, facts }) => {
      const letters = [...facts]
      const ids = [...new Set(letters.map((f) => f.subject))]
      return {
        correspondent,
        direction,
        count: ids.length,
        letters: ids.slice(0, limit),
        passages: letters.slice(0, limit).flatMap(passagesOf),
      }
    })
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.correspondent.localeCompare(b.correspondent) ||
        a.direction.localeCompare(b.direction),
    )
}
