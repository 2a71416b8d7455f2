import type { Span, Variant } from '../../core/index.ts'
import { findWords, foldWord, isContentWord, isSameWord, joinLines, type Word } from './text-words.ts'

/** The base witness's reading that a bracket stands for, as far as the text shows it. */
export interface BaseEstimate {
  readonly baseReading: string
  readonly baseSpan?: Span
  readonly certainty: Variant['certainty']
}

/**
 * Share of the bracket's content words that also stand in the words just before it: a high share means
 * the bracket restates (replaces) the passage before it, a low one that it adds something new.
 * @example contentOverlap(words('the Comintern is hopeless'), words('the Comintern tries, hopeless')) // 1
 */
export function contentOverlap(bracketWords: readonly Word[], before: readonly Word[]): number {
  const content = bracketWords.map((w) => foldWord(w.text)).filter(isContentWord)
  if (content.length === 0) return 0
  const window = before.slice(-Math.max(content.length * 2, 12)).map((w) => foldWord(w.text))
  return content.filter((word) => window.some((other) => isSameWord(word, other))).length / content.length
}

/**
 * Estimates the base reading a variant bracket replaces. The source marked it (in italics) but the mark
 * is lost, so the extent is inferred from the bracket: an addition has none; a quoted phrase or a
 * "quotation marks" mark takes the quotation before it; a bracket that opens with a capital restates the
 * sentence before it; a bracket that shares words with the words before it is aligned on them
 * ("dependence of intraparty policy [significance of intraparty policy …]"); otherwise the base is as
 * many words as the bracket has (one word for one word is nearly certain).
 * @example estimateBaseReading(text, bracket, 'substitution', words).baseReading // 'experienced'
 */
export function estimateBaseReading(
  text: string,
  bracket: { readonly span: Span; readonly content: Span },
  kind: Variant['kind'],
  before: readonly Word[],
): BaseEstimate {
  if (kind === 'addition' || before.length === 0) return { baseReading: '', certainty: 'high' }
  const content = text.slice(bracket.content.start, bracket.content.end)
  const bracketWords = findWords(text, bracket.content.start, bracket.content.end)
  const quoted = findQuotationBefore(text, bracket.span.start, before)
  if (kind === 'omission') {
    if (/quotation|quotes/i.test(content) && quoted !== undefined) return fromSpan(text, quoted, 'medium')
    if (/\b(?:phrase|passage|sentence|words|version)\b/i.test(content))
      return lastWords(text, before, 2, 'low')
    return lastWords(text, before, 1, 'medium')
  }
  if (quoted !== undefined) return fromSpan(text, quoted, 'medium')
  if (/^\p{Lu}/u.test(joinLines(content))) return sentenceBefore(text, bracket.span.start, before)
  const aligned = alignOnSharedWords(bracketWords, before)
  if (aligned !== undefined)
    return fromWords(text, trimLeading(before.slice(aligned), bracketWords), 'medium')
  const count = Math.min(bracketWords.length, 3)
  return lastWords(text, before, Math.max(count, 1), count <= 1 ? 'high' : count === 2 ? 'medium' : 'low')
}

/**
 * Drops an article or conjunction that opens the base when the bracket does not open with it: the
 * marked passage rarely starts with "and" or "a" unless its replacement does.
 */
function trimLeading(base: readonly Word[], bracketWords: readonly Word[]): readonly Word[] {
  const first = base[0]
  if (first === undefined || base.length < 2) return base
  const word = foldWord(first.text)
  const opensBracket = foldWord(bracketWords[0]?.text ?? '') === word
  return LEADING_FUNCTION_WORDS.has(word) && !opensBracket ? base.slice(1) : base
}

const LEADING_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but'])

/** Index in `before` where the base starts, when a content word of the bracket stands near its end. */
function alignOnSharedWords(bracketWords: readonly Word[], before: readonly Word[]): number | undefined {
  const windowStart = Math.max(0, before.length - (bracketWords.length + 6))
  for (let i = 0; i < bracketWords.length; i++) {
    const word = foldWord((bracketWords[i] as Word).text)
    if (!isContentWord(word)) continue
    for (let j = before.length - 1; j >= windowStart; j--) {
      if (isSameWord(word, foldWord((before[j] as Word).text))) return Math.max(windowStart, j - i)
    }
  }
  return undefined
}

/** The quotation that ends right before `end` (“…” or "…"), when there is one. */
function findQuotationBefore(text: string, end: number, before: readonly Word[]): Span | undefined {
  const tail = text.slice(0, end).replace(/\s+$/, '')
  const close = tail.at(-1)
  if (close !== '”' && close !== '"') return undefined
  const open = tail.lastIndexOf(close === '”' ? '“' : '"', tail.length - 2)
  const limit = before[0]?.span.start ?? 0
  if (open === -1 || open < limit) return undefined
  return { start: open, end: tail.length }
}

function sentenceBefore(text: string, end: number, before: readonly Word[]): BaseEstimate {
  const tail = text.slice(0, end).replace(/\s+$/, '')
  let start = before.length - 1
  for (; start > 0; start--) {
    const between = text.slice((before[start - 1] as Word).span.end, (before[start] as Word).span.start)
    if (/[.!?]/.test(between)) break
  }
  return fromSpan(
    text,
    { start: (before[Math.max(0, start)] as Word).span.start, end: tail.length },
    'medium',
  )
}

function lastWords(text: string, before: readonly Word[], count: number, certainty: Variant['certainty']) {
  return fromWords(text, before.slice(-count), certainty)
}

function fromWords(text: string, words: readonly Word[], certainty: Variant['certainty']): BaseEstimate {
  const first = words[0]
  const last = words.at(-1)
  if (first === undefined || last === undefined) return { baseReading: '', certainty: 'low' }
  return fromSpan(text, { start: first.span.start, end: last.span.end }, certainty)
}

function fromSpan(text: string, span: Span, certainty: Variant['certainty']): BaseEstimate {
  return { baseReading: joinLines(text.slice(span.start, span.end)), baseSpan: span, certainty }
}
