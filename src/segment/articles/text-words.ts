import type { Span } from '../../core/index.ts'

/** A word of the normalised text, with where it stands; a word hyphenated across a line break is one word. */
export interface Word {
  /** The word as read: line-break hyphen resolved, edge punctuation kept out. */
  readonly text: string
  readonly span: Span
}

/**
 * Prefixes that form real compounds in English, so a hyphen after them at a line end is kept
 * (`self-⏎expulsion`, `free-⏎thinking`); other line-end hyphens are soft and dropped (`com-⏎position`).
 */
const COMPOUND_PREFIXES = new Set([
  'all',
  'anti',
  'ex',
  'free',
  'half',
  'non',
  'self',
  'semi',
  'well',
  'worker',
])

const WORD_BODY = "(?:[\\p{L}\\p{N}’']|-(?=[\\p{L}\\p{N}]))*"
const WORD = new RegExp(`[\\p{L}\\p{N}]${WORD_BODY}(?:-\\n[ \\t]*[\\p{L}\\p{N}]${WORD_BODY})*`, 'gu')
const LINE_BREAK_HYPHEN = /([\p{L}\p{N}’']+)-\n[ \t]*(?=([\p{L}\p{N}]+))/gu

/**
 * Joins words hyphenated across line breaks and folds all white space to single spaces.
 * @example joinLines('com-\nposition, self-\nexpulsion') // 'composition, self-expulsion'
 */
export function joinLines(text: string): string {
  return text
    .replace(LINE_BREAK_HYPHEN, (_all, left: string, right: string) =>
      keepsHyphen(left, right) ? `${left}-` : left,
    )
    .replace(/\s+/g, ' ')
    .trim()
}

function keepsHyphen(left: string, right: string): boolean {
  return COMPOUND_PREFIXES.has(left.toLowerCase()) || /^\p{Lu}/u.test(right) || /^\p{N}/u.test(right)
}

/**
 * The words of `text` between `start` and `end`, in order.
 * @example findWords('the de-\npendence of', 0, 20).map((w) => w.text) // ['the', 'dependence', 'of']
 */
export function findWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = []
  const slice = text.slice(start, end)
  for (const match of slice.matchAll(WORD)) {
    const raw = match[0].replace(/[-’']+$/u, '')
    if (raw.length === 0) continue
    const wordStart = start + (match.index ?? 0)
    words.push({ text: joinLines(raw), span: { start: wordStart, end: wordStart + raw.length } })
  }
  return words
}

/** A word folded for comparison: lower case, straight apostrophes, no possessive. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/-/g, '')
}

/** Whether two folded words are the same word or share a stem of five letters ("depict"/"depicting"). */
export function isSameWord(a: string, b: string): boolean {
  if (a === b) return true
  return a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5)
}

const FUNCTION_WORDS = new Set(
  'a an and are as at be but by for from had has have he in is it its not of on or so than that the their them they this those to was we were which who will with our'.split(
    ' ',
  ),
)

/** Whether a folded word carries content (not an article, preposition, pronoun or auxiliary). */
export function isContentWord(folded: string): boolean {
  return folded.length > 2 && !FUNCTION_WORDS.has(folded)
}
