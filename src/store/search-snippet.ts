import { MARK_END, MARK_START, parseSearchText } from './search-text.ts'

/** What a snippet shows the matches of: the text a reader typed and the other spellings searched with it. */
export interface SnippetQuery {
  readonly text: string
  readonly keys?: readonly string[]
}

/** One term of a search in lower case: a word as the start of a word, a phrase or a key as whole words. */
interface Term {
  readonly words: readonly string[]
  readonly prefix: boolean
}

/** How to find the terms of one search in many texts: made once by `snippetPattern`, used by `makeSnippet`. */
export interface SnippetPattern {
  readonly terms: readonly Term[]
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u
const TOKEN = /[\p{L}\p{N}]+/gu
/** Tokens shown before the first match, and in all. */
const BEFORE = 4
const TOKENS = 16
/** Characters looked at around the first match to find the window's tokens (tokens are rarely longer). */
const REACH = 40 * TOKENS
/** Characters of a long text lowered and searched first. */
const HEAD = 16 * 1024

const inWord = (text: string, at: number) =>
  at >= 0 && at < text.length && WORD_CHARACTER.test(text[at] as string)

/**
 * The terms of a search as the full-text index matches them: a word as the start of a word, a phrase as its
 * words in order with anything but letters and digits between, a key as a phrase. `undefined` when there is
 * nothing to match.
 */
export function snippetPattern(query: SnippetQuery): SnippetPattern | undefined {
  const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase())
  const terms = [
    ...parseSearchText(query.text).map((term) => ({ words: lower(term.words), prefix: !term.phrase })),
    ...(query.keys ?? [])
      .map((key) => lower(parseSearchText(key).flatMap((term) => term.words)))
      .filter((words) => words.length > 0)
      .map((words) => ({ words, prefix: false })),
  ]
  return terms.length === 0 ? undefined : { terms }
}

/** Where a match of the term that starts at `at` ends, or -1 (`text` in lower case). */
function matchAt(text: string, at: number, term: Term): number {
  if (inWord(text, at - 1)) return -1
  let end = at
  for (const [i, word] of term.words.entries()) {
    if (i > 0) {
      const gap = end
      while (end < text.length && !inWord(text, end)) end++
      if (end === gap) return -1
    }
    if (!text.startsWith(word, end)) return -1
    end += word.length
  }
  if (term.prefix) while (inWord(text, end)) end++
  else if (inWord(text, end)) return -1
  return end
}

/** Characters after `from` searched first for a match; four times as many each time none is found. */
const WINDOW = 2048

/**
 * The first match of any term in `text` (lower case) from `from` on: each term's first word found as plain text.
 * The search looks at a window after `from` first and widens it only when the window holds no match, so that a
 * term absent from a long text (one of forty spellings of a name) does not cost a scan of the whole text.
 */
function firstMatch(
  text: string,
  pattern: SnippetPattern,
  from = 0,
): { start: number; end: number } | undefined {
  const longest = Math.max(...pattern.terms.map((term) => (term.words[0] as string).length))
  for (let size = WINDOW; ; size *= 4) {
    const end = Math.min(text.length, from + size)
    const whole = end === text.length
    // A slice shares the text's characters: searching it stops at its end.
    const best = firstIn(whole ? text : text.slice(0, end), text, pattern, from)
    // Accepted when no term's first word could start before it and run past the window's end.
    if (whole || (best !== undefined && best.start <= end - longest)) return best
  }
}

/** The first match of any term whose first word lies in `window` (a start of `text`), checked against `text`. */
function firstIn(window: string, text: string, pattern: SnippetPattern, from: number) {
  let best: { start: number; end: number } | undefined
  for (const term of pattern.terms) {
    const first = term.words[0] as string
    for (let at = window.indexOf(first, from); at >= 0 && (best === undefined || at < best.start); ) {
      const end = matchAt(text, at, term)
      if (end >= 0) {
        best = { start: at, end }
        break
      }
      at = window.indexOf(first, at + 1)
    }
  }
  return best
}

/**
 * The first match in a text and the text in lower case as far as a snippet around it needs. Most matches come
 * early, so the start of a long text is lowered and searched first, and the whole text only when needed.
 */
function findFirst(text: string, pattern: SnippetPattern, known?: string) {
  if (known !== undefined && known.length === text.length) {
    const first = firstMatch(known, pattern)
    return first === undefined ? undefined : { lower: known, first }
  }
  if (text.length > HEAD * 2) {
    const head = text.slice(0, HEAD).toLowerCase()
    const first = head.length === HEAD ? firstMatch(head, pattern) : undefined
    // The passage reaches at most twice REACH past the match's start: it must lie in the head.
    if (first !== undefined && first.end < HEAD - 2 * REACH) return { lower: head, first }
  }
  const lower = text.toLowerCase()
  const first = lower.length === text.length ? firstMatch(lower, pattern) : undefined
  return first === undefined ? undefined : { lower, first }
}

