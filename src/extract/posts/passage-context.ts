import type { Document, FactDate, Note, Span } from '../../core/index.ts'
import { readPeriods } from './read-period.ts'

/** Words that make a sentence a supposition, a wish or a rule rather than a statement of fact. */
const HYPOTHETICAL =
  /\b(?:if|unless|suppose|supposing|would|could|should|ought|must|were to|let us|whether|perhaps|maybe)\b/i

/** Document kinds that carry the date of what they say. */
const DATED_TYPES = new Set(['letter', 'telegram', 'quoted-document', 'appendix-document', 'note'])

/** How far a sentence may reach on either side of a passage before it is cut. */
const SENTENCE_REACH = 400

/**
 * The sentence around a span: from after the last sentence end (". " before a capital, not after an initial such as
 * "V. R.") or blank line before it, to the next one after it; cut at 400 characters on either side.
 * @example sentenceAround('One. Kuibyshev, the chairman. Two.', { start: 5, end: 14 }) // { start: 5, end: 29 }
 */
export function sentenceAround(text: string, span: Span): Span {
  const from = Math.max(0, span.start - SENTENCE_REACH)
  const before = text.slice(from, span.start)
  let start = from
  for (const match of before.matchAll(
    /(?:[.!?](?:<sup>[^<]*<\/sup>)?[”"’)]?\s+(?=[“"(*\p{Lu}\d])|\n\s*\n)/gu,
  )) {
    if (isInitial(before, match.index)) continue
    start = from + match.index + match[0].length
  }
  const after = text.slice(span.end, span.end + SENTENCE_REACH)
  let end = span.end + after.length
  for (const match of after.matchAll(/(?:[.!?](?=[”"’)]?(?:<sup>[^<]*<\/sup>)?(?:\s|$))|\n\s*\n)/gu)) {
    if (isInitial(after, match.index, text.slice(Math.max(0, span.end - INITIAL_REACH), span.end))) continue
    end = span.end + match.index + (match[0].startsWith('\n') ? 0 : 1)
    break
  }
  return { start, end }
}

/** How much text before a period decides whether it closes an initial or a title. */
const INITIAL_REACH = 12

/** A period after a single capital ("V.") or a title ("Com.") does not end a sentence. */
function isInitial(text: string, index: number, prefix = ''): boolean {
  if (text[index] !== '.') return false
  // Only the few characters before the period matter: do not copy the text before it.
  const near = text.slice(Math.max(0, index - INITIAL_REACH), index)
  const before = index >= INITIAL_REACH ? near : prefix.slice(-(INITIAL_REACH - index)) + near
  return /(?:^|[\s(])(?:\p{Lu}|\p{Lu}[a-z]|Com|Comrade|St|Mr|Dr|Sir|No|ll?|ff?|op|d)$/u.test(before)
}

/** Words that make a sentence a supposition; an apposition's role stands even beside "should" or "would". */
const SUPPOSITION = /\b(?:if|unless|suppose|supposing|were to|imagine|let us|whether|in case)\b/i

/**
 * Whether a sentence only supposes, wishes or prescribes ("if the chairman of X were …", "should"); with
 * `suppositionOnly`, only suppositions count (modal verbs leave a name's apposition standing).
 */
export function isHypothetical(sentence: string, suppositionOnly = false): boolean {
  return (suppositionOnly ? SUPPOSITION : HYPOTHETICAL).test(sentence)
}

/**
 * Whether an offset of a sentence lies in the title of a work: inside italics (`*…*`) or inside a quotation that
 * opens and closes within the sentence.
 * @example inTitle('He read *Letter to Comrade Ivanov, Secretary of X* today', 20) // true
 */
export function inTitle(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset)
  if ((before.match(/\*/g) ?? []).length % 2 === 1) return true
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length
  if (opened > 0 && sentence.indexOf('”', offset) !== -1) return true
  return (before.match(/"/g) ?? []).length % 2 === 1 && sentence.indexOf('"', offset) !== -1
}

const SENTENCE_DATE =
  /\b(?:(?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[89]|20)\d{2}\b(?![–—-]\d)/g

/**
 * The one date a sentence gives outside parentheses ("In August 1924, …" → August 1924), or undefined when it gives
 * none or several different years.
 * @example sentenceDate('In August 1924, the seven met.')?.iso // '1924-08'
 */
export function sentenceDate(sentence: string): FactDate | undefined {
  const plain = sentence.replace(/\([^()]*\)/g, (inner) => ' '.repeat(inner.length))
  const found = [...plain.matchAll(SENTENCE_DATE)].map((match) => match[0])
  const years = new Set(found.map((printed) => printed.slice(-4)))
  if (years.size !== 1) return undefined
  const printed = found.reduce((best, each) => (each.length > best.length ? each : best))
  return readPeriods(printed)?.[0]?.start
}

/** Finds the dated document a passage stands in. */
export interface DocumentDates {
  /** The date of the innermost dated letter, telegram or quoted document around the offset, if any. */
  dateAt(offset: number): FactDate | undefined
}

/**
 * Indexes the documents that carry a date (letters, telegrams, quoted and appendix documents); a note counts as
 * part of the document its sequence belongs to.
 * @example createDocumentDates(segments.documents, segments.notes).dateAt(1200)?.iso // '1925-06-17'
 */
export function createDocumentDates(documents: readonly Document[], notes: readonly Note[]): DocumentDates {
  const dated = documents.filter(
    (document) => DATED_TYPES.has(document.type) && dateOf(document) !== undefined,
  )
  const byId = new Map(dated.map((document) => [document.id, document]))
  return {
    dateAt(offset) {
      let best: Document | undefined
      for (const document of dated) {
        if (document.span.start > offset || offset >= document.span.end) continue
        if (best === undefined || document.span.end - document.span.start < best.span.end - best.span.start)
          best = document
      }
      if (best === undefined) {
        const note = notes.find((each) => each.span.start <= offset && offset < each.span.end)
        best = note?.documentId === undefined ? undefined : byId.get(note.documentId)
      }
      return best === undefined ? undefined : dateOf(best)
    },
  }
}

function dateOf(document: Document): FactDate | undefined {
  const date = document.editorialDate?.iso !== undefined ? document.editorialDate : document.date
  if (date?.iso === undefined) return undefined
  return { text: date.text, iso: date.iso }
}
