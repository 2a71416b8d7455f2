import type { Entity } from '../../core/index.ts'
import { createFuzzyIndex, type FuzzyIndex } from './fuzzy-index.ts'
import { GIVEN_NAMES, isPatronymic } from './given-names.ts'
import { createLookupKey } from './lookup-key.ts'
import { isStopWord } from './stop-words.ts'
import { tokenize } from './tokenize.ts'

/** What the person recogniser knows, built from the authority entities. All maps are keyed by lookup key. */
export interface PersonLexicon {
  /** Single-word names (surnames, nicknames, party names) → the people they may name. */
  readonly single: ReadonlyMap<string, readonly string[]>
  /** Multi-word names, grouped by the key of their first word: each a list of word keys. */
  readonly phrases: ReadonlyMap<string, readonly (readonly string[])[]>
  /** Given names (built-in and from the authority's own full names). */
  readonly given: ReadonlySet<string>
  /** One-word names of bodies, places and events: never taken as a surname from position alone. */
  readonly otherNames: ReadonlySet<string>
  /** Latin single-word names of six letters or more as written (lower case), for one-edit misspellings. */
  readonly fuzzy: FuzzyIndex
  readonly key: (text: string) => string
}

const cache = new WeakMap<readonly Entity[], PersonLexicon>()

/**
 * Builds (once per authority list) the lexicon people are recognised from: "Trotsky, Lev Davidovich" gives the
 * surname "Trotsky" and the given name "Lev"; the variant "Leon Trotsky" a phrase and the surname again; "Koba" a
 * single-word name.
 * @example buildPersonLexicon(authority).single.get('trotsky')
 */
export function buildPersonLexicon(authority: readonly Entity[]): PersonLexicon {
  const cached = cache.get(authority)
  if (cached !== undefined) return cached
  const key = createLookupKey()
  const single = new Map<string, string[]>()
  const phrases = new Map<string, string[][]>()
  const given = new Set(GIVEN_NAMES.map(key))
  const otherNames = new Set<string>()
  const written = new Set<string>()
  const derivedGiven = new Set<string>()
  const addSingle = (word: string, id: string): void => {
    const k = key(word)
    if (k === '' || isStopWord(word)) return
    written.add(word.toLowerCase())
    const ids = single.get(k) ?? []
    if (!ids.includes(id)) ids.push(id)
    single.set(k, ids)
  }
  for (const entity of authority) {
    const names = [entity.name, ...(entity.variants ?? [])].filter((n): n is string => typeof n === 'string')
    if (entity.type !== 'person') {
      for (const name of names) if (!/\s/.test(name.trim())) otherNames.add(key(name))
      continue
    }
    for (const name of names) addName(name, entity.id)
  }
  function addName(name: string, id: string): void {
    const comma = name.indexOf(', ')
    if (comma > 0) {
      addName(name.slice(0, comma), id)
      for (const token of tokenize(name.slice(comma + 2))) {
        if (token.kind === 'word' && !isPatronymic(token.text) && !isStopWord(token.text))
          derivedGiven.add(key(token.text))
      }
      return
    }
    const tokens = tokenize(name)
    if (tokens.length === 0) return
    if (tokens.length === 1) {
      addSingle(tokens[0]?.text ?? '', id)
      return
    }
    const keys = tokens.map((t) => key(t.text))
    const first = keys[0] ?? ''
    const list = phrases.get(first) ?? []
    list.push(keys)
    phrases.set(first, list)
    const last = tokens[tokens.length - 1]
    if (last?.capitalised && last.kind === 'word') addSingle(last.text, id)
    for (const token of tokens.slice(0, -1)) {
      if (token.kind === 'word' && token.capitalised && !isPatronymic(token.text) && !isStopWord(token.text))
        derivedGiven.add(key(token.text))
    }
  }
  for (const name of derivedGiven) if (!otherNames.has(name)) given.add(name)
  const latinLong = [...written].filter((w) => w.length >= 6 && /^[a-z-]+$/.test(w))
  const lexicon: PersonLexicon = {
    single,
    phrases,
    given,
    otherNames,
    fuzzy: createFuzzyIndex(latinLong),
    key,
  }
  cache.set(authority, lexicon)
  return lexicon
}
