import { type DateParser, stated } from '../date-candidate.ts'
import { YEAR } from '../month-words.ts'

/** Two years in brackets after a capitalised word, this many years apart, are a life rather than a period. */
const LIFE_YEARS = { min: 15, max: 110 }

/**
 * Year ranges: "1924–29", "1922-27", "1923-1927", "1923/1924". In brackets after a name, "(1879–1940)", a range
 * of a lifetime's length is a lifespan.
 */
export const yearRange: DateParser = {
  name: 'year-range',
  pattern: new RegExp(`(${YEAR})\\s*[-–—/]\\s*((?:1[5-9]|20)?\\d\\d)(?![\\d/.]\\d)`, 'g'),
  extract(match, text) {
    const [whole, firstWord, lastWord] = match
    const first = Number(firstWord)
    const last = lastWord!.length === 2 ? Math.floor(first / 100) * 100 + Number(lastWord) : Number(lastWord)
    if (last <= first || last - first > 200) return undefined
    const span = { start: match.index, end: match.index + whole.length }
    const before = text.slice(Math.max(0, span.start - 40), span.start)
    const bracketed = /\(\s*$/.test(before) && /^\s*\)/.test(text.slice(span.end, span.end + 3))
    const afterName = /(?:\p{Lu}[\p{L}’'.-]*[*_]*|\))\s*\(\s*$/u.test(before)
    const life = bracketed && afterName && last - first >= LIFE_YEARS.min && last - first <= LIFE_YEARS.max
    return {
      span,
      rule: life ? 'year-range:lifespan' : 'year-range',
      kind: life ? 'lifespan' : 'range',
      start: stated(first),
      end: stated(last),
      confidence: 0.9,
    }
  },
}
