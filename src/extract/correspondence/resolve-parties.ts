import type { Document, Span } from '../../core/index.ts'
import type { EntityNames } from '../events/entity-names.ts'
import { isName, type MentionIndex } from '../events/text-helpers.ts'

/** A party to a letter as printed, with the entities it was resolved to (none when it names no known entity). */
export interface Party {
  readonly printed: string
  readonly ids: readonly string[]
  readonly span?: Span
}

/** Several people in one printed field: "Molotov. Bukharin.", "Molotov; Bukharin", "Molotov, Rykov, and Bukharin". */
const SEPARATOR = /\s*(?:;|,\s*(?:and\s+)?|\s+and\s+|\.\s+(?=\p{Lu}\p{Ll}))\s*/u

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
  const where = span
  const fromMentions =
    where === undefined
      ? []
      : mentions
          .within(where)
          .filter((m) => isName(m) && (m.type === 'person' || m.type === 'body'))
          .map((m) => (isName(m) ? m.entityId : undefined))
          .filter((id): id is string => id !== undefined)
  if (fromMentions.length > 0) return { printed, ids: unique(fromMentions), ...(where ? { span: where } : {}) }
  const ids: string[] = []
  for (const part of printed.split(SEPARATOR)) {
    const person = names.find(part, 'person')
    const found = person.length === 1 ? person : names.find(part, 'body')
    // Several people share the surname: keep none rather than guess (the printed name stays).
    if (found.length === 1) ids.push(found[0] as string)
  }
  return { printed, ids: unique(ids), ...(where ? { span: where } : {}) }
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
