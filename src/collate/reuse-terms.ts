import type { Span } from '../core/index.ts'
import { foldLatinWord, nameKey } from '../core/index.ts'

/**
 * English function words and the commonest verbs: they say nothing about which text a passage comes from, so
 * they are no terms. Compared in lower case, apostrophes removed.
 */
const STOP_WORDS = new Set(
  `a about above after again against all also although am among an and another any are around as at be became
  because been before being below besides between both but by can cannot could did do does doing done down during
  each either else even ever every few for from further had has have having he her here hers herself him himself
  his how however i if in into is it its itself just last least less let like made make many may me might mine
  more most much must my myself neither never no nor not now of off often on once one only onto or other others
  otherwise our ours ourselves out over own per perhaps quite rather same several shall she should since so some
  such than that the their theirs them themselves then there thereby therefore these they this those though
  through thus till to too toward towards under until up upon us very via was we well were what whatever when
  where whether which while who whom whose why will with within without would yet you your yours yourself
  yourselves dont doesnt didnt isnt wasnt werent wont cant couldnt shouldnt wouldnt hes shes its thats theres
  say said says see seen get got go going gone come came take taken give given put set use used way ways thing
  things time times day days year years mr com comrade comrades ibid op cit`.split(/\s+/),
)

/** Suffixes stripped (the first that fits, leaving at least three letters): a crude English stemmer. */
const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ements',
  'ement',
  'ments',
  'ment',
  'ingly',
  'ings',
  'ing',
  'ively',
  'ness',
  'ities',
  'ity',
  'ies',
  'ied',
  'edly',
  'ed',
  'ers',
  'er',
  'es',
  'ly',
  's',
  'y',
]

/** Terms keep this many letters: "represent", "representatives", "representing" meet as one term. */
export const TERM_LENGTH = 6

const LATIN_WORD = /^[a-z]+$/
const CACHE = new Map<string, string | null>()
const CACHE_LIMIT = 200_000

/**
 * The term a word counts as when texts are compared for reuse, or undefined for function words, numbers and words
 * of fewer than three letters. Lower case, suffix stripped, romanisations folded as name keys fold them (so that
 * "Zinov’ev" and "Zinoviev", "Trotskii" and "Trotsky" meet), cut to {@link TERM_LENGTH} letters.
 * @example reuseTerm('disorganization') === reuseTerm('Disorganisation') // true
 */
export function reuseTerm(word: string): string | undefined {
  const cached = CACHE.get(word)
  if (cached !== undefined) return cached ?? undefined
  const term = computeTerm(word)
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear()
  CACHE.set(word, term ?? null)
  return term
}

function computeTerm(word: string): string | undefined {
  const lower = word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00ad'’‘ʼ]|-[ \t]*\r?\n[ \t]*/g, '')
    .replace(/-/g, '')
  if (lower.length < 3 || STOP_WORDS.has(lower) || !/\p{L}/u.test(lower)) return undefined
  if (!LATIN_WORD.test(lower)) {
    const key = nameKey(lower).replace(/ /g, '')
    return key.length < 3 ? undefined : key.slice(0, TERM_LENGTH)
  }
  return foldLatinWord(stem(lower)).slice(0, TERM_LENGTH)
}

/** Strips the first suffix of {@link SUFFIXES} that leaves three letters or more ("masses" → "mass", not "mas"). */
function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue
    if (suffix === 's' && /(?:ss|us|is)$/.test(word)) return word
    return word.slice(0, -suffix.length)
  }
  return word
}

/** The terms of a text as parallel arrays: term id (see {@link TermDictionary}), the span of its word, and 1 where the word is capitalised. */
export interface TermList {
  readonly ids: Int32Array
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly capitalised: Uint8Array
}

/** Numbers the terms of a collection: the same term always gets the same id. */
export interface TermDictionary {
  idOf(term: string): number
  readonly size: number
}

/** A new, empty term dictionary. */
export function createTermDictionary(): TermDictionary {
  const ids = new Map<string, number>()
  return {
    idOf(term) {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
      }
      return id
    },
    get size() {
      return ids.size
    },
  }
}

/** A word: letters and digits joined by apostrophes or hyphens (a hyphen may end a line). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’‘ʼ]|-[ \t]*\r?\n[ \t]*|[-\u00ad])[\p{L}\p{M}\p{N}]+)*/gu

/**
 * The terms of `text` in order, leaving out words inside the `skip` ranges (sorted or not) and markup.
 * @example extractTerms('the disorganization of the movement', [], createTermDictionary()).ids.length // 2
 */
export function extractTerms(text: string, skip: readonly Span[], dictionary: TermDictionary): TermList {
  const ranges = [...skip].sort((a, b) => a.start - b.start)
  const ids: number[] = []
  const starts: number[] = []
  const ends: number[] = []
  const capitalised: number[] = []
  let next = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    while (next < ranges.length && (ranges[next] as Span).end <= start) next++
    const range = ranges[next]
    if (range !== undefined && range.start <= start) continue
    // Markup names (`<sup>`, `</sup>`) are not words of the text.
    if (text[start - 1] === '<' || (text[start - 1] === '/' && text[start - 2] === '<')) continue
    const term = reuseTerm(match[0])
    if (term === undefined) continue
    ids.push(dictionary.idOf(term))
    starts.push(start)
    ends.push(start + match[0].length)
    capitalised.push(/^\p{Lu}/u.test(match[0]) ? 1 : 0)
  }
  return {
    ids: Int32Array.from(ids),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    capitalised: Uint8Array.from(capitalised),
  }
}
