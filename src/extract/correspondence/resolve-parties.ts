import type { Document, Span } from '../../core/index.ts'
import type { EntityNames } from '../events/entity-names.ts'
import { isName, type MentionIndex } from '../events/text-helpers.ts'

/** A document word after a possessive in a title: "Trotsky's Letter", "Excerpt from Lenin's Testament". */
const OWNED_DOCUMENT =
  /^['’]s\s+(?:\p{L}+\s+){0,2}?(?:letter|testament|note|telegram|memorandum|statement|declaration|reply|appeal|theses|article|speech)\b/iu

/** A party to a letter as printed, with the entities it was resolved to (none when it names no known entity). */
export interface Party {
  readonly printed: string
  readonly ids: readonly string[]
  readonly span?: Span
}

/** Several people in one printed field: "Molotov. Bukharin.", "Molotov; Bukharin", "Molotov, Rykov, and Bukharin". */
const SEPARATOR = /\s*(?:;|,\s*(?:and\s+)?|\s+and\s+|(?<=\p{L}{2,})\.\s+(?=\p{Lu}\p{Ll}))\s*/u

/**
 * Resolves a printed name of a sender or an addressee: first the person and body mentions inside the printed
 * field (where it stands in the document), then the entities by name; a field naming several people gives one id
 * each. Collective addressees that name no entity ("the Seven", "other friends") keep only their text.
 * @example resolveParty('J. Stalin', signerSpan, mentions, names).ids // ['person:stalin-i-v']
 */
export function resolveParty(
  printed: string,
  span: Span | undefined,
  mentions: MentionIndex,
  names: EntityNames,
): Party {
  const fromMentions =
    span === undefined
      ? []
      : mentions
          .within(span)
          .filter((m) => isName(m) && (m.type === 'person' || m.type === 'body'))
          .map((m) => (isName(m) ? m.entityId : undefined))
          .filter((id): id is string => id !== undefined)
  const parts = printed.split(SEPARATOR).filter((part) => part.trim() !== '')
  const byName = parts.map((part) => {
    const person = names.find(part, 'person')
    const found = person.length === 0 ? names.find(part, 'body') : person
    // Several entities share the name: keep none rather than guess (the printed name stays).
    return found.length === 1 ? found[0] : undefined
  })
  const named = byName.filter((id): id is string => id !== undefined)
  // One name whose mention was resolved to someone else ("G. L. Piatakov" read as another G. L.): the name wins.
  const single = parts.length === 1 && named.length === 1 && !fromMentions.includes(named[0] as string)
  const ids = fromMentions.length > 0 && !single ? fromMentions : named
  return { printed, ids: unique(ids), ...(span ? { span } : {}) }
}

/**
 * Where a printed value of a document stands: its first occurrence inside the document.
 * @example locate('Molotov', doc, text) // { start, end } of "Molotov" in the salutation
 */
export function locate(printed: string, doc: Document, text: string): Span | undefined {
  const at = text.slice(doc.span.start, doc.span.end).indexOf(printed)
  return at < 0 ? undefined : { start: doc.span.start + at, end: doc.span.start + at + printed.length }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

/**
 * The author a title names when the document is unsigned: the person whose possessive stands before a document
 * word ("Excerpt from Krupskaja's Letter"). The printed signer is then empty: the sender is inferred.
 * @example authorFromTitle(doc, text, mentions)?.ids // ['person:krupskaya-n-k']
 */
export function authorFromTitle(doc: Document, text: string, mentions: MentionIndex): Party | undefined {
  const heading = doc.heading?.span
  if (heading === undefined) return undefined
  for (const mention of mentions.within(heading)) {
    if (!isName(mention, 'person') || mention.entityId === undefined) continue
    if (!OWNED_DOCUMENT.test(text.slice(mention.span.end, heading.end))) continue
    return { printed: '', ids: [mention.entityId], span: mention.span }
  }
  return undefined
}
