import type { Document, Note, Span } from '../../core/index.ts'
import type { EntityNames } from '../events/entity-names.ts'
import { isName, type MentionIndex, sentenceSpans } from '../events/text-helpers.ts'

/** People or bodies a letter asks to be shown to, or who annotated it, with the passages that say so. */
export interface Readers {
  readonly ids: readonly string[]
  readonly printed: readonly string[]
  readonly spans: readonly Span[]
}

/** "show this letter to …", "read it to …", "pass this on to …", "give it to … to read". */
const ASK_TO_READ =
  /\b(?:show|read|pass|forward|circulate|give)\s+(?:this\s+(?:letter|note|telegram|message)|this|it|the\s+letter|my\s+letter)(?:\s+on)?\s+to\s+((?:Coms?\.|[^.;:!?\n])+)/gi
/** Where the readers' phrase stops: a clause that goes on with a lower-case word ("… and drop me a note"). */
const READERS_END = /\s+(?:and|to|so|in|for|if|because|as|when|after|before|once|but)\s+\p{Ll}|\s*[,—–(]/u
/** Pronouns: the addressee again ("send it to you"), not a further reader. */
const PRONOUN = /^(?:you|me|him|her|us|them|it)\b/i
/** Words of the notes that record a reader's mark on the letter. */
const ANNOTATION = /\b(?:notation|comment|annotation|initials|inscription|marginal|remark)s?\b/i

/**
 * The readers a letter asks for, from its own text (the notes excluded): people and bodies among the mentions in
 * the phrase, else an entity of that name, else the printed phrase ("the seven" stays text unless an entity has
 * that name).
 * @example askedReaders(doc, notes, text, mentions, names).printed // ['the seven']
 */
export function askedReaders(
  doc: Document,
  notes: readonly Note[],
  text: string,
  mentions: MentionIndex,
  names: EntityNames,
): Readers {
  const ids: string[] = []
  const printed: string[] = []
  const spans: Span[] = []
  const body = text.slice(doc.span.start, doc.span.end)
  for (const match of body.matchAll(ASK_TO_READ)) {
    const phrase = match[1] ?? ''
    const cut = READERS_END.exec(phrase)
    const readers = (cut === null ? phrase : phrase.slice(0, cut.index)).trim()
    if (/^give\b/i.test(match[0]) && !/\bto read\b/.test(phrase)) continue
    if (PRONOUN.test(readers)) continue
    const start = doc.span.start + (match.index ?? 0) + match[0].length - phrase.length
    const span = { start, end: start + readers.length }
    if (readers === '' || notes.some((note) => span.start >= note.span.start && span.start < note.span.end))
      continue
    const found = mentions
      .within(span)
      .filter((m) => isName(m) && (m.type === 'person' || m.type === 'body'))
      .map((m) => (isName(m) ? m.entityId : undefined))
      .filter((id): id is string => id !== undefined)
    const byName = found.length > 0 ? found : names.find(readers, 'body')
    ids.push(...byName)
    printed.push(readers)
    spans.push({ start: doc.span.start + (match.index ?? 0), end: span.end })
  }
  return { ids: [...new Set(ids)], printed, spans }
}

/**
 * The people whose marks on the letter its notes record ("a notation by Molotov", "a comment by Bukharin", "the
 * signed initials 'J.R.' [Ya. E. Rudzutak]"): the people named in the notes' sentences about notations.
 * @example annotators(notes, text, mentions).ids // ['person:molotov-v-m', 'person:bukharin-n-i']
 */
export function annotators(notes: readonly Note[], text: string, mentions: MentionIndex): Readers {
  const ids: string[] = []
  const printed: string[] = []
  const spans: Span[] = []
  for (const note of notes) {
    for (const sentence of sentenceSpans(text, note.span)) {
      if (!ANNOTATION.test(text.slice(sentence.start, sentence.end))) continue
      const people = mentions.within(sentence).filter((m) => isName(m, 'person'))
      for (const person of people) {
        if (!isName(person) || person.entityId === undefined || ids.includes(person.entityId)) continue
        ids.push(person.entityId)
        printed.push(text.slice(person.span.start, person.span.end))
        spans.push(sentence)
      }
    }
  }
  return { ids, printed, spans }
}
