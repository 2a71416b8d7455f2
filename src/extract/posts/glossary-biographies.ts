import type { Entity, Fact, GlossaryEntry, Span, StageContext } from '../../core/index.ts'
import { nameKey } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { type BodyLookup, createBodyLookup } from './body-lookup.ts'
import { type Clause, splitSemicolons, splitSentences } from './glossary-clauses.ts'
import { readLifeClause } from './life-events.ts'
import { type FactDraft, makeFact } from './make-fact.ts'
import { readPeriods } from './read-period.ts'
import { type PostItem, readPositions } from './read-positions.ts'

const RULE_POST = 'extract/posts:glossary-clause'
const RULE_EVENT = 'extract/posts:glossary-event'
const RULE_LIFE = 'extract/posts:glossary-life-dates'

/**
 * Reads the posts and life events of every person entry of a source's glossary: each sentence of the biography
 * is a post ("Secretary of X, 1924"), an event ("Repressed", "Arrested, 1933") or a descriptor ("Economist").
 * @example extractGlossaryBiographies(input, context).filter((fact) => fact.type === 'post')
 */
export function extractGlossaryBiographies(input: ExtractInput, context: StageContext): Fact[] {
  const people = peopleByName(input.entities)
  const bodies = createBodyLookup(input.entities)
  return input.segments.glossary
    .filter((entry) => entry.entryType === 'person')
    .flatMap((entry) => {
      const subject = people.get(entry.name) ?? people.get(nameKey(entry.name))
      if (subject === undefined) {
        context.report({
          severity: 'warning',
          reason: `No entity for the glossary entry "${entry.name}"`,
          source: 'extract',
          ruleId: 'glossary-entry-without-entity',
          place: entry.span,
        })
        return []
      }
      return readEntry(input.text.text, entry, subject, bodies, context.sourceId)
    })
}

/**
 * People by their names and variants as printed and by name key. Resolution merges a glossary person into the
 * bundled authority's entity (keeping the printed name as a variant), so the glossary entry finds the merged id.
 * Names first, then variants, so that a name never loses to another person's variant.
 */
function peopleByName(entities: readonly Entity[]): Map<string, string> {
  const map = new Map<string, string>()
  const people = entities.filter((entity) => entity.type === 'person')
  for (const entity of people) {
    if (!map.has(entity.name)) map.set(entity.name, entity.id)
    const key = nameKey(entity.name)
    if (!map.has(key)) map.set(key, entity.id)
  }
  for (const entity of people) {
    for (const variant of entity.variants) {
      if (!map.has(variant)) map.set(variant, entity.id)
      const key = nameKey(variant)
      if (!map.has(key)) map.set(key, entity.id)
    }
  }
  return map
}

function readEntry(
  text: string,
  entry: GlossaryEntry,
  subject: string,
  bodies: BodyLookup,
  sourceId: string,
) {
  const base = descriptionOffset(text, entry)
  const spanOf = (clause: Clause): Span => {
    if (base === undefined) return entry.span
    const span = { start: base + clause.start, end: base + clause.end }
    return text.slice(span.start, span.end) === clause.text ? span : entry.span
  }
  const facts: Fact[] = lifeDates(entry, subject, sourceId)
  // One ordinal across the entry: clauses whose text cannot be found share the entry's span, and ids must differ.
  let ordinal = 0
  for (const sentence of splitSentences(entry.description)) {
    for (const clause of splitSemicolons(sentence)) {
      const span = spanOf(clause)
      for (const draft of readClause(clause.text)) {
        const withSubject = { ...draft, subject, ...bodyOf(draft, bodies) }
        const rule = draft.type === 'post' ? RULE_POST : RULE_EVENT
        facts.push(makeFact(sourceId, rule, span, ordinal++, withSubject))
      }
    }
  }
  return facts
}

