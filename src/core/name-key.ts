import iuliia from 'iuliia'

/**
 * The folding table: ordered rewrites applied to each lower-cased Latin word, so that the romanisations of one
 * Russian name (Library of Congress, BGN/PCGN, ISO 9 / scholarly, popular English, German, French) reduce to one
 * skeleton. Order matters: longer German clusters go before the pairs they contain. The skeleton is a matching key,
 * not a spelling: it is lossy on purpose (z/s, zh/sh, kh/ch meet), and docs/decisions/0005 lists what it merges.
 */
export const LATIN_FOLDS: readonly (readonly [pattern: RegExp, replacement: string, why: string])[] = [
  [/schtsch/g, 'shch', 'German щ (Chruschtschow)'],
  [/tsch/g, 'ch', 'German ч (Kaganowitsch, Tschitscherin)'],
  [/dsch/g, 'dzh', 'German дж (Dschugaschwili)'],
  [/sch/g, 'sh', 'German ш and ж (Dserschinski)'],
  [/shch/g, 'sh', 'щ: shch (LoC, BGN) and sch meet sh'],
  [/dj/g, 'dzh', 'French дж (Ordjonikidze)'],
  [/tz/g, 'ts', 'German ц (Trotzki)'],
  [/c(?!h)/g, 'ts', 'ISO 9 / scholarly ц (Trockij)'],
  [/x/g, 'ks', 'Alexei / Aleksei'],
  [/ph/g, 'f', 'Joseph / Josef'],
  [/w/g, 'v', 'German в (Sinowjew, Jagoda → Jagoda)'],
  [/kh/g, 'ch', 'х: English kh, German ch (Bukharin, Bucharin)'],
  [/z/g, 's', 'German s for з (Sinowjew); zh and sh then meet too'],
  [/[jy]/g, 'i', 'й, я, ю, е, ы: j (German, ISO), y (BGN, popular), i (LoC)'],
  [/^ie/g, 'e', 'word-initial е: Yezhov, Ezhov, Jeschow'],
  [/(?<=[a-z])i+e/g, 'e', 'ье and ие after a letter: Zinov’ev, Zinoviev, Zinovyev, Sinowjew'],
  [/off$/g, 'ov', 'French and old English -off (Rakoff)'],
  [/([a-z])\1+/g, '$1', 'doubled letters: Trotskii/Trotsky, Mariia/Maria, Andreev'],
]

/** Letters that several schemes write with diacritics, spelled out before other marks are dropped. */
const DIACRITIC_LETTERS: Readonly<Record<string, string>> = {
  č: 'ch',
  š: 'sh',
  ž: 'zh',
  ŝ: 'shch',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  đ: 'dj',
}

/** Apostrophes, primes and the soft/hard signs as romanised (Zinov’ev, Zinovʹev, Ob’’edinenie). */
const MARKS = /['’‘ʹʺʼ`´ʻ"“”]/g

const CYRILLIC = /\p{Script=Cyrillic}/u
const LATIN = /\p{Script=Latin}/u

/** Cyrillic letters that look like Latin ones: stray OCR letters inside a Latin word ("Trotskу"). */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'B',
  е: 'e',
  к: 'k',
  м: 'M',
  н: 'H',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 'T',
  у: 'y',
  х: 'x',
  і: 'i',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
}

/**
 * Russian case endings that can be reduced to the nominative without knowing the name (Троцкого → Троцкий,
 * Кировым → Киров, Кирове → Киров). Ambiguous endings are in {@link AMBIGUOUS_ENDINGS}.
 */
const CERTAIN_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ий'],
  [/(ов|ев|ёв|ин|ын)(?:ым|е)$/u, '$1'],
]

/**
 * Endings that may be a case form or a nominative: Ежова is Ежов in the genitive or a woman's name; Ежову is
 * masculine dative or feminine accusative; Донского may come from Донской. These give alternative keys only
 * ({@link nameKeys}), which the resolve stage uses when the first key finds no known name.
 */
const AMBIGUOUS_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/(ов|ев|ёв|ин|ын)(?:а|у)$/u, '$1'],
  [/(ов|ев|ёв|ин|ын)(?:ой|у)$/u, '$1а'],
  [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ой'],
  [/(ск|цк)(?:ой|ую)$/u, '$1ая'],
  [/([бвгджзклмнпрстфхцчшщ])(?:а|у|ом)$/u, '$1'],
  [/ья$/u, 'ий'],
  [/ьва$/u, 'ев'],
]

/**
 * The one name key used both when indexing and when searching (MiniSearch's processTerm idea): every spelling and
 * script of a name that should meet gets the same key. Steps: NFKC; OCR "l" for "I" at the start of a lower-case
 * word in a capitalised text ("losif"); stray Cyrillic homoglyphs in Latin words; Cyrillic words reduced to the
 * nominative where the ending is certain and romanised with iuliia (Wikipedia scheme); diacritics; apostrophes and
 * soft signs; case folding; then {@link LATIN_FOLDS} word by word.
 * @example nameKey('Zinov’ev') === nameKey('Sinowjew') // both 'sinovev'
 * @example nameKey('Троцкого') === nameKey('Trotskij') // both 'trotski'
 */
