import { monthNumber } from '../../core/index.ts'

/** English month names and abbreviations (capitalised, as English prints them). */
export const EN_MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![A-Za-z])'

/** English month names in full (for forms that stand without a day or year). */
export const EN_MONTH_FULL =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])'

/** A day of the month, with an optional ordinal suffix. */
export const DAY = '(?<![\\d.,/])(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d/])'

/** A four-digit year from 1500 to 2099, not part of a longer number. */
export const YEAR = '(?<![\\d.,/])(?:1[5-9]\\d\\d|20\\d\\d)(?![\\d])'

/** Russian month stems (Cyrillic) in any grammatical case: январь, января, январе … */
const RU_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
]

/** Russian month names in all cases. */
export const RU_MONTH =
  '(?:январ[ьяеюё]|феврал[ьяеюё]|март[аеу]?|апрел[ьяеюё]|ма[йяею]|июн[ьяеюё]|июл[ьяеюё]|август[аеу]?|сентябр[ьяеюё]|октябр[ьяеюё]|ноябр[ьяеюё]|декабр[ьяеюё])(?![\\p{L}])'

/** Russian month names transliterated (genitive, as in "17–25 aprelya 1923 g."). */
export const TRANSLIT_MONTH =
  '(?:[Yy]anvar[jy]a|[Ff]evral[jy]a|[Mm]arta|[Aa]pr[ei]l[jy]a|[Mm]a[jy]a|[Ii][jy]un[jy]a|[Ii][jy]ul[jy]a|[Aa]vgusta|[Ss]ent[jy]abr[jy]a|[Oo]kt[jy]abr[jy]a|[Nn]o[jy]abr[jy]a|[Dd]ekabr[jy]a)(?![A-Za-z])'

const TRANSLIT_STEMS = [
  'yanvar',
  'fevral',
  'mart',
  'apr',
  'ma',
  'iyun',
  'iyul',
  'avgust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
]

/**
 * The month (1–12) of an English, Russian or transliterated Russian month word, or undefined.
 * @example monthOf('июля') // 7
 */
export function monthOf(word: string): number | undefined {
  const english = monthNumber(word)
  if (english !== undefined) return english
  const lower = word.toLowerCase()
  if (/[а-яё]/.test(lower)) {
    // 'ма' (May) is a prefix of 'март' (March): test the longer stems first.
    const order = RU_STEMS.map((stem, i) => [stem, i] as const).sort((a, b) => b[0].length - a[0].length)
    const hit = order.find(([stem]) => lower.startsWith(stem))
    return hit === undefined ? undefined : hit[1] + 1
  }
  const latin = lower.replace(/j/g, 'y').replace(/^ii?y/, 'iy').replace(/^ij/, 'iy')
  const order = TRANSLIT_STEMS.map((stem, i) => [stem, i] as const).sort((a, b) => b[0].length - a[0].length)
  const hit = order.find(([stem]) => latin.startsWith(stem))
  return hit === undefined ? undefined : hit[1] + 1
}

/** The day number of a written day ("23rd" → 23). */
export function dayOf(written: string): number {
  return Number.parseInt(written, 10)
}

const ROMAN: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
}

/**
 * The month of a Roman numeral I–XII, or undefined.
 * @example romanMonth('XII') // 12
 */
export function romanMonth(numeral: string): number | undefined {
  return ROMAN[numeral]
}
