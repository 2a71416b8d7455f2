import type { DateMention, Document, Mention, NameMention, Span } from '../../core/index.ts'
import { hashKey } from '../../core/index.ts'

/** Abbreviations after which a period does not end a sentence (titles, archival and bibliographic short forms). */
const ABBREVIATION =
  /(?:\b(?:Com|Coms|Mr|Mrs|Dr|St|No|Nos|Vol|vol|ed|eds|cf|ibid|Ibid|op|d|f|l|ll|ob|p|pp|vs|etc|trans|Trans|Ed|U\.S|ca|c)|\b\p{Lu})$/u

/**
 * The sentences of a stretch of text, as spans: a sentence ends at `.`, `!` or `?` (with closing quotes, brackets or
 * markup) before white space and an upper-case letter, a quote or a digit, unless the period closes an initial
 * ("J.") or a known abbreviation ("Com.", "f.", "op."); a blank line always ends one.
 * @example sentenceSpans('Stalin left. He wrote.', { start: 0, end: 22 }) // [{0,12},{13,22}]
 */
export function sentenceSpans(text: string, span: Span): Span[] {
  const spans: Span[] = []
  const end = span.end
  let start = skipSpace(text, span.start, end)
  const boundary = /([.!?][”"’')\]*]*(?:<sup>[^<]*<\/sup>)?)(\s+)(?=[\p{Lu}“"‘'([\d*#-])|\n\s*\n/gu
  boundary.lastIndex = start
  for (let match = boundary.exec(text); match !== null && match.index < end; match = boundary.exec(text)) {
    const stop = match[1] === undefined ? match.index : match.index + match[1].length
    if (
      match[1]?.startsWith('.') &&
      ABBREVIATION.test(text.slice(Math.max(start, match.index - 8), match.index))
    )
      continue
    if (stop > start) spans.push({ start, end: trimEnd(text, start, stop) })
    start = skipSpace(text, match.index + match[0].length, end)
  }
  if (start < end) spans.push({ start, end: trimEnd(text, start, end) })
  return spans.filter((s) => s.end > s.start)
}

function skipSpace(text: string, from: number, end: number): number {
  let at = from
  while (at < end && /\s/.test(text[at] ?? '')) at++
  return at
}

function trimEnd(text: string, start: number, end: number): number {
  let at = end
  while (at > start && /\s/.test(text[at - 1] ?? '')) at--
  return at
}

/** Mentions sorted by start, with a fast lookup of those inside a span (the corpus may hold millions). */
export interface MentionIndex {
  readonly all: readonly Mention[]
  /** Mentions wholly inside the span, in text order. */
  within(span: Span): Mention[]
}

/**
 * Indexes mentions by position.
 * @example indexMentions(mentions).within(sentence).filter(isDate)
 */
export function indexMentions(mentions: readonly Mention[]): MentionIndex {
  const all = [...mentions].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  return {
    all,
    within(span) {
      let low = 0
      let high = all.length
      while (low < high) {
        const middle = (low + high) >> 1
        if ((all[middle]?.span.start ?? 0) < span.start) low = middle + 1
        else high = middle
      }
      const found: Mention[] = []
      for (let index = low; index < all.length; index++) {
        const mention = all[index] as Mention
        if (mention.span.start >= span.end) break
        if (mention.span.end <= span.end) found.push(mention)
      }
      return found
    },
  }
}

/** Whether a mention is a date. */
export function isDate(mention: Mention): mention is DateMention {
  return mention.type === 'date'
}

/** Whether a mention is a name of the given type (any name type when none is given). */
export function isName(mention: Mention, type?: NameMention['type']): mention is NameMention {
  return (
    mention.type !== 'date' && mention.type !== 'citation' && (type === undefined || mention.type === type)
  )
}

/**
 * The deterministic id of a fact: the same passage read by the same rule gives the same id on every import.
 * @example factId('source:ab', 'extract/events:decision', 120) // 'fact:…'
 */
export function factId(sourceId: string, rule: string, ...parts: readonly (string | number)[]): string {
  return `fact:${hashKey(sourceId, rule, ...parts)}`
}

/**
 * How often the source refers to each entity: mentions per entity id.
 * @example mentionFrequency(mentions).get('person:stalin-i-v') // 2150
 */
export function mentionFrequency(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const mention of mentions) {
    if (!isName(mention) || mention.entityId === undefined) continue
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1)
  }
  return counts
}

/** Document types whose lines are lists of references, not statements (a book index). */
const NOT_PROSE = new Set(['index'])
let cached: { text: string; documents: readonly Document[]; sentences: Span[] } | undefined

/**
 * The sentences of a source outside its index (whose entries list pages, not claims). The last result is kept:
 * every extractor of one source asks for the same sentences.
 * @example proseSentences(text, segments.documents).length
 */
export function proseSentences(text: string, documents: readonly Document[]): Span[] {
  if (cached !== undefined && cached.text === text && cached.documents === documents) return cached.sentences
  const skipped = documents.filter((doc) => NOT_PROSE.has(doc.type)).map((doc) => doc.span)
  const sentences = sentenceSpans(text, { start: 0, end: text.length }).filter(
    (s) => !skipped.some((span) => s.start >= span.start && s.start < span.end),
  )
  cached = { text, documents, sentences }
  return sentences
}