export function nameKey(name: string): string {
  const cached = KEY_CACHE.get(name)
  if (cached !== undefined) return cached
  const key = keyFromWords(prepareWords(name))
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear()
  KEY_CACHE.set(name, key)
  return key
}

/** Keys are asked for the same names again and again (every variant of every entity): remember the latest. */
const KEY_CACHE = new Map<string, string>()
const KEY_CACHE_LIMIT = 100_000

/**
 * All keys a name may have: {@link nameKey} first, then keys with an ambiguous Cyrillic case ending reduced (Ежова →
 * also the key of Ежов). Match on the first key; use the others only when the first finds nothing.
 * @example nameKeys('Ежова') // ['esova', 'esov']
 */
export function nameKeys(name: string): string[] {
  const words = prepareWords(name)
  const keys = [keyFromWords(words)]
  words.forEach((word, index) => {
    if (!CYRILLIC.test(word)) return
    for (const [pattern, replacement] of AMBIGUOUS_ENDINGS) {
      if (!pattern.test(word)) continue
      const changed = [...words]
      changed[index] = word.replace(pattern, replacement)
      const key = keyFromWords(changed)
      if (!keys.includes(key)) keys.push(key)
    }
  })
  return keys
}

/**
 * Folds one lower-case Latin word by {@link LATIN_FOLDS}; a final -ii (from -ij, -iy, -y, -yi) becomes -i through
 * the doubled-letter rule.
 * @example foldLatinWord('dzerzhinskii') // 'dsershinski'
 */
export function foldLatinWord(word: string): string {
  let folded = word
  for (const [pattern, replacement] of LATIN_FOLDS) folded = folded.replace(pattern, replacement)
  return folded
}

function prepareWords(name: string): string[] {
  const text = fixOcrInitialL(name.normalize('NFKC'))
  return text
    .split(/[^\p{L}\p{M}'’‘ʹʺʼ`´ʻ]+/u)
    .filter((word) => word !== '')
    .map(fixHomoglyphs)
    .map((word) => (CYRILLIC.test(word) && !isAbbreviation(word) ? reduceCase(word) : word))
}

/**
 * An abbreviation in capitals (CC, CCC, TsKK, ЦКК, RKP, VSNKh): its letters are the name, so it is romanised and
 * lower-cased but not folded (folding doubles would make CC and CCC, the Central Committee and the Central Control
 * Commission, one key). Two to six units (Ts, Ch, Sh, Zh, Kh count as one), at most one vowel; and Roman numerals.
 */
const ABBREVIATION = /^(?:Ts|Ch|Sh|Zh|Kh|\p{Lu}){2,6}$/u

function isAbbreviation(word: string): boolean {
  // Roman numerals (XII, XIII) are letters too: folding the doubled I would make the XII Congress the XI.
  if (/^[IVXLCDM]{2,8}$/.test(word)) return true
  const latin = CYRILLIC.test(word) ? romanise(word) : word
  return ABBREVIATION.test(latin) && (latin.match(/[AEIOUY]/g) ?? []).length <= 1
}

function keyFromWords(words: readonly string[]): string {
  return words
    .flatMap((word) => {
      if (isAbbreviation(word))
        return [toPlainLatin(CYRILLIC.test(word) ? romanise(word) : word).replace(/[^a-z]/g, '')]
      const latin = toPlainLatin(CYRILLIC.test(word) ? romanise(word) : word)
      return latin.split(/[^a-z]+/).map(foldLatinWord)
    })
    .filter((word) => word !== '')
    .join(' ')
}

/**
 * OCR reads a capital I as a lower-case l ("losif Stalin"). In a text with capitals, a lower-case word starting
 * with l + vowel is such a misreading; word-initial l before a consonant (lvan) is one in any text.
 */
function fixOcrInitialL(text: string): string {
  const hasCapitals = /\p{Lu}/u.test(text)
  return text.replace(/(^|[^\p{L}])l(?=([a-z])[a-z]*)/gu, (whole: string, before: string, next: string) => {
    if (/[aeiou]/.test(next)) return hasCapitals ? `${before}I` : whole
    return /[bcdfghkmnpqrstvwxz]/.test(next) ? `${before}I` : whole
  })
}

function fixHomoglyphs(word: string): string {
  if (!LATIN.test(word) || !CYRILLIC.test(word)) return word
  const latin = [...word].filter((c) => LATIN.test(c)).length
  if (latin * 2 < [...word].length) return word
  return [...word].map((c) => HOMOGLYPHS[c] ?? c).join('')
}

function reduceCase(word: string): string {
  const lower = word.toLowerCase()
  for (const [pattern, replacement] of CERTAIN_ENDINGS) {
    if (pattern.test(lower)) return lower.replace(pattern, replacement)
  }
  return lower
}

function romanise(word: string): string {
  return iuliia.translate(word.replace(/[ьъ]/gu, ''), iuliia.WIKIPEDIA)
}

function toPlainLatin(word: string): string {
  const lower = word.toLowerCase().replace(MARKS, '')
  const spelled = [...lower].map((c) => DIACRITIC_LETTERS[c] ?? c).join('')
  return spelled.normalize('NFKD').replace(/\p{M}/gu, '')
}
