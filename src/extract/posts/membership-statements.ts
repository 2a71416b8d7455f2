import type { Entity, Fact, FactDate, NameMention, Span, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { makeFact } from './make-fact.ts'
import { readPeriods } from './read-period.ts'

const RULE = 'extract/posts:membership-statement'

/** A membership being read: opened by one statement, perhaps closed by a later one. */
interface OpenMembership {
  readonly person: string
  readonly body: string
  readonly institution: string
  readonly role: 'member' | 'candidate member'
  readonly start?: FactDate
  readonly span: Span
  end?: FactDate
  endSpan?: Span
  /** Later statements that list the person again while the membership is open. */
  readonly restated: Span[]
}

/** The body a listing names, as an entity id and as printed. */
interface Body {
  readonly body: string
  readonly institution: string
}

/** What a statement does to one person's membership. */
type Change = 'open-member' | 'open-candidate' | 'demote' | 'close'

const LISTING =
  /\b(?:(full|candidate) )?members of the ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) were\b|\bthe ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) consisted of\b/u
const CHANGES: readonly (readonly [RegExp, Change])[] = [
  [
    /\bpromoted to (?:full )?member\b|\bbecame (?:a )?(?:full )?member\b|\belected (?:a )?(?:full )?member\b/,
    'open-member',
  ],
  [/\bpromoted to candidate member\b|\bbecame (?:a )?candidate member\b/, 'open-candidate'],
  [/\bdemoted to candidate(?: member)?\b/, 'demote'],
  [/\b(?:removed|dismissed|expelled|dropped)\b/, 'close'],
]

/** Words that make a sentence a supposition or a wish rather than a statement of fact. */
const HYPOTHETICAL = /\b(?:even if|if|unless|suppose|supposing|would|could|should|were to)\b/i

/**
 * Reads statements of who belonged to a body and when: listings ("In 1925 full members of the Politburo were A, B
 * and C"; "In 1930 the Politburo consisted of …"), promotions, demotions and removals ("in January 1926 D was
 * promoted to full member and A demoted to candidate member"; "B was removed at the end of 1930"). Each membership
 * is a 'member' or 'candidate-member' fact from the statement's date; a later statement that demotes or removes a
 * person, or a later full listing without them, ends it (the end then rests on that passage too).
 * @example extractMembershipStatements(input, context).filter((fact) => fact.object === 'body:politburo')
 */
export function extractMembershipStatements(input: ExtractInput, context: StageContext): Fact[] {
  const text = input.text.text
  const people = input.mentions.filter((mention): mention is NameMention => mention.type === 'person')
  const bodies = input.mentions.filter((mention): mention is NameMention => mention.type === 'body')
  const memberships: OpenMembership[] = []
  let current: { body: string; institution: string; until: number } | undefined
  let date: FactDate | undefined
  for (const clause of clausesOf(text)) {
    if (current !== undefined && clause.start > current.until) current = undefined
    const clauseText = text.slice(clause.start, clause.end)
    // A clause without a date of its own ("… also became a member at this time") keeps the one before.
    date = clauseDate(clauseText) ?? (current === undefined ? undefined : date)
    // A supposition states no membership ("Even if the Politburo consisted of seven Marxes …").
    const listing = HYPOTHETICAL.test(text.slice(clause.sentence.start, clause.end))
      ? null
      : LISTING.exec(clauseText)
    const bodyMention = bodies.find((body) => within(body.span, clause) && body.entityId !== undefined)
    if (listing !== null && bodyMention?.entityId !== undefined) {
      const paragraphEnd = text.indexOf('\n\n', clause.end)
      const until = paragraphEnd === -1 ? text.length : paragraphEnd
      current = { body: bodyMention.entityId, institution: bodyMention.surface, until }
      const role = listing[1] === 'candidate' ? 'candidate member' : 'member'
      const listed = personsIn(people, input.entities, text, clause)
      const everyRole = listing[3] !== undefined
      closeUnlisted(memberships, current.body, everyRole ? undefined : role, listed, date, clause.sentence)
      for (const person of listed) open(memberships, person, current, role, date, clause.sentence)
      continue
    }
    if (current === undefined) continue
    readChanges(clauseText, clause, people, input.entities, text).forEach(({ person, change }) => {
      if (current !== undefined) applyChange(memberships, person, current, change, date, clause.sentence)
    })
  }
  return memberships.map((membership, index) => toFact(context.sourceId, membership, index))
}

function toFact(sourceId: string, membership: OpenMembership, ordinal: number): Fact {
  const fact = makeFact(sourceId, RULE, membership.span, ordinal, {
    type: 'post',
    subject: membership.person,
    predicate: membership.role === 'member' ? 'member' : 'candidate-member',
    object: membership.body,
    role: membership.role,
    institution: membership.institution,
    ...(membership.start === undefined ? {} : { start: membership.start }),
    ...(membership.end === undefined ? {} : { end: membership.end }),
    ...(membership.endSpan === undefined ? {} : { inferred: ['end'] }),
    confidence: 0.85,
  })
  const later = [...membership.restated, ...(membership.endSpan === undefined ? [] : [membership.endSpan])]
  return { ...fact, evidence: [...fact.evidence, ...later.map((span) => ({ span, rule: RULE }))] }
}