/** Reads one clause into fact drafts without a subject: posts, events, or a 'described-as' life event. */
export function readClause(clause: string): Omit<FactDraft, 'subject'>[] {
  const compound = /^(\S+) and (appointed|elected|made|named) (.+)$/i.exec(clause)
  if (compound !== null && readLifeClause(compound[1] ?? '')?.kind === 'event') {
    const verb = compound[2] ?? ''
    const post = `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${compound[3] ?? ''}`
    return [...readClause(compound[1] ?? ''), ...readPositions(post).flatMap(postDrafts)]
  }
  const life = readLifeClause(clause)
  if (life?.kind === 'event') {
    const period = life.period === undefined ? undefined : readPeriods(life.period)?.[0]
    const date = period?.start ?? period?.end
    return [
      {
        type: 'life-event',
        predicate: life.predicate,
        ...(date === undefined ? {} : { start: date }),
        attributes: { text: clause },
        confidence: 0.85,
      },
    ]
  }
  if (life?.kind === 'descriptor') {
    return [{ type: 'life-event', predicate: 'described-as', attributes: { text: clause }, confidence: 0.8 }]
  }
  return readPositions(clause).flatMap(postDrafts)
}

function postDrafts(item: PostItem): Omit<FactDraft, 'subject'>[] {
  const attributes: Record<string, string> = {}
  if (item.verb !== undefined) attributes.verb = item.verb
  if (item.by !== undefined) attributes.by = item.by
  const post: Omit<FactDraft, 'subject'> = {
    type: 'post',
    predicate: predicateOf(item.role),
    role: item.role,
    ...(item.institution === undefined ? {} : { institution: item.institution }),
    ...(item.period?.start === undefined ? {} : { start: item.period.start }),
    ...(item.period?.end === undefined ? {} : { end: item.period.end }),
    ...(Object.keys(attributes).length === 0 ? {} : { attributes }),
    ...(item.sharedInstitution === true ? { inferred: ['institution'] } : {}),
    confidence: 0.9,
  }
  if (!/^party member$/i.test(item.role)) return [post]
  const joined = item.period?.start
  return [
    post,
    {
      type: 'life-event',
      predicate: 'party-member',
      ...(joined === undefined ? {} : { start: joined }),
      confidence: 0.9,
    },
  ]
}

/** 'member' and 'candidate-member' for memberships of a body; 'held-post' for every other role. */
export function predicateOf(role: string): string {
  if (/^(?:full )?member$/i.test(role)) return 'member'
  if (/^candidate member$/i.test(role)) return 'candidate-member'
  return 'held-post'
}

function bodyOf(draft: Omit<FactDraft, 'subject'>, bodies: BodyLookup): { object?: string } {
  if (draft.type !== 'post' || draft.institution === undefined) return {}
  const object = bodies.find(draft.institution)
  return object === undefined ? {} : { object }
}

function lifeDates(entry: GlossaryEntry, subject: string, sourceId: string): Fact[] {
  const facts: Fact[] = []
  const add = (predicate: string, year: string | undefined) => {
    if (year === undefined || !/\d{4}/.test(year)) return
    const iso = /\d{4}/.exec(year)?.[0]
    const uncertain = year.includes('?') || year.includes('/')
    const draft: FactDraft = {
      type: 'life-event',
      subject,
      predicate,
      start: iso === undefined ? { text: year } : { text: year, iso },
      confidence: uncertain ? 0.6 : 0.95,
    }
    facts.push(makeFact(sourceId, RULE_LIFE, entry.span, facts.length, draft))
  }
  add('born', entry.birthYear)
  add('died', entry.deathYear)
  return facts
}

/** Where the biography text starts in the normalised text, when it is printed there verbatim. */
function descriptionOffset(text: string, entry: GlossaryEntry): number | undefined {
  const head = entry.description.slice(0, 40)
  if (head === '') return undefined
  const index = text.slice(entry.span.start, entry.span.end).indexOf(head)
  return index === -1 ? undefined : entry.span.start + index
}
