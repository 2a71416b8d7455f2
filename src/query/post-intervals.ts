import type { FactRecord } from '../core/index.ts'
import { nameMatchKey } from './entity-ref.ts'
import { addDays, endDay, isOngoingStart, startDay } from './fact-date.ts'
import { roleFamily, roleOf, sameRole } from './match-role.ts'

/**
 * Predicates of facts that end a post rather than begin one ("Trotsky dismissed from the Politburo"). A fact with
 * `attributes.change` "removed" counts too.
 */
export const REMOVAL_PREDICATES: readonly string[] = [
  'removed',
  'dismissed',
  'expelled',
  'relieved',
  'resigned',
  'left-post',
]

/** Whether a fact ends a post (a removal, a dismissal, an expulsion). */
export function isRemoval(fact: FactRecord): boolean {
  return REMOVAL_PREDICATES.includes(fact.predicate) || fact.attributes?.change === 'removed'
}

/** Whether a fact states that someone held a post (or was a party member) from a date. */
export function isHolding(fact: FactRecord): boolean {
  if (isRemoval(fact)) return false
  return fact.type === 'post' || (fact.type === 'life-event' && fact.predicate === 'party-member')
}

/** How one bound of a period is known. */
export type BoundCertainty =
  /** Read from the text. */
  | 'stated'
  /** The text says the period went on ("from 1919"). */
  | 'ongoing'
  /** Taken from another fact (a later removal or demotion, the next statement) or marked inferred by the rule. */
  | 'inferred'
  /** Nothing says. */
  | 'unknown'

/** A period during which a person held a role in a body, read from one fact and bounded by others. */
export interface PostInterval {
  /** Entity id of the holder. */
  readonly person: string
  readonly role: string
  /** Entity id of the body, when resolved. */
  readonly body?: string
  /** The body as printed. */
  readonly institution?: string
  /** First day the period may have begun (`YYYY-MM-DD`); undefined when the start is unknown. */
  readonly from?: string
  /** Last day of the period; undefined while it is open. */
  readonly to?: string
  readonly start: BoundCertainty
  readonly end: BoundCertainty
  /** The fact the period rests on. */
  readonly fact: FactRecord
  /** The fact that ended it (a removal, a change of role, the next statement) or the stated period it lies in. */
  readonly endedBy?: FactRecord
}

/** The key that tells which facts are about the same body: its entity id, else the name key of its printed name. */
export function bodyKeyOf(fact: FactRecord): string {
  if (fact.object !== undefined) return fact.object
  return fact.institution === undefined ? '' : `name:${nameMatchKey(fact.institution)}`
}

interface Item {
  readonly fact: FactRecord
  readonly role: string
  /** The role family a removal ends; '*' for every role in the body. */
  readonly family: string
  readonly from?: string
  readonly to?: string
}

function toItem(fact: FactRecord): Item {
  const removal = isRemoval(fact)
  const role = removal ? (fact.role ?? '') : roleOf(fact)
  const from = startDay(fact.start) ?? (removal ? startDay(fact.end) : undefined)
  const to = removal ? undefined : endDay(fact.end)
  return {
    fact,
    role,
    family: removal && role.trim() === '' ? '*' : roleFamily(role),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  }
}

/** Whether a later fact ends a period: a removal from its family, another role of its family, or a restatement. */
function ends(later: Item, period: Item, removal: boolean): boolean {
  if (later === period || later.from === undefined || period.from === undefined) return false
  if (later.from <= period.from || (period.to !== undefined && later.from > period.to)) return false
  if (removal) return later.family === '*' || later.family === period.family
  if (later.family !== period.family) return false
  return !sameRole(later.role, period.role) || period.to === undefined
}

function closeItem(period: Item, holdings: readonly Item[], removals: readonly Item[]): PostInterval {
  const fact = period.fact
  const enders = [
    ...removals.filter((r) => ends(r, period, true)),
    ...holdings.filter((h) => ends(h, period, false)),
  ].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))
  const base = {
    person: fact.subject,
    role: period.role,
    ...(fact.object === undefined ? {} : { body: fact.object }),
    ...(fact.institution === undefined ? {} : { institution: fact.institution }),
    ...(period.from === undefined ? {} : { from: period.from }),
    start: (period.from === undefined
      ? 'unknown'
      : fact.inferred?.includes('start')
        ? 'inferred'
        : 'stated') as BoundCertainty,
    fact,
  }
  const ender = enders[0]
  if (ender?.from !== undefined) {
    return { ...base, to: addDays(ender.from, -1), end: 'inferred', endedBy: ender.fact }
  }
  if (period.to !== undefined) {
    return { ...base, to: period.to, end: fact.inferred?.includes('end') ? 'inferred' : 'stated' }
  }
  if (isOngoingStart(fact.start)) return { ...base, end: 'ongoing' }
  const cover = holdings.find(
    (h) =>
      h !== period &&
      h.to !== undefined &&
      h.from !== undefined &&
      period.from !== undefined &&
      h.from <= period.from &&
      period.from <= h.to &&
      sameRole(h.role, period.role),
  )
  if (cover?.to !== undefined) return { ...base, to: cover.to, end: 'inferred', endedBy: cover.fact }
  return { ...base, end: 'unknown' }
}

/**
 * The periods in which people held posts, from post facts (and party membership) bounded by the facts that end
 * them. Dates count by their precision: a start "1924" is from 1924-01-01, an end "1929" to 1929-12-31, "prior to
 * 1917" to 1916-12-31. A period with a start and no end stays open unless a later fact about the same person and
 * body ends it the day before that fact's start: a removal, another role of the same family (a demotion or
 * promotion: "member" and "candidate member" are one family), or the next statement of the same role. A period
 * with a stated end is cut short only by a removal or a change of role within it. An open period that lies inside
 * a stated period of the same role ends with it.
 * @param bodyKey which facts are about the same body (by default its entity id, else its printed name)
 */
export function postIntervals(
  facts: readonly FactRecord[],
  bodyKey: (fact: FactRecord) => string = bodyKeyOf,
): PostInterval[] {
  const groups = new Map<string, { holdings: Item[]; removals: Item[] }>()
  for (const fact of facts) {
    const removal = isRemoval(fact)
    if (!removal && !isHolding(fact)) continue
    const key = `${fact.subject}\u0000${bodyKey(fact)}`
    const group = groups.get(key) ?? { holdings: [], removals: [] }
    ;(removal ? group.removals : group.holdings).push(toItem(fact))
    groups.set(key, group)
  }
  const intervals: PostInterval[] = []
  for (const { holdings, removals } of groups.values())
    for (const period of holdings) intervals.push(closeItem(period, holdings, removals))
  return intervals
}
