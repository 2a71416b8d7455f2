import type { Variant } from '../../core/index.ts'
import { joinLines } from './text-words.ts'

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?'

/**
 * What editors put in square brackets (Leiden-style conventions of documentary editions): doubts,
 * `sic`, ellipses, supplied dates, labelled glosses ("— editor", "—U.S. Ed.", "—Trans."), page or
 * folio references and archival source lines.
 */
const EDITORIAL_PATTERNS: readonly RegExp[] = [
  /\bsic\b/i,
  /^[\s.…]*$/,
  /\?\s*$/,
  /^or\s/i,
  /\b(?:circa|ca\.|c\.)\s*\d/i,
  new RegExp(
    `^\\s*(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|${MONTH}\\s+\\d{4}|\\d{4})\\s*$`,
    'i',
  ),
  /[—–-]\s*(?:editor|eds?\.?|U\.\s?S\.\s?Ed\.?|trans\.?|translator|[A-Z]\.\s?[A-Z]\.?|J\. Stalin)\s*$/i,
  /\b(?:illegible|emphasis (?:added|in original)|editor'?s? note|translator)\b/i,
  /^\s*(?:p{1,2}\.\s*)?\d+(?:\s*[–-]\s*\d+)?\s*$/,
  /\bf\.\s?\d+,\s*op\.\s?\d+/i,
]

/** Words that mark a bracket as the other witness's lack of the preceding passage. */
const OMISSION = /\b(?:omitted|missing|absent|lacking)\b/i

/** Words that open an inserted phrase rather than a replacement ("economic [and reasonable]"). */
const ADDITIVE_START = /^(?:and|further|furthermore|indeed|also|even|moreover|that is)\b/

/** Words after which a bracket adds a modifier rather than replacing a word ("the [former] illusion"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|if|and|or|that|this|these|our|its|their|your)\s*$/i

/**
 * Whether a bracket's content is an editor's insertion rather than another witness's reading.
 * @example isEditorialContent('circa 20 January 1924') // true
 */
export function isEditorialContent(content: string): boolean {
  const flat = joinLines(content)
  return EDITORIAL_PATTERNS.some((pattern) => pattern.test(flat))
}

/**
 * The kind of a variant bracket, from its content and the text just before it: an omission mark, an
 * insertion (a bracket that opens a paragraph or follows a sentence end and shares little with the
 * sentence before it, begins with an additive word, or follows a determiner or a comma), or else a
 * substitution of the words before it.
 * @example classifyVariant('omitted', 'the uninterrupted ', 0) // 'omission'
 */
export function classifyVariant(content: string, before: string, overlap: number): Variant['kind'] {
  const flat = joinLines(content)
  if (OMISSION.test(flat)) return 'omission'
  if (ADDITIVE_START.test(flat)) return 'addition'
  const tail = before.replace(/[ \t]+$/g, '')
  if (tail.length === 0 || /\n[ \t]*\n\s*$/.test(before)) return 'addition'
  if (/[.;:!?][”"’]?$/.test(tail))
    return /^\p{Lu}/u.test(flat) && overlap >= 0.5 ? 'substitution' : 'addition'
  if (/[,—–-]$/.test(tail) && overlap < 0.5) return 'addition'
  if (DETERMINER_BEFORE.test(tail.replace(/\s+/g, ' '))) return 'addition'
  return 'substitution'
}
