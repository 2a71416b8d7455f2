import type { FactRecord } from '../core/index.ts'
import { factDateRange } from './fact-date.ts'
import type { Passage } from './passage.ts'
import { passagesOf } from './passage.ts'

/**
 * Predicates of things that happen once to a subject: two facts that date them differently disagree. Posts and
 * memberships are left out on purpose: a person may hold the same post twice ("1924–25 and 1928–39").
 */
export const ONCE_PREDICATES: readonly string[] = [
  'born',
  'died',
  'executed',
  'assassinated',
  'committed-suicide',
  'suicide',
  'killed',
  'formed',
  'founded',
  'created',
  'dissolved',
  'abolished',
  'held',
  'convened',
]

/** Kinds of disagreement. */
export type ConflictKind =
  /** Facts about a once-only happening give dates that cannot both be true, or letters' dates differ. */
  | 'dates-disagree'
  /** Facts about a once-only happening name different objects. */
  | 'values-disagree'
  /** A letter's header date and its sign-off date differ. */
  | 'header-signoff'
  /** Something a person did is dated before the person's birth. */
  | 'before-birth'

/** One side of a disagreement: the value claimed, the fact that claims it, and its passages. */
export interface Claim {
  readonly value: string
  readonly fact: FactRecord
  readonly passages: readonly Passage[]
}

/** A disagreement kept as data: both (all) claims side by side, none chosen. */
export interface Conflict {
  readonly kind: ConflictKind
  readonly subject: string
  readonly predicate: string
  readonly object?: string
  readonly claims: readonly Claim[]
  /** One line saying what disagrees, e.g. `"formed" of body:semerka: "end of 1923" vs "August 1924"`. */
  readonly description: string
}

const dateText = (fact: FactRecord) =>
  [fact.start?.text, fact.end?.text].filter((t) => t !== undefined).join(' – ') || 'undated'

function claimOf(fact: FactRecord, value = dateText(fact)): Claim {
  return { value, fact, passages: passagesOf(fact) }
}

function disjoint(a: FactRecord, b: FactRecord): boolean {
  const ra = factDateRange(a.start ?? a.end)
  const rb = factDateRange(b.start ?? b.end)
  return ra !== undefined && rb !== undefined && (ra.high < rb.low || rb.high < ra.low)
}

function describe(kind: ConflictKind, subject: string, predicate: string, claims: readonly Claim[]): string {
  const values = [...new Set(claims.map((c) => `"${c.value}"`))].join(' vs ')
  return kind === 'before-birth'
    ? `"${predicate}" of ${subject} is dated before birth: ${values}`
    : `"${predicate}" of ${subject}: ${values}`
}

function isOnce(fact: FactRecord): boolean {
  return (
    ONCE_PREDICATES.includes(fact.predicate) || (fact.type === 'event' && fact.subject.startsWith('event:'))
  )
}

function groupBy(facts: readonly FactRecord[], key: (fact: FactRecord) => string): FactRecord[][] {
  const groups = new Map<string, FactRecord[]>()
  for (const fact of facts) groups.set(key(fact), [...(groups.get(key(fact)) ?? []), fact])
  return [...groups.values()]
}

function onceConflicts(facts: readonly FactRecord[]): Conflict[] {
  const conflicts: Conflict[] = []
  for (const group of groupBy(facts.filter(isOnce), (f) => `${f.subject}\u0000${f.predicate}`)) {
    const first = group[0] as FactRecord
    if (group.some((a) => group.some((b) => disjoint(a, b)))) {
      const claims = group.map((fact) => claimOf(fact))
      conflicts.push({
        kind: 'dates-disagree',
        subject: first.subject,
        predicate: first.predicate,
        claims,
        description: describe('dates-disagree', first.subject, first.predicate, claims),
      })
    }
    const objects = new Set(group.flatMap((f) => (f.object === undefined ? [] : [f.object])))
    if (objects.size > 1) {
      const claims = group.filter((f) => f.object !== undefined).map((f) => claimOf(f, f.object))
      conflicts.push({
        kind: 'values-disagree',
        subject: first.subject,
        predicate: first.predicate,
        claims,
        description: describe('values-disagree', first.subject, first.predicate, claims),
      })
    }
  }
  return conflicts
}

