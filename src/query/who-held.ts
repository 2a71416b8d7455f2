import type { FactRecord } from '../core/index.ts'
import type { EntityRef } from './entity-ref.ts'
import { refersTo, toEntityRef } from './entity-ref.ts'
import { factDateRange, inRange, parseDay } from './fact-date.ts'
import { roleMatches } from './match-role.ts'
import type { Passage } from './passage.ts'
import { passagesOf } from './passage.ts'
import type { PostInterval } from './post-intervals.ts'
import { isHolding, isRemoval, postIntervals } from './post-intervals.ts'

/** What `whoHeld` asks: a role (any when omitted) in a body on a day (`YYYY-MM-DD`). */
export interface WhoHeldQuery {
  readonly role?: string
  /** The body: an entity id or name, or a ref with all its names (matched against printed institutions). */
  readonly body: string | EntityRef
  readonly on: string
}

/** Why an answer is less than certain. */
export type HolderFlag =
  /** The period has a start and nothing states or implies its end. */
  | 'end-unknown'
  /** Only the end of the period is known. */
  | 'start-unknown'
  /** The end comes from another fact (a removal, a demotion, the next statement). */
  | 'end-inferred'
  /** The rule inferred the start (a year from the clause before). */
  | 'start-inferred'
  /** The day falls within the precision of the start ("1926" and 1926-02-01): the text cannot decide. */
  | 'start-imprecise'
  /** The day falls within the precision of the end. */
  | 'end-imprecise'

/** A person who held the role on the day, with the periods, facts and passages that say so. */
export interface Holder {
  readonly person: string
  /** The role as printed in the best period. */
  readonly role: string
  /** 'stated' when a period's printed dates place the day inside it; 'inferred' otherwise. */
  readonly certainty: 'stated' | 'inferred'
  readonly flags: readonly HolderFlag[]
  readonly periods: readonly PostInterval[]
  /** The facts the periods rest on, and the facts that end them. */
  readonly facts: readonly FactRecord[]
  readonly passages: readonly Passage[]
}

/** Whether a fact is about the body: its entity id, or (unresolved) its printed name. */
export function isAboutBody(fact: FactRecord, body: EntityRef): boolean {
  return fact.object !== undefined ? refersTo(body, fact.object) : refersTo(body, fact.institution)
}

/** Whether a period covers the day. */
export function covers(period: PostInterval, day: string): boolean {
  return (period.from === undefined || period.from <= day) && (period.to === undefined || day <= period.to)
}

/** The reasons a period's cover of the day is less than certain. */
export function flagsOn(period: PostInterval, day: string): HolderFlag[] {
  const flags: HolderFlag[] = []
  if (period.start === 'unknown') flags.push('start-unknown')
  if (period.start === 'inferred') flags.push('start-inferred')
  const start = factDateRange(period.fact.start)
  if (start !== undefined && start.low !== start.high && inRange(day, start)) flags.push('start-imprecise')
  if (period.end === 'unknown') flags.push('end-unknown')
  if (period.end === 'inferred') flags.push('end-inferred')
  const end = period.end === 'stated' ? factDateRange(period.fact.end) : undefined
  if (end !== undefined && end.low !== end.high && inRange(day, end)) flags.push('end-imprecise')
  return flags
}

/**
 * Who held periods covering the day (undated posts left out: they cannot place anyone on a day), one holder per person, best-evidenced first within a person; holders in the
 * order of their earliest period.
 */
export function holdersOn(periods: readonly PostInterval[], day: string, role?: string): Holder[] {
  const byPerson = new Map<string, { period: PostInterval; flags: HolderFlag[] }[]>()
  for (const period of periods) {
    // A post with neither start nor end ("Molotov, Politburo member" on a book jacket) says nothing about a day.
    if (period.from === undefined && period.to === undefined) continue
    if (!covers(period, day)) continue
    if (role !== undefined && role.trim() !== '' && !roleMatches(role, period.role)) continue
    const list = byPerson.get(period.person) ?? []
    list.push({ period, flags: flagsOn(period, day) })
    byPerson.set(period.person, list)
  }
  const holders: Holder[] = []
  for (const [person, list] of byPerson) {
    list.sort(
      (a, b) => a.flags.length - b.flags.length || (a.period.from ?? '').localeCompare(b.period.from ?? ''),
    )
    const best = list[0] as (typeof list)[number]
    const facts = [
      ...new Set(
        list.flatMap(({ period }) => (period.endedBy ? [period.fact, period.endedBy] : [period.fact])),
      ),
    ]
    holders.push({
      person,
      role: best.period.role,
      certainty: best.flags.length === 0 ? 'stated' : 'inferred',
      flags: best.flags,
      periods: list.map(({ period }) => period),
      facts,
      passages: facts.flatMap(passagesOf),
    })
  }
  const earliest = (h: Holder) =>
    h.periods.reduce((min, p) => (p.from !== undefined && p.from < min ? p.from : min), '~')
  return holders.sort((a, b) => earliest(a).localeCompare(earliest(b)) || a.person.localeCompare(b.person))
}

/**
 * Who held a role in a body on a day, with the evidence for each name. A post matches when its body (entity id, or
 * printed institution by name key) and its role match (loosely: "member" matches "full member", not "candidate
 * member") and its period, bounded as `postIntervals` explains, covers the day.
 * @example whoHeld(facts, { role: 'member', body: { id: 'body:politburo', names: ['Politburo'] }, on: '1926-02-01' })
 * @throws RangeError when `on` is not a calendar day as YYYY-MM-DD
 */
export function whoHeld(facts: readonly FactRecord[], query: WhoHeldQuery): Holder[] {
  const day = parseDay(query.on)
  if (day === undefined) throw new RangeError(`Expected a day as YYYY-MM-DD, got "${query.on}"`)
  const body = toEntityRef(query.body)
  const about = facts.filter((f) => (isHolding(f) || isRemoval(f)) && isAboutBody(f, body))
  return holdersOn(
    postIntervals(about, () => body.id),
    day,
    query.role,
  )
}