/** The text with every match between `MARK_START` and `MARK_END` (`lower` is the text in lower case). */
function mark(text: string, lower: string, pattern: SnippetPattern): string {
  let marked = ''
  let done = 0
  for (
    let found = firstMatch(lower, pattern);
    found !== undefined;
    found = firstMatch(lower, pattern, done)
  ) {
    marked += `${text.slice(done, found.start)}${MARK_START}${text.slice(found.start, found.end)}${MARK_END}`
    done = found.end
  }
  return marked + text.slice(done)
}

/** Characters before a match looked at first for the words shown before it (most words are short). */
const NEAR = 40 * BEFORE

/**
 * The text before a match and its last `BEFORE` tokens: looked for in the `NEAR` characters before it, and in
 * `REACH` characters when those hold too few whole words.
 */
function leadOf(text: string, at: number) {
  for (const reach of [NEAR, REACH]) {
    const leadFrom = Math.max(0, at - reach)
    const lead = text.slice(leadFrom, at)
    const tokens = [...lead.matchAll(TOKEN)]
    // One token more than shown, unless the lead starts the text: the first may be the end of a cut word.
    if (leadFrom === 0 || tokens.length > BEFORE || reach === REACH)
      return { leadFrom, lead, leadTokens: tokens.slice(-BEFORE) }
  }
  throw new Error('unreachable: the last reach always returns')
}

/**
 * A passage of about 16 words around the first match of a search in a text, every match in it between
 * `MARK_START` and `MARK_END`, "…" where the text goes on, white space collapsed. Each term's first word is
 * looked for as plain text in the text's lower case, so a long document costs little more than a short one and
 * no pattern is compiled. `undefined` when the text has no match (the full-text index also folds diacritics, and
 * a text whose lower case has another length is not searched): the caller then asks the index. Give the
 * pattern of `snippetPattern` to make many snippets for one search, and the text's lower case when it is known.
 * @example makeSnippet('Dear Com. Molotov, greetings.', { text: 'molot' }) // 'Dear Com. \u0002Molotov\u0003, greetings.'
 */
export function makeSnippet(
  text: string,
  query: SnippetQuery | SnippetPattern | undefined,
  knownLower?: string,
): string | undefined {
  const pattern = query === undefined || 'terms' in query ? query : snippetPattern(query)
  const found = pattern === undefined ? undefined : findFirst(text, pattern, knownLower)
  if (pattern === undefined || found === undefined) return undefined
  const { lower, first } = found
  const { leadFrom, lead, leadTokens } = leadOf(text, first.start)
  // The text's start or end when no word lies beyond the window, so that no "…" stands for punctuation only.
  const start =
    leadFrom === 0 && leadTokens.length < BEFORE ? 0 : leadFrom + (leadTokens[0]?.index ?? lead.length)
  const tail = text.slice(first.start, first.start + REACH * 2)
  const wanted = TOKENS - leadTokens.length
  const tailTokens: RegExpMatchArray[] = []
  for (const token of tail.matchAll(TOKEN)) if (tailTokens.push(token) > wanted) break
  const last = tailTokens[Math.min(wanted, tailTokens.length) - 1]
  const end =
    tailTokens.length <= wanted && first.start + tail.length === text.length
      ? text.length
      : first.start + (last === undefined ? 0 : (last.index ?? 0) + last[0].length)
  const stop = Math.max(end, first.end)
  const shown = withoutTags(mark(text.slice(start, stop), lower.slice(start, stop), pattern), text, start)
  return `${start > 0 ? '…' : ''}${shown.replace(/\s+/g, ' ')}${stop < text.length ? '…' : ''}`
}

/** An HTML tag as sources print them inline (`<i>`, `<sup>`). */
const TAG = /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?>/g
/** A note's number printed as a superscript: left out with its tags. */
const NOTE_CALL = /<sup>[^<>]{0,12}<\/sup>/g
/** Characters before a passage looked at for the start of a tag it cuts. */
const TAG_REACH = 64
/** The start of a tag that runs past the end of a passage. */
const OPEN_TAG_END = /<\/?[A-Za-z][^<>]*$/

/**
 * A passage without the HTML tags some sources print inline (a snippet is read as plain text), without the note
 * numbers they print as superscripts, and without the rest of a tag cut at either end (`sup>5` when the passage
 * starts inside `<sup>`). `start` is where the passage begins in `text`.
 */
function withoutTags(passage: string, text: string, start: number): string {
  // Only the characters just before the passage can hold the start of a tag it cuts (a tag is short): looking
  // further back would read a long text without tags to its beginning for every snippet.
  const from = Math.max(0, start - TAG_REACH)
  const before = text.slice(from, start)
  const opened = from + before.lastIndexOf('<')
  const insideTag =
    opened >= from &&
    opened - from > before.lastIndexOf('>') &&
    /^<\/?[A-Za-z]/.test(text.slice(opened, opened + 3))
  // Cut inside a note call's opening tag: its number goes too.
  const rest = text.startsWith('<sup>', opened) ? '</sup>' : '>'
  const close = insideTag ? passage.indexOf(rest) : -1
  return (close >= 0 ? passage.slice(close + rest.length).trimStart() : passage)
    .replace(NOTE_CALL, '')
    .replace(TAG, '')
    .replace(OPEN_TAG_END, '')
}
