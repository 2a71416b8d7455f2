/** Addressee names that stand for a group, not a person. */
const GROUP = /^(?:the|other|our|all)\s|friends|comrades/i

/**
 * Completes the addressees of a collection of letters from the collection itself:
 * - a given name used alone ("Viacheslav") becomes the surname that most often follows it in the source
 *   ("Viacheslav Molotov"), with or without a patronymic between;
 * - a playful form that shares its first five letters with the collection's main addressee ("Molotshtein",
 *   "Molotovich") becomes that addressee;
 * - a letter whose salutation names nobody ("Hello again,") or that has none is taken to go to the main
 *   addressee, the one most letters name (at least three, and half the letters that name anyone).
 * Returns the new addressee lists, in the order of `items`.
 * @example resolveAddressees([['Molotov'], ['Molotov'], ['Molotov'], []], '')[3] // ['Molotov']
 */
export function resolveAddressees(items: readonly (readonly string[])[], text: string): string[][] {
  const surnames = new Map<string, string>()
  const resolveGiven = (name: string): string => {
    if (!/^[A-Z][a-z]+$/.test(name)) return name
    if (!surnames.has(name)) surnames.set(name, findSurname(name, text) ?? name)
    return surnames.get(name) as string
  }
  const first = items.map((names) => names.map(resolveGiven))
  const counts = new Map<string, number>()
  for (const names of first)
    for (const name of new Set(names)) if (!GROUP.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1)
  const named = first.filter((names) => names.length > 0).length
  const [main, mainCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const hasMain = mainCount >= 3 && mainCount * 2 >= named
  return first.map((names) => {
    if (!hasMain) return names
    if (names.length === 0) return [main]
    return names.map((name) => (name !== main && sharesStem(name, main) ? main : name))
  })
}

function sharesStem(name: string, main: string): boolean {
  return (
    /^\p{L}+$/u.test(name) &&
    name.length >= 5 &&
    main.length >= 5 &&
    name.slice(0, 5).toLowerCase() === main.slice(0, 5).toLowerCase()
  )
}

/** The surname that most often follows a given name in the text ("Nikolai Bukharin" twice, "Nikolai Yezhov" once). */
function findSurname(given: string, text: string): string | undefined {
  // A name printed after an initial ("J. Stalin", "V. M. Molotov") is a surname, not a given name.
  if (new RegExp(`\\b[A-Z]\\.\\s*${given}\\b`).test(text)) return undefined
  const pattern = new RegExp(
    `\\b${given}\\s+(?:[A-Z][a-z]+(?:ovich|evich|ich|ovna|evna|ichna)\\s+)?([A-Z][a-z]{2,})\\b`,
    'g',
  )
  const counts = new Map<string, number>()
  for (const m of text.matchAll(pattern)) {
    const surname = m[1] as string
    if (/(?:ovich|evich|ovna|evna)$/.test(surname)) continue
    counts.set(surname, (counts.get(surname) ?? 0) + 1)
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  return count >= 2 ? best : undefined
}