/** Clauses (sentences cut at ";") that speak of membership, each with the sentence it stands in. */
function clausesOf(text: string): (Span & { readonly sentence: Span })[] {
  const spans: (Span & { readonly sentence: Span })[] = []
  for (const sentence of text.matchAll(/[^.\n]+(?:\.(?=\s|$)|$)/gm)) {
    const sentenceSpan = { start: sentence.index, end: sentence.index + sentence[0].length }
    for (const match of sentence[0].matchAll(/[^;]+(?:;|$)/g)) {
      if (!/\b(?:members?|consisted of|removed|demoted|promoted)\b/.test(match[0])) continue
      const start = sentence.index + match.index
      spans.push({ start, end: start + match[0].length, sentence: sentenceSpan })
    }
  }
  return spans
}

function clauseDate(clause: string): FactDate | undefined {
  const match =
    /\b(?:[Ii]n|[Bb]y|[Aa]t|[Ff]rom) ((?:the )?(?:end|beginning|middle) of \d{4}|(?:[A-Z][a-z]+ )?\d{4})\b/.exec(
      clause,
    )
  if (match === null) return undefined
  const printed = match[1] ?? ''
  const start = readPeriods(printed)?.[0]?.start
  if (start === undefined) return undefined
  const year = /\d{4}/.exec(printed)?.[0]
  if (/end of/.test(printed) && year !== undefined) return { text: printed, iso: `${year}-12` }
  if (/beginning of/.test(printed) && year !== undefined) return { text: printed, iso: `${year}-01` }
  return start
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

function personsIn(
  people: readonly NameMention[],
  entities: readonly Entity[],
  text: string,
  span: Span,
): string[] {
  const ids: string[] = []
  for (const mention of people) {
    if (!within(mention.span, span)) continue
    const id = mention.entityId ?? pickCandidate(mention, entities, text)
    if (id !== undefined && !ids.includes(id)) ids.push(id)
  }
  return ids
}

/** An ambiguous surname ("Kosior") decided by the given name printed before it ("Stanislav Kosior" → S.). */
function pickCandidate(mention: NameMention, entities: readonly Entity[], text: string): string | undefined {
  const candidates = mention.candidates ?? []
  if (candidates.length === 1) return candidates[0]
  const given = /([A-Z])[a-z]+\s+$/.exec(
    text.slice(Math.max(0, mention.span.start - 20), mention.span.start),
  )?.[1]
  if (given === undefined) return undefined
  return candidates.find((id) => {
    const name = entities.find((entity) => entity.id === id)?.name ?? ''
    return new RegExp(`,\\s*${given}\\b`).test(name)
  })
}

function readChanges(
  clauseText: string,
  clause: Span,
  people: readonly NameMention[],
  entities: readonly Entity[],
  text: string,
) {
  const changes: { person: string; change: Change }[] = []
  // Each part ("A was promoted to full member", "B demoted to candidate member") names its own people.
  let offset = 0
  for (const part of clauseText.split(/ and |\(|\)/)) {
    const start = clauseText.indexOf(part, offset)
    offset = start + part.length
    const change = CHANGES.find(([pattern]) => pattern.test(part))?.[1]
    if (change === undefined) continue
    const span = { start: clause.start + start, end: clause.start + start + part.length }
    for (const person of personsIn(people, entities, text, span)) changes.push({ person, change })
  }
  return changes
}

function open(
  memberships: OpenMembership[],
  person: string,
  body: Body,
  role: OpenMembership['role'],
  start: FactDate | undefined,
  span: Span,
): void {
  const already = memberships.find(
    (m) => m.person === person && m.body === body.body && m.role === role && m.end === undefined,
  )
  if (already !== undefined) {
    already.restated.push(span)
    return
  }
  memberships.push({
    person,
    body: body.body,
    institution: body.institution,
    role,
    restated: [],
    ...(start === undefined ? {} : { start }),
    span,
  })
}

function close(membership: OpenMembership, end: FactDate | undefined, span: Span): void {
  if (end !== undefined) membership.end = end
  membership.endSpan = span
}

function closeUnlisted(
  memberships: OpenMembership[],
  body: string,
  role: string | undefined,
  listed: readonly string[],
  date: FactDate | undefined,
  span: Span,
): void {
  for (const membership of memberships) {
    if (membership.body !== body || membership.end !== undefined || membership.endSpan !== undefined) continue
    if (!listed.includes(membership.person) && (role === undefined || membership.role === role))
      close(membership, before(date), span)
  }
}

/**
 * The end of a membership that a later listing leaves out: at the latest just before that listing's date ("In 1930
 * the Politburo consisted of …" without A: A was no member in 1930, so A's membership ended by 1929).
 */
function before(date: FactDate | undefined): FactDate | undefined {
  if (date?.iso === undefined) return date
  const [year, month, day] = date.iso.split('-').map(Number) as [
    number,
    number | undefined,
    number | undefined,
  ]
  if (month === undefined) return { text: `before ${date.text}`, iso: String(year - 1) }
  if (day === undefined) {
    const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`
    return { text: `before ${date.text}`, iso: previous }
  }
  const previousDay = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10)
  return { text: `before ${date.text}`, iso: previousDay }
}

function applyChange(
  memberships: OpenMembership[],
  person: string,
  body: Body,
  change: Change,
  date: FactDate | undefined,
  span: Span,
): void {
  const openOnes = memberships.filter(
    (m) => m.person === person && m.body === body.body && m.endSpan === undefined,
  )
  const closeRole = (role: OpenMembership['role']) => {
    for (const membership of openOnes) if (membership.role === role) close(membership, date, span)
  }
  if (change === 'open-member') {
    closeRole('candidate member')
    open(memberships, person, body, 'member', date, span)
  } else if (change === 'open-candidate') open(memberships, person, body, 'candidate member', date, span)
  else if (change === 'demote') {
    closeRole('member')
    open(memberships, person, body, 'candidate member', date, span)
  } else for (const membership of openOnes) close(membership, date, span)
}
