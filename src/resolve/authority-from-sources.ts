import type { Entity, EntityType, GlossaryEntry, IndexEntry, SegmentResult } from '../core/index.ts'
import { entitySlug } from '../core/index.ts'
import { classifyHeading, isPlaceQualifier } from './classify-heading.ts'
import { matchPerson } from './match-person.ts'
import type { PersonDraft } from './person-entity.ts'
import { addVariants, draftKeys, personDraft, personFromGlossary, toEntity } from './person-entity.ts'

/**
 * Turns a source's own authority apparatus (its glossary of names and its index) into entities. Each glossary
 * person becomes a person (id from the name key of the surname and the given initials: `person:trotski-l-d`, the
 * same for every spelling and script, see docs/decisions/0005); cross-references ("Koba. See Stalin") add variants
 * to their target. Each index heading shaped like a person's name joins the glossary person it names (same key,
 * compatible initials, or a misprint the index makes) or becomes a person of its own; index cross-references to a
 * person add variants. Headings shaped like bodies, places and events become entities of those types
 * (`body:politburo`, `place:baku`, `event:eastman-affair`).
 * @example authorityFromSources(segments).find((e) => e.name === 'Trotsky, L. D.')?.id // 'person:trotski-l-d'
 */
export function authorityFromSources(segments: SegmentResult): Entity[] {
  const people = segments.glossary.filter((entry) => entry.entryType === 'person').map(personFromGlossary)
  const glossaryCount = people.length
  addCrossReferences(segments.glossary, people)
  addIndexPeople(segments.index, people, glossaryCount)
  const others = otherEntities(segments.index)
  return [...mergeSameIds(people).map(toEntity), ...others]
}

function addCrossReferences(entries: readonly GlossaryEntry[], people: PersonDraft[]): void {
  for (const entry of entries) {
    if (entry.entryType !== 'cross-reference' || entry.see === undefined) continue
    const target = findOrAdd(entry.see, people, 'glossary')
    addVariants(target, [entry.name])
  }
}

function addIndexPeople(entries: readonly IndexEntry[], people: PersonDraft[], glossaryCount: number): void {
  const glossary = people.slice(0, glossaryCount)
  const headings = entries.filter((entry) => isPersonHeading(entry, glossary))
  const claimed = new Set<string>()
  const pending: IndexEntry[] = []
  for (const entry of headings) {
    if (entry.see.length > 0 && entry.locators.length === 0 && entry.subentries.length === 0) continue
    const target = matchPerson(indexDraft(entry), glossary, { loose: false })
    if (target === undefined) pending.push(entry)
    else join(target, entry, claimed)
  }
  for (const entry of pending) {
    const target = matchPerson(indexDraft(entry), glossary, { loose: true, claimed })
    if (target !== undefined) join(target, entry, claimed)
    else findOrAdd(entry.heading, people, 'index', [entry.headingAsPrinted])
  }
  // Cross-references last, so that their targets exist: "Koba. See Stalin, Josef", "Ulianov, Vladimir. See Lenin".
  for (const entry of entries) {
    const see = entry.see[0]
    if (see === undefined || entry.locators.length > 0 || entry.subentries.length > 0) continue
    const nameLike = /^\p{Lu}[\p{L}'’-]*$/u.test(entry.heading) || classifyHeading(entry.heading) === 'person'
    if (!nameLike || (classifyHeading(see) !== 'person' && !isPersonHeading(entry, glossary))) continue
    addVariants(findOrAdd(see, people, 'index'), [entry.heading])
  }
}

function join(target: PersonDraft, entry: IndexEntry, claimed: Set<string>): void {
  claimed.add(target.id)
  addVariants(target, [entry.heading, entry.headingAsPrinted])
}

function isPersonHeading(entry: IndexEntry, glossary: readonly PersonDraft[]): boolean {
  if (classifyHeading(entry.heading) === 'person') return true
  const keys = draftKeys(indexDraft(entry))
  return glossary.some((person) => [...draftKeys(person)].some((key) => keys.has(key)))
}

function indexDraft(entry: IndexEntry): PersonDraft {
  return personDraft(entry.heading, 'index', [entry.headingAsPrinted])
}

/** The person a name refers to among `people`, or a new one added to them. */
function findOrAdd(name: string, people: PersonDraft[], origin: string, printed: readonly string[] = []) {
  const draft = personDraft(name, origin, printed)
  const found = matchPerson(draft, people, { loose: false })
  if (found !== undefined) {
    addVariants(found, [name, ...draft.variants])
    return found
  }
  people.push(draft)
  return draft
}

/** Two drafts with one id (the same name printed twice) become one. */
function mergeSameIds(people: readonly PersonDraft[]): PersonDraft[] {
  const byId = new Map<string, PersonDraft>()
  for (const person of people) {
    const existing = byId.get(person.id)
    if (existing === undefined) byId.set(person.id, person)
    else addVariants(existing, [person.name, ...person.variants])
  }
  return [...byId.values()]
}

function otherEntities(entries: readonly IndexEntry[]): Entity[] {
  const byId = new Map<string, Entity>()
  const headings = new Set(entries.map((entry) => entry.heading.toLowerCase()))
  // A parenthesis is a short name ("(Rabkrin)", "(TPP)") when it is an abbreviation or a heading of its own; not a
  // date, a country or an adjective ("(9 June 1927)", "(Turkey)").
  const isShortName = (text: string | undefined): text is string =>
    text !== undefined &&
    !isPlaceQualifier(text) &&
    (/^[A-Z]{2,}$/.test(text) || headings.has(text.toLowerCase()))
  for (const entry of entries) {
    const type = classifyHeading(entry.heading)
    if (type === 'person' || type === 'topic') continue
    const name = type === 'place' ? (entry.heading.split(',')[0] ?? entry.heading).trim() : entry.heading
    const found = /\(([^)]+)\)/.exec(name)?.[1]
    const short = isShortName(found) ? found : undefined
    const main = name.replace(/\s*\([^)]*\)/g, '').trim()
    const id = `${type}:${entitySlug(main)}`
    if (byId.has(id) || entitySlug(main) === '') continue
    const variants = [...new Set([entry.heading, short].filter((v): v is string => !!v && v !== main))]
    byId.set(id, { id, type: type as EntityType, name: main, variants, origin: 'index' })
  }
  return [...byId.values()]
}
