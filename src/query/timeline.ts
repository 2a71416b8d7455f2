import type { FactRecord } from '../core/index.ts'
import type { EntityRef } from './entity-ref.ts'
import { refersTo, toEntityRef } from './entity-ref.ts'
import { startDay } from './fact-date.ts'
import type { Passage } from './passage.ts'
import { passagesOf } from './passage.ts'
import { readLetter } from './read-letter.ts'

/** How the entity takes part in a fact of its timeline. */
export type TimelinePart = 'subject' | 'object' | 'sender' | 'addressee' | 'reader'

/** One entry of a timeline: a post, life event, letter, event or relation, with where it is stated. */
export interface TimelineEntry {
  /** First day the fact may date from (`YYYY-MM-DD`); undefined when undated. */
  readonly day?: string
  readonly part: TimelinePart
  readonly fact: FactRecord
  readonly passages: readonly Passage[]
}

function partOf(fact: FactRecord, ref: EntityRef): TimelinePart | undefined {
  if (refersTo(ref, fact.subject)) return 'subject'
  if (fact.type === 'correspondence') {
    const letter = readLetter(fact)
    if (letter.senders.some((s) => refersTo(ref, s))) return 'sender'
    if (letter.addressees.some((a) => refersTo(ref, a))) return 'addressee'
    if (letter.readers.some((r) => refersTo(ref, r))) return 'reader'
    return undefined
  }
  return refersTo(ref, fact.object) ? 'object' : undefined
}

/**
 * Every post, life event, letter, event and relation of an entity, in date order (by the first day each may date
 * from; undated last, in the order given), each with its passages (worked out when first read: a page of a long
 * timeline costs only its own).
 * @example timeline(facts, 'person:molotov-v-m').map((e) => e.fact.predicate)
 */
export function timeline(facts: readonly FactRecord[], entity: string | EntityRef): TimelineEntry[] {
  const ref = toEntityRef(entity)
  const found: { entry: TimelineEntry; order: number }[] = []
  facts.forEach((fact, order) => {
    const part = partOf(fact, ref)
    if (part === undefined) return
    const day = startDay(fact.start) ?? startDay(fact.end)
    found.push({ entry: entryOf(fact, part, day), order })
  })
  return found
    .sort((a, b) => {
      const [x, y] = [a.entry.day, b.entry.day]
      if (x === undefined || y === undefined)
        return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.order - b.order
      return x.localeCompare(y) || a.order - b.order
    })
    .map(({ entry }) => entry)
}

/** A timeline entry whose passages are read from the fact's evidence once, when first asked for. */
function entryOf(fact: FactRecord, part: TimelinePart, day: string | undefined): TimelineEntry {
  let passages: readonly Passage[] | undefined
  return {
    ...(day === undefined ? {} : { day }),
    part,
    fact,
    get passages() {
      passages ??= passagesOf(fact)
      return passages
    },
  }
}
