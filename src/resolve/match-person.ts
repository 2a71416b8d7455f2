import { initialsCompatible, nameKey } from '../core/index.ts'
import type { PersonDraft } from './person-entity.ts'
import { draftKeys } from './person-entity.ts'

/**
 * Finds the one person among `people` that a name (as a draft) refers to, in steps from sure to loose, or undefined:
 * 1. a name or variant with the same key ("Roy Manabendra Nat" = "Roy, Manabendra Nat"), bare surnames aside;
 * 2. the same surname key and compatible initials, or a given name that is one of the person's names ("Ordzhonikidze,
 *    Sergo" and the glossary's party name Sergo); with several, the one whose initials are the same;
 *    (`loose`: the only one not claimed by another heading, "Kviring, Emmanuil" when "Kviring, Ye. I." has its own);
 * 3. (`loose`) the only person with that surname, not claimed by another heading, sharing at least one initial (an
 *    index misprint: "Kopp, B. L." for "Kopp, V. L.");
 * 4. (`loose`) a surname one or two letters away with the same initials ("Brukhanov" for "Briukhanov", "Shvernii" for
 *    "Shvernik", "Ulianov" for "Ulianova").
 * @example matchPerson(draft('Kerenskii, A. F.'), glossaryPeople, { loose: false }) // Kerensky, A. F.
 */
export function matchPerson(
  name: PersonDraft,
  people: readonly PersonDraft[],
  options: { readonly loose: boolean; readonly claimed?: ReadonlySet<string> },
): PersonDraft | undefined {
  const keys = fullKeys(name)
  const byKey = people.filter((person) => [...fullKeys(person)].some((key) => keys.has(key)))
  if (byKey.length === 1) return byKey[0]
  const sameSurname = people.filter(
    (person) => person.surnameKey === name.surnameKey && name.surnameKey !== '',
  )
  const givenKey = nameKey(name.name.slice(name.name.indexOf(',') + 1))
  const compatible = sameSurname.filter(
    (person) => initialsCompatible(person.initials, name.initials) || draftKeys(person).has(givenKey),
  )
  if (compatible.length === 1) return compatible[0]
  if (compatible.length > 1) {
    const same = compatible.filter((person) => person.initials.join(' ') === name.initials.join(' '))
    if (same.length === 1) return same[0]
    const unclaimed = compatible.filter((person) => !options.claimed?.has(person.id))
    return options.loose && unclaimed.length === 1 ? unclaimed[0] : undefined
  }
  if (!options.loose) return undefined
  const free = sameSurname.filter((person) => !options.claimed?.has(person.id))
  if (sameSurname.length === 1 && free.length === 1 && shareInitial(free[0]?.initials ?? [], name.initials)) {
    return free[0]
  }
  const near = people.filter(
    (person) =>
      name.surnameKey.length >= 5 &&
      person.surnameKey !== name.surnameKey &&
      editDistance(person.surnameKey, name.surnameKey) <= 2 &&
      name.initials.length > 0 &&
      person.initials.join(' ') === name.initials.join(' '),
  )
  return near.length === 1 ? near[0] : undefined
}

/** The keys of a person's names except the bare surname, which namesakes share ("Smirnov"). */
function fullKeys(person: PersonDraft): Set<string> {
  const keys = draftKeys(person)
  if (person.initials.length > 0) keys.delete(person.surnameKey)
  return keys
}

function shareInitial(a: readonly string[], b: readonly string[]): boolean {
  return a.some((initial, index) => initial === b[index])
}

/** Levenshtein distance (small strings only: surnames). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}
