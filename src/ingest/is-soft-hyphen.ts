import type { WordCounts } from './count-words.ts'

/**
 * First parts that make real compounds ("self-expulsion", "anti-Soviet", "one-sixth", "co-founder"):
 * the hyphen is kept unless the file itself writes the joined word.
 */
const COMPOUND_PREFIXES = new Set([
  'all',
  'anti',
  'co',
  'counter',
  'free',
  'half',
  'ill',
  'inner',
  'intra',
  'inter',
  'neo',
  'non',
  'pan',
  'quasi',
  'self',
  'semi',
  'so',
  'ultra',
  'vice',
  'well',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
])

/**
 * Decides whether a hyphen at a line break only splits a word ("at-⏎tacked" → "attacked") or belongs to a
 * compound ("Stalin-⏎Bukharin", "self-⏎expulsion"). Evidence, strongest first: the compound written with a
 * hyphen inside a line elsewhere, the joined word elsewhere, a capitalised second part, a known prefix.
 * @example isSoftHyphen('at', 'tacked', countWords('')) // true
 */
export function isSoftHyphen(first: string, second: string, counts: WordCounts): boolean {
  const head = first.toLowerCase()
  const tail = second.toLowerCase()
  const hyphenated = counts.compounds.get(`${head}-${tail}`) ?? 0
  const joined = counts.words.get(head + tail) ?? 0
  if (hyphenated > joined) return false
  if (joined > 0) return true
  if (/^\p{Lu}/u.test(second)) return false
  return !COMPOUND_PREFIXES.has(head)
}
