import type { Entity, GlossaryEntry } from '../core/index.ts'
import { givenKeys, nameKey, parsePersonName, personId } from '../core/index.ts'

/** A person entity under construction, with its parsed name kept for matching. */
export interface PersonDraft {
  id: string
  name: string
  variants: string[]
  surnameKey: string
  initials: string[]
  birthYear?: string
  deathYear?: string
  description?: string
  origin: string
}

/**
 * The "Given Surname" order of a "Surname, Given" name ("Trotsky, L. D." → "L. D. Trotsky"); the name itself when
 * it has no comma.
 * @example givenFirst('Kamenev, S. S.') // 'S. S. Kamenev'
 */
export function givenFirst(name: string): string {
  const { surname, given } = parsePersonName(name)
  if (!name.includes(',') || given.length === 0) return name
  return `${given.join(' ')} ${surname}`
}

/** A draft person from a "Surname, Given" name, with the printed name and the given-first order as variants. */
export function personDraft(name: string, origin: string, printed: readonly string[] = []): PersonDraft {
  const parsed = parsePersonName(name)
  return {
    id: personId(name),
    name,
    variants: unique([...printed, givenFirst(name)].filter((variant) => variant !== name)),
    surnameKey: nameKey(parsed.surname),
    initials: givenKeys(parsed.given),
    origin,
  }
}

/**
 * A draft person from a glossary entry: aliases (real names, pseudonyms, party names) become variants; an alias that
 * is a bare surname also gets the entry's initials ("Amas (real name: Amirbekov), A. S." → "Amirbekov, A. S.").
 */
export function personFromGlossary(entry: GlossaryEntry): PersonDraft {
  const draft = personDraft(entry.name, 'glossary', [entry.nameAsPrinted])
  const given = parsePersonName(entry.name).given
  for (const alias of entry.aliases) {
    draft.variants.push(alias.name)
    const parsed = parsePersonName(alias.name)
    if (parsed.given.length === 0 && given.length > 0 && /real name|alias/i.test(alias.label)) {
      draft.variants.push(`${alias.name}, ${given.join(' ')}`)
    }
  }
  draft.variants = unique(draft.variants)
  if (entry.birthYear !== undefined) draft.birthYear = entry.birthYear
  if (entry.deathYear !== undefined) draft.deathYear = entry.deathYear
  if (entry.description !== '') draft.description = entry.description
  return draft
}

/** Adds names to a draft's variants (never its own name, never twice). */
export function addVariants(draft: PersonDraft, names: readonly string[]): void {
  draft.variants = unique([...draft.variants, ...names].filter((name) => name !== draft.name))
}

/** The entity a draft becomes. */
export function toEntity(draft: PersonDraft): Entity {
  return {
    id: draft.id,
    type: 'person',
    name: draft.name,
    variants: draft.variants,
    ...(draft.birthYear === undefined ? {} : { birthYear: draft.birthYear }),
    ...(draft.deathYear === undefined ? {} : { deathYear: draft.deathYear }),
    ...(draft.description === undefined ? {} : { description: draft.description }),
    origin: draft.origin,
  }
}

/** The keys of every name of a draft (its name and variants). */
export function draftKeys(draft: PersonDraft): Set<string> {
  return new Set([draft.name, ...draft.variants].map(nameKey))
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((name) => name.trim() !== ''))]
}
