import type { Fact, FactDate, NameMention, Span, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { type BodyLookup, createBodyLookup } from './body-lookup.ts'
import { predicateOf } from './glossary-biographies.ts'
import { makeFact } from './make-fact.ts'
import {
  createDocumentDates,
  type DocumentDates,
  inTitle,
  isHypothetical,
  sentenceAround,
  sentenceDate,
} from './passage-context.ts'
import { readPeriods } from './read-period.ts'
import { type RolePhrase, readRolePhraseAt, readRolePhraseEnding } from './role-phrase.ts'

const RULE = 'extract/posts:apposition'

/** How the role stands to the name. */
type Form = 'after-comma' | 'before-comma' | 'title' | 'parenthesis'

/** One apposition found: the person, the role phrase (offsets into the source text) and its form. */
interface Apposition {
  readonly person: NameMention & { readonly entityId: string }
  readonly phrase: RolePhrase
  readonly form: Form
  /** A period printed with the role ("Mikoian (commissar of trade, 1926–30)"). */
  readonly period?: { start?: FactDate; end?: FactDate }
}

/** Words between a name's comma and its role: "the", "then", "who was at that time" … */
const LEAD =
  /(?:who (?:was|is|had been) )?(?:(?:then|now|at that time|at the time|still|already|also),? )?(?:the |a |an )?/y
/** Words that put the post outside the time of the passage ("former", "future", "later"). */
const OTHER_TIME =
  /^(?:who (?:was|is|had been) )?(?:former|formerly|ex-|future|later|once|previously|onetime)/
/** Words before a role that make it an appointment, a removal or an office in general, not an apposition. */
const NOT_APPOSITION =
  /\b(?:post|posts|position|office|duties|role|job|as|appoint\w*|confirm\w*|elect\w*|nominat\w*|name|named|make|made|remove\w*|dismiss\w*|reliev\w*|replac\w*|become|became|becoming)\s+(?:the\s+|a\s+|an\s+)?$/i

/**
 * Reads posts from appositions in running text: a resolved person mention beside a role phrase that names an
 * institution — "Kuibyshev, the chairman of the Central Control Commission", "the chairman of the Council of
 * Commissars, Rykov", "OGPU Chairman V. R. Menzhinskii", "Mikoian (commissar of trade)". The post is dated by the
 * sentence's one date or else by the innermost dated document, both marked inferred (start and end: the passage
 * attests the post at that time, not its period); a period printed with the role is stated. Sentences that suppose or
 * prescribe, and names inside titles of works, give nothing.
 * @example extractAppositions(input, context).map((fact) => `${fact.subject} ${fact.role} ${fact.institution}`)
 */
export function extractAppositions(input: ExtractInput, context: StageContext): Fact[] {
  const text = input.text.text
  const bodies = createBodyLookup(input.entities)
  const dates = createDocumentDates(input.segments.documents, input.segments.notes)
  const excluded = excludedSpans(input)
  const facts: Fact[] = []
  const seen = new Set<string>()
  for (const mention of input.mentions) {
    if (mention.type !== 'person' || mention.entityId === undefined) continue
    if (excluded.some((span) => span.start <= mention.span.start && mention.span.end <= span.end)) continue
    const person = mention as Apposition['person']
    for (const apposition of appositionsOf(text, person, input.mentions)) {
      const fact = toFact(text, apposition, bodies, dates, context.sourceId)
      if (fact === undefined) continue
      const key =
        `${fact.subject}|${fact.role}|${fact.institution}|${fact.evidence[0].span.start}`.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      facts.push(fact)
    }
  }
  return facts
}

/** Glossary and index entries are read by their own rules. */
function excludedSpans(input: ExtractInput): Span[] {
  const { documents, glossary, index } = input.segments
  return [
    ...documents.filter((document) => document.type === 'glossary' || document.type === 'index'),
    ...glossary,
    ...index,
  ].map((each) => each.span)
}

function appositionsOf(
  text: string,
  person: Apposition['person'],
  mentions: ExtractInput['mentions'],
): Apposition[] {
  const found: Apposition[] = [...afterName(text, person)]
  const before = beforeName(text, person)
  if (before !== undefined) found.push(before)
  return found
    .map((apposition) => trimAtPerson(text, apposition, mentions))
    .filter((apposition): apposition is Apposition => apposition !== undefined)
}

/**
 * "Kuibyshev, the chairman of X", "Mikoian, who was commissar of trade", "Mikoian (commissar of trade)", and the
 * roles chained after the first ("Molotov, Politburo member, chairman of X, and …").
 */
function afterName(text: string, person: Apposition['person']): Apposition[] {
  const at = person.span.end
  const opener = /^(?:<sup>[^<]*<\/sup>)?(, |\s?\()/.exec(text.slice(at, at + 20))
  if (opener === null) return []
  const leadStart = at + opener[0].length
  if (OTHER_TIME.test(text.slice(leadStart, leadStart + 30))) return []
  const phrase = readAfterLead(text, leadStart)
  if (phrase === undefined) return []
  const rest = text.slice(phrase.end, phrase.end + 60)
  if ((opener[1] ?? '').includes('(')) {
    const inner = /^(?:, ([^()]{1,30}))?\)/.exec(rest)
    if (inner === null) return []
    const period = inner[1] === undefined ? undefined : readPeriods(inner[1])?.[0]
    if (inner[1] !== undefined && period === undefined) return []
    return [{ person, phrase, form: 'parenthesis', ...(period === undefined ? {} : { period }) }]
  }
  const found: Apposition[] = []
  for (let next: RolePhrase | undefined = phrase; next !== undefined; ) {
    if (/^(?:['’]s\b|\s+\p{Lu})/u.test(text.slice(next.end, next.end + 3))) break
    found.push({ person, phrase: next, form: 'after-comma' })
    const chain = /^,? (?:and )?/.exec(text.slice(next.end, next.end + 6))
    next = chain === null ? undefined : readAfterLead(text, next.end + chain[0].length)
  }
  return found
}

/** A role phrase after the words that may introduce it ("the", "then", "who was at that time"). */
function readAfterLead(text: string, at: number): RolePhrase | undefined {
  LEAD.lastIndex = at
  const lead = LEAD.exec(text)?.[0] ?? ''
  return readRolePhraseAt(text, at + lead.length)
}

/** "the chairman of the Council of Commissars, Rykov", "OGPU Chairman V. R. Menzhinskii". */
function beforeName(text: string, person: Apposition['person']): Apposition | undefined {
  const from = Math.max(0, person.span.start - 160)
  const window = text.slice(from, person.span.start)
  const tail = /(,?) (?:(?:Com\.|Comrade|comrade) )?$/.exec(window)
  if (tail === null) return undefined
  const head = window.slice(0, tail.index)
  const local = readRolePhraseEnding(head)
  if (local === undefined) return undefined
  const phrase = shift(local, from)
  const preceding = text.slice(Math.max(0, phrase.start - 40), phrase.start)
  if (NOT_APPOSITION.test(preceding)) return undefined
  if (tail[1] === ',') {
    // With a comma the role must be introduced as one: "the chairman of X, Rykov".
    if (!/(?:^|\s)(?:the|The)\s+$/.test(preceding)) return undefined
    return { person, phrase, form: 'before-comma' }
  }
  return { person, phrase, form: 'title' }
}

function shift(phrase: RolePhrase, by: number): RolePhrase {
  return {
    ...phrase,
    start: phrase.start + by,
    end: phrase.end + by,
    institutionStart: phrase.institutionStart + by,
    institutionEnd: phrase.institutionEnd + by,
  }
}

/** An institution read past the name of another person ("chairman of X and Rykov") ends before that name. */
function trimAtPerson(
  text: string,
  apposition: Apposition,
  mentions: ExtractInput['mentions'],
): Apposition | undefined {
  const { phrase } = apposition
  const inside = mentions.find(
    (mention) =>
      mention.type === 'person' &&
      mention.span.start >= phrase.institutionStart &&
      mention.span.start < phrase.institutionEnd,
  )
  if (inside === undefined) return apposition
  const cut = text
    .slice(phrase.institutionStart, inside.span.start)
    .replace(/(?:\s+(?:and|of|for|on)(?: the)?)?\s*$/, '')
  if (cut === '' || !/\p{Lu}/u.test(cut)) return undefined
  const institutionEnd = phrase.institutionStart + cut.length
  const end = phrase.end === phrase.institutionEnd ? institutionEnd : phrase.end
  return { ...apposition, phrase: { ...phrase, institution: cut, institutionEnd, end } }
}

function toFact(
  text: string,
  apposition: Apposition,
  bodies: BodyLookup,
  dates: DocumentDates,
  sourceId: string,
): Fact | undefined {
  const { person, phrase, form } = apposition
  const span = {
    start: Math.min(person.span.start, phrase.start),
    end: Math.max(person.span.end, phrase.end),
  }
  const sentenceSpan = sentenceAround(text, span)
  const sentence = text.slice(sentenceSpan.start, sentenceSpan.end)
  if (isHypothetical(sentence, true) || inTitle(sentence, person.span.start - sentenceSpan.start))
    return undefined
  const institution = phrase.institution.replace(/^the /, '')
  const object = bodies.find(institution)
  const date = apposition.period === undefined ? dateOf(sentence, span.start, dates) : undefined
  const stated = apposition.period
  const confidence = (form === 'title' ? 0.65 : 0.7) + (object === undefined ? 0 : 0.05)
  // The phrase, not the person, tells two appositions of one person in one sentence apart.
  return makeFact(sourceId, RULE, sentenceSpan, phrase.start - sentenceSpan.start, {
    type: 'post',
    subject: person.entityId,
    predicate: predicateOf(phrase.role),
    ...(object === undefined ? {} : { object }),
    role: phrase.role,
    institution,
    ...(stated?.start === undefined ? {} : { start: stated.start }),
    ...(stated?.end === undefined ? {} : { end: stated.end }),
    ...(date === undefined ? {} : { start: date, end: date, inferred: ['start', 'end'] }),
    attributes: { form, passage: text.slice(span.start, span.end) },
    confidence,
  })
}

/** The sentence's one date, else the date of the innermost dated document. */
function dateOf(sentence: string, offset: number, dates: DocumentDates): FactDate | undefined {
  return sentenceDate(sentence) ?? dates.dateAt(offset)
}
