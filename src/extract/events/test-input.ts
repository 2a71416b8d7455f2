// Test helper: builds an ExtractInput from a made-up text, with mentions placed by their surface.
import type {
  DateValue,
  Document,
  Entity,
  EntityType,
  Mention,
  Note,
  SourceText,
  Span,
  StageContext,
} from '../../core/index.ts'
import { createId, emptySegmentResult, identityMap } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'

export const SOURCE_ID = createId('source', 'test')

/** The span of the `nth` occurrence (0-based) of `surface` in `text`. */
export function spanOf(text: string, surface: string, nth = 0): Span {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1)
  if (at < 0) throw new Error(`"${surface}" is not in the test text`)
  return { start: at, end: at + surface.length }
}

/** A name mention of an entity. */
export function name(text: string, surface: string, type: EntityType, entityId: string, nth = 0): Mention {
  return {
    type,
    span: spanOf(text, surface, nth),
    surface,
    key: surface.toLowerCase(),
    entityId,
    rule: 't',
    confidence: 1,
  }
}

/** A date mention with the given ISO value ("1926-03", "1925"). */
export function date(text: string, surface: string, iso: string, nth = 0): Mention {
  const [year, month, day] = iso.split('-').map(Number)
  const stated = [
    'year',
    ...(month ? ['month'] : []),
    ...(day ? ['day'] : []),
  ] as DateValue['start']['stated']
  const start = {
    calendar: 'gregorian' as const,
    year: year ?? 0,
    ...(month ? { month } : {}),
    ...(day ? { day } : {}),
    stated,
  }
  const kind = day ? 'day' : month ? 'month' : 'year'
  return {
    type: 'date',
    span: spanOf(text, surface, nth),
    value: { kind, start, iso, certainty: 'stated' },
    rule: 't',
    confidence: 1,
  }
}

/** An entity of the authority. */
export function entity(id: string, type: EntityType, entityName: string, variants: string[] = []): Entity {
  return { id, type, name: entityName, variants, origin: 'test' }
}

/** A note whose text is the given passage. */
export function note(text: string, passage: string, documentId: Document['id'], label = '1'): Note {
  return {
    id: createId('note', label),
    sourceId: SOURCE_ID,
    documentId,
    label,
    span: spanOf(text, passage),
    kind: 'endnote',
    rule: 't',
  }
}

/** The extract input for a made-up source. */
export function input(
  text: string,
  parts: { documents?: Document[]; notes?: Note[]; mentions?: Mention[]; entities?: Entity[] } = {},
): ExtractInput {
  const source: SourceText = {
    sourceId: SOURCE_ID,
    format: 'markdown',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
  return {
    text: source,
    segments: { ...emptySegmentResult(), documents: parts.documents ?? [], notes: parts.notes ?? [] },
    mentions: parts.mentions ?? [],
    entities: parts.entities ?? [],
  }
}

/** A context that keeps the diagnostics reported. */
export function context(): StageContext & { reported: string[] } {
  const reported: string[] = []
  return { sourceId: SOURCE_ID, reported, report: (d) => void reported.push(d.reason) }
}