function text(value: string | readonly string[] | undefined): string | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? value : value.join('; ')
}

/** The passages of a fact that quote a value, else all of them. */
function passagesFor(fact: FactRecord, value: string): Passage[] {
  const all = passagesOf(fact)
  const flat = (s: string) => s.replace(/\s+/g, ' ')
  const quoting = all.filter((p) => flat(p.quote).includes(flat(value)))
  return quoting.length > 0 ? quoting : all
}

function letterConflicts(facts: readonly FactRecord[]): Conflict[] {
  const letters = facts.filter((f) => f.type === 'correspondence')
  const conflicts: Conflict[] = []
  for (const fact of letters) {
    const header = text(fact.attributes?.headerDate)
    const signoff = text(fact.attributes?.signoffDate)
    if (fact.attributes?.conflict === undefined) continue
    const claims: Claim[] = [
      ...(header === undefined ? [] : [{ value: header, fact, passages: passagesFor(fact, header) }]),
      ...(signoff === undefined ? [] : [{ value: signoff, fact, passages: passagesFor(fact, signoff) }]),
    ]
    conflicts.push({
      kind: 'header-signoff',
      subject: fact.subject,
      predicate: fact.predicate,
      claims: claims.length > 0 ? claims : [claimOf(fact)],
      description: `letter ${text(fact.attributes?.number) ?? fact.subject}: header "${header ?? '?'}" vs sign-off "${signoff ?? '?'}"`,
    })
  }
  for (const group of groupBy(letters, (f) => f.subject)) {
    if (!group.some((a) => group.some((b) => disjoint(a, b)))) continue
    const first = group[0] as FactRecord
    const claims = group.map((fact) => claimOf(fact))
    conflicts.push({
      kind: 'dates-disagree',
      subject: first.subject,
      predicate: first.predicate,
      claims,
      description: describe('dates-disagree', first.subject, first.predicate, claims),
    })
  }
  return conflicts
}

function birthConflicts(facts: readonly FactRecord[]): Conflict[] {
  const births = new Map<string, FactRecord>()
  for (const fact of facts) if (fact.predicate === 'born') births.set(fact.subject, fact)
  const conflicts: Conflict[] = []
  const seen = new Set<string>()
  for (const fact of facts) {
    const born = births.get(fact.subject)
    if (born === undefined || fact === born || fact.type === 'correspondence') continue
    // One passage read by two rules ("Party member from 1891" as a post and as party membership) is one conflict.
    const place = passagesOf(fact)
      .map((p) => `${p.sourceId}:${p.lineStart}:${p.quote}`)
      .join('|')
    if (seen.has(`${fact.subject}|${place}`)) continue
    const birth = factDateRange(born.start ?? born.end)
    const when = factDateRange(fact.start ?? fact.end)
    if (birth === undefined || when === undefined || when.high >= birth.low) continue
    seen.add(`${fact.subject}|${place}`)
    const claims = [claimOf(born), claimOf(fact)]
    conflicts.push({
      kind: 'before-birth',
      subject: fact.subject,
      predicate: fact.predicate,
      ...(fact.object === undefined ? {} : { object: fact.object }),
      claims,
      description: describe('before-birth', fact.subject, fact.predicate, claims),
    })
  }
  return conflicts
}

/**
 * Every disagreement among facts, kept side by side with the passages of each claim: once-only happenings (formed,
 * born, a congress held) dated or valued differently; letters whose header and sign-off dates differ (correspondence
 * facts whose extractor marked `attributes.conflict`, with `headerDate` and `signoffDate` as printed) or whose facts date them
 * differently; things dated before the person's birth. Dates of different precision that overlap ("1924" and
 * "August 1924") agree.
 */
export function findConflicts(facts: readonly FactRecord[]): Conflict[] {
  return [...onceConflicts(facts), ...letterConflicts(facts), ...birthConflicts(facts)]
}
