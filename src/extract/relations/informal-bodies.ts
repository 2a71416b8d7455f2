import type { Fact, Mention, Span } from '../../core/index.ts'
import { entitySlug } from '../../core/index.ts'
import { factDate } from '../events/dated-events.ts'
import type { EntityNames } from '../events/entity-names.ts'
import { factId, isDate, isName, type MentionIndex } from '../events/text-helpers.ts'

const RULE_NAME = 'extract/relations:informal-body'
const RULE_FORMED = 'extract/relations:informal-body-formed'
/** Collective names of the genre: Russian numeral nouns, -virates, and English numerals used as nouns. */
const COLLECTIVE =
  /(?:\b(so-called)\s+)?([“"‘'*]{1,2})?\b(troika|semerka|piaterka|pyaterka|chetverka|shesterka|dvoika|triumvirate|duumvirate|two|three|four|five|six|seven|eight|nine|ten|twelve)\b([”"’'*]{1,2})?(?:\s*\((?:the\s+)?([\p{Ll}][\p{Ll}\s'’-]{1,28})\))?/giu
/** Numeral nouns that name a group by themselves; plain numerals need a mark (quotes, italics, "so-called"). */
const GROUP_WORD = /^(?:troika|semerka|piaterka|pyaterka|chetverka|shesterka|dvoika|triumvirate|duumvirate)$/i
/** After "the seven" used as a name: punctuation, a possessive, a verb, not a noun ("the seven days"). */
const AS_NAME_AFTER =
  /^(?:[,.;:)!?]|['’]s\b|\s+(?:and|met|was|were|had|has|decided|regularly|consisting|existed|itself|who|which)\b)/
/** How the sources characterise an informal body: "shadow Politburo", "underground Politburo". */
const CHARACTERISATION =
  /\b(?:shadow|underground|unofficial|informal|secret|inner|factional)\s+(?:Politburo|government|cabinet|leadership|Central Committee|center|centre|body|organ)\b|\ban?\s+(?:[\p{Ll}-]+\s+){0,2}(?:organ|institution|faction|group)\b(?=\s*[:,]\s*(?:the\s+)?[“"‘'*]{0,2}\p{L}+[”"’'*]{0,2}\s*[,(])/giu
const FORMED = /\b(?:formed|set up|created|established|elected|organi[sz]ed|founded|constituted)\b/i
/** "all the members of the Politburo except for Trotsky": the person after "except" is not a member. */
const EXCEPT = /\bexcept(?:\s+for)?\s+$/
const MEMBERS = /\b(?:consisting of|composed of|made up of|comprising)\b/i

interface Designation {
  readonly names: readonly string[]
  readonly printed: string
  readonly span: Span
  readonly sentence: Span
  readonly gloss?: string
}

/**
 * Informal bodies (the "seven", a troika, a shadow Politburo): their names across the source (a name and its
 * gloss, "*semerka* (the seven)", are one body), how the sources characterise them, when they were formed and
 * of whom; statements that date the forming differently are kept side by side, each marked as a conflict.
 * @example informalBodies(text, sentences, sourceId, mentions, names).filter((f) => f.attributes?.conflict)
 */
export function informalBodies(
  text: string,
  sentences: readonly Span[],
  sourceId: string,
  mentions: MentionIndex,
  names: EntityNames,
): Fact[] {
  const designations = sentences.flatMap((s) => designationsIn(text, s))
  const groups = groupByName(designations)
  const facts: Fact[] = []
  for (const group of groups) {
    const id = groupId(group, names)
    const inferred = id.startsWith('body:the-') && names.get(id) === undefined
    const formed: Fact[] = []
    for (const sentence of unique(group.map((d) => d.sentence))) {
      const here = group.filter((d) => d.sentence === sentence)
      const said = characterisations(text, sentence)
      for (const phrase of said) facts.push(characterised(sourceId, id, phrase, sentence, here, inferred))
      const slice = text.slice(sentence.start, sentence.end)
      const fact = FORMED.test(slice)
        ? formedFact(text, sourceId, id, sentence, here, said, mentions, inferred)
        : undefined
      if (fact !== undefined) formed.push(fact)
    }
    facts.push(...markConflicts(formed))
  }
  return facts
}

function designationsIn(text: string, sentence: Span): Designation[] {
  const slice = text.slice(sentence.start, sentence.end)
  const found: Designation[] = []
  for (const match of slice.matchAll(COLLECTIVE)) {
    const [whole, soCalled, open, word = '', close, gloss] = match
    const start = sentence.start + (match.index ?? 0)
    const marked =
      (open !== undefined && close !== undefined) || soCalled !== undefined || gloss !== undefined
    const before = slice.slice(Math.max(0, (match.index ?? 0) - 4), match.index ?? 0)
    const asName =
      /the\s+$/i.test(before) && AS_NAME_AFTER.test(slice.slice((match.index ?? 0) + whole.length))
    if (!marked && !asName && !(GROUP_WORD.test(word) && /the\s+$/i.test(before))) continue
    const names = [word.toLowerCase(), ...(gloss ? [gloss.toLowerCase().replace(/^the\s+/, '')] : [])]
    found.push({
      names,
      printed: whole,
      span: { start, end: start + whole.length },
      sentence,
      ...(gloss ? { gloss: gloss.toLowerCase().replace(/^the\s+/, '') } : {}),
    })
  }
  return found
}

/** Designations that share a name are one body (union of names, in text order). */
function groupByName(designations: readonly Designation[]): Designation[][] {
  const groups: { names: Set<string>; items: Designation[] }[] = []
  for (const designation of designations) {
    const joined = groups.filter((g) => designation.names.some((n) => g.names.has(n)))
    const target = joined[0] ?? { names: new Set<string>(), items: [] }
    if (joined.length === 0) groups.push(target)
    for (const other of joined.slice(1)) {
      for (const n of other.names) target.names.add(n)
      target.items.push(...other.items)
      groups.splice(groups.indexOf(other), 1)
    }
    for (const n of designation.names) target.names.add(n)
    target.items.push(designation)
  }
  return groups.map((g) => g.items.sort((a, b) => a.span.start - b.span.start))
}

/** An entity of that name if the authority has one, else `body:the-<name>` from the English gloss or first name. */
function groupId(group: readonly Designation[], names: EntityNames): string {
  const all = unique(group.flatMap((d) => d.names))
  for (const name of all) {
    const found = [...names.find(`the ${name}`, 'body'), ...names.find(name, 'body')]
    if (found.length > 0) return found[0] as string
  }
  const english = group.find((d) => d.gloss !== undefined)?.gloss ?? all[0] ?? 'group'
  return `body:the-${entitySlug(english)}`
}

function characterisations(text: string, sentence: Span): { text: string; span: Span }[] {
  const slice = text.slice(sentence.start, sentence.end)
  return [...slice.matchAll(CHARACTERISATION)].map((m) => {
    const start = sentence.start + (m.index ?? 0)
    return { text: m[0], span: { start, end: start + m[0].length } }
  })
}

function characterised(
  sourceId: string,
  id: string,
  phrase: { text: string; span: Span },
  sentence: Span,
  here: readonly Designation[],
  inferred: boolean,
): Fact {
  return {
    id: factId(sourceId, RULE_NAME, id, phrase.span.start),
    type: 'relation',
    subject: id,
    predicate: 'characterised-as',
    attributes: { characterisation: phrase.text, name: here.map((d) => d.printed) },
    ...(inferred ? { inferred: ['subject'] } : {}),
    confidence: 0.7,
    evidence: [{ span: sentence, rule: RULE_NAME }],
  }
}

function formedFact(
  text: string,
  sourceId: string,
  id: string,
  sentence: Span,
  here: readonly Designation[],
  said: readonly { text: string }[],
  mentions: MentionIndex,
  inferred: boolean,
): Fact | undefined {
  const inside: Mention[] = mentions.within(sentence)
  const first = here[0] as Designation
  const dates = inside.filter(isDate).filter((d) => d.value.kind !== 'decade' && d.value.kind !== 'lifespan')
  const date = dates.filter((d) => d.span.start < first.span.start).at(-1) ?? dates[0]
  // A forming without a date says little and is mostly a false reading of "formed".
  if (date === undefined) return undefined
  const slice = text.slice(sentence.start, sentence.end)
  const membersAt = MEMBERS.exec(slice)
  const members =
    membersAt === null
      ? []
      : inside
          .filter((m) => m.span.start >= sentence.start + membersAt.index && isName(m, 'person'))
          .filter((m) => !EXCEPT.test(text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start)))
          .map((m) => (isName(m) ? (m.entityId ?? text.slice(m.span.start, m.span.end)) : ''))
  return {
    id: factId(sourceId, RULE_FORMED, id, sentence.start),
    type: 'event',
    subject: id,
    predicate: 'formed',
    start: factDate(text, date),
    attributes: {
      name: here.map((d) => d.printed),
      ...(said.length > 0 ? { characterisation: said.map((s) => s.text) } : {}),
      ...(members.length > 0 ? { members: unique(members) } : {}),
    },
    ...(inferred ? { inferred: ['subject'] } : {}),
    confidence: 0.75,
    evidence: [{ span: sentence, rule: RULE_FORMED }],
  }
}

/** Statements that date the forming of one body differently: each kept, each pointing at the others. */
function markConflicts(formed: readonly Fact[]): Fact[] {
  const dated = formed.filter((f) => f.start?.iso !== undefined)
  const isos = new Set(dated.map((f) => f.start?.iso))
  if (isos.size < 2) return [...formed]
  return formed.map((fact) => {
    if (fact.start?.iso === undefined) return fact
    const others = dated.filter((f) => f.start?.iso !== fact.start?.iso).map((f) => f.id)
    return {
      ...fact,
      attributes: { ...fact.attributes, conflict: 'conflicting-dates', conflictsWith: others },
    }
  })
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)]
}
