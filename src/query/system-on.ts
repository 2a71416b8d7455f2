import type { FactRecord } from '../core/index.ts'
import { parseDay } from './fact-date.ts'
import { bodyKeyOf, postIntervals } from './post-intervals.ts'
import type { Holder } from './who-held.ts'
import { holdersOn } from './who-held.ts'

/** A body and who held posts in it on a day. */
export interface BodyOnDay {
  /** Entity id of the body, or the body as printed when unresolved. */
  readonly body: string
  readonly holders: readonly Holder[]
}

/**
 * The state of the whole system on a day: every body with the people who held posts in it, bodies in id order.
 * Posts without a body ("Party member") are left out.
 * @throws RangeError when `on` is not a calendar day as YYYY-MM-DD
 */
export function systemOn(facts: readonly FactRecord[], on: string): BodyOnDay[] {
  const day = parseDay(on)
  if (day === undefined) throw new RangeError(`Expected a day as YYYY-MM-DD, got "${on}"`)
  const byBody = new Map<string, { body: string; facts: FactRecord[] }>()
  for (const fact of facts) {
    const key = bodyKeyOf(fact)
    if (key === '') continue
    const entry = byBody.get(key) ?? { body: fact.object ?? fact.institution ?? key, facts: [] }
    entry.facts.push(fact)
    byBody.set(key, entry)
  }
  const bodies: BodyOnDay[] = []
  for (const [key, entry] of byBody) {
    const holders = holdersOn(
      postIntervals(entry.facts, () => key),
      day,
    )
    if (holders.length > 0) bodies.push({ body: entry.body, holders })
  }
  return bodies.sort((a, b) => a.body.localeCompare(b.body))
}
