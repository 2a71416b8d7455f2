import type { FactRecord } from '../core/index.ts'
import type { EntityRef } from './entity-ref.ts'
import { toEntityRef } from './entity-ref.ts'
import type { PostInterval } from './post-intervals.ts'
import { isHolding, isRemoval, postIntervals } from './post-intervals.ts'
import { isAboutBody } from './who-held.ts'

/** One person's periods in a body, in date order (periods of unknown start first). */
export interface Membership {
  readonly person: string
  readonly periods: readonly PostInterval[]
}

/**
 * The members (and other post holders) of a body over time: every person with the periods of each role, bounded as
 * `postIntervals` explains. People in the order of their first period.
 * @example membersOverTime(facts, 'body:politburo')[0]?.periods[0]?.from // '1919-01-01'
 */
export function membersOverTime(facts: readonly FactRecord[], body: string | EntityRef): Membership[] {
  const ref = toEntityRef(body)
  const about = facts.filter((f) => (isHolding(f) || isRemoval(f)) && isAboutBody(f, ref))
  const byPerson = new Map<string, PostInterval[]>()
  for (const period of postIntervals(about, () => ref.id)) {
    const list = byPerson.get(period.person) ?? []
    list.push(period)
    byPerson.set(period.person, list)
  }
  const order = (p: PostInterval) => p.from ?? ''
  return [...byPerson]
    .map(([person, periods]) => ({
      person,
      periods: periods.sort((a, b) => order(a).localeCompare(order(b)) || a.role.localeCompare(b.role)),
    }))
    .sort(
      (a, b) =>
        order(a.periods[0] as PostInterval).localeCompare(order(b.periods[0] as PostInterval)) ||
        a.person.localeCompare(b.person),
    )
}
