import type { Span } from '../core/index.ts'
import type { WordCounts } from './count-words.ts'
import type { Line } from './split-lines.ts'
import { isBlankLine } from './split-lines.ts'

/** A run of lines that are not prose (OCR of facsimiles, garbled scans), as line indexes and a span. */
export interface NonProseRun {
  /** 0-based indexes of the first and last line of the run. */
  readonly firstLine: number
  readonly lastLine: number
  readonly span: Span
}

type LineKind = 'prose' | 'gibberish' | 'neutral' | 'blank'

/** A line scoring this high (share of foreign-script letters, unknown words, odd characters) is gibberish. */
const GIBBERISH_SCORE = 0.6
/** A run needs this many gibberish lines, or one very long one, to count. */
const MIN_RUN_LINES = 3
const MIN_SINGLE_LINE_LETTERS = 300 // characters, in fact: a cheap bound

/**
 * Finds runs of OCR gibberish by scoring each line: letters in a script other than the file's main one,
 * words found nowhere else in the file, odd characters. Clean short lines between runs (captions) are prose;
 * lines without words (dates, page numbers) join the run around them.
 * @example findNonProse(text, splitLines(text), countWords(text)) // [{ firstLine: 5878, lastLine: 5908, span }]
 */
export function findNonProse(text: string, lines: readonly Line[], counts: WordCounts): NonProseRun[] {
  const profiles = lines.map((line) => profileLine(text.slice(line.start, line.end)))
  let latin = 0
  let cyrillic = 0
  for (const profile of profiles) {
    latin += profile.latin
    cyrillic += profile.cyrillic
  }
  const kinds = profiles.map((profile) => classifyLine(profile, latin >= cyrillic, counts))
  const runs: NonProseRun[] = []
  let index = 0
  while (index < lines.length) {
    if (kinds[index] !== 'gibberish') {
      index++
      continue
    }
    let first = index
    let last = index
    let gibberishLines = 0
    let letters = 0
    for (; index < lines.length && kinds[index] !== 'prose'; index++) {
      if (kinds[index] === 'gibberish') {
        last = index
        gibberishLines++
        letters += (lines[index] as Line).end - (lines[index] as Line).start
      }
    }
    while (first > 0 && (kinds[first - 1] === 'neutral' || kinds[first - 1] === 'blank')) first--
    while (first < last && isBlankLine(text, lines[first] as Line)) first++
    while (last + 1 < lines.length && kinds[last + 1] === 'neutral') last++
    if (gibberishLines >= MIN_RUN_LINES || letters >= MIN_SINGLE_LINE_LETTERS) {
      runs.push({
        firstLine: first,
        lastLine: last,
        span: { start: (lines[first] as Line).start, end: (lines[last] as Line).end },
      })
    }
  }
  return runs
}

/** Counts of one line's characters, made in one pass without regular expressions. */
interface LineProfile {
  latin: number
  cyrillic: number
  letters: number
  odd: number
  spaces: number
  length: number
  words: string[]
}

function classifyLine(profile: LineProfile, latinMain: boolean, counts: WordCounts): LineKind {
  const { words, latin, cyrillic, letters } = profile
  if (profile.length === profile.spaces) return 'blank'
  if (words.length === 0) return 'neutral'
  const foreign = (latinMain ? letters - latin : letters - cyrillic) / letters
  const unknown =
    words.length >= 2 ? words.filter((word) => (counts.words.get(word) ?? 0) <= 1).length / words.length : 0
  const odd = profile.odd / profile.length
  const mixed = latin > 0 && cyrillic > 0 ? 0.2 : 0
  return Math.max(foreign, unknown) + 2 * odd + mixed >= GIBBERISH_SCORE ? 'gibberish' : 'prose'
}

/** Profiles a line; only the first MAX_WORDS words (lower case, two letters or more) are kept. */
function profileLine(content: string): LineProfile {
  const profile: LineProfile = {
    latin: 0,
    cyrillic: 0,
    letters: 0,
    odd: 0,
    spaces: 0,
    length: content.length,
    words: [],
  }
  let wordStart = -1
  for (let i = 0; i <= content.length; i++) {
    const code = i < content.length ? content.charCodeAt(i) : 32
    const script = scriptOf(code, content[i] as string)
    if (script !== NOT_LETTER) {
      profile.letters++
      if (script === LATIN) profile.latin++
      else if (script === CYRILLIC) profile.cyrillic++
      if (wordStart === -1) wordStart = i
      continue
    }
    if (wordStart !== -1 && i - wordStart >= 2 && profile.words.length < MAX_WORDS) {
      profile.words.push(content.slice(wordStart, i).toLowerCase())
    }
    wordStart = -1
    if (i < content.length && (code === 32 || code === 9)) profile.spaces++
    if (isOdd(code)) profile.odd++
  }
  return profile
}

const NOT_LETTER = 0
const LATIN = 1
const CYRILLIC = 2
const OTHER_LETTER = 3
/** Words looked up per line: enough to judge a line, bounded so long paragraphs stay cheap. */
const MAX_WORDS = 40

function scriptOf(code: number, char: string): number {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return LATIN
  if (code < 0xc0) return NOT_LETTER
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? NOT_LETTER : LATIN
  if (code >= 0x400 && code <= 0x4ff) return CYRILLIC
  return /\p{L}/u.test(char) ? OTHER_LETTER : NOT_LETTER
}

/** Neither a digit, space nor the punctuation of ordinary prose (curly quotes and dashes included). */
function isOdd(code: number): boolean {
  if (code <= 32 || (code >= 48 && code <= 57)) return false
  if (code < 128) return !ORDINARY_ASCII.includes(String.fromCharCode(code))
  return !ORDINARY_OTHER.includes(String.fromCharCode(code))
}

const ORDINARY_ASCII = `.,;:!?'"()[]-/*&%$`
const ORDINARY_OTHER = '’‘“”–—…\u00a0'
