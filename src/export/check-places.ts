import { createLineIndex, type LineIndex } from '../core/index.ts'
import { isObject } from './record-shapes.ts'

/** What the places of an edition's records are checked against: its source id, original file and normalised text. */
export interface EditionContext {
  readonly sourceId: unknown
  /** The original file; undefined when the edition has none (its own problem, reported elsewhere). */
  readonly raw: string | undefined
  readonly lines: LineIndex | undefined
  /** The normalised text, when the edition has one. */
  readonly text: string | undefined
  readonly problems: string[]
}

/** The context for checking one edition's records. */
export function editionContext(
  sourceId: unknown,
  raw: unknown,
  text: unknown,
  problems: string[],
): EditionContext {
  return {
    sourceId,
    raw: typeof raw === 'string' ? raw : undefined,
    lines: typeof raw === 'string' ? createLineIndex(raw) : undefined,
    text: typeof text === 'string' ? text : undefined,
    problems,
  }
}

/** Keys under which records keep raw places: provenance, its span, evidence passages and printed fields. */
const PLACE_KEYS = new Set(['provenance', 'span', 'evidence', 'field', 'heading', 'place'])

/** The key a JSON path ends in, without its list index. */
const lastKey = (path: string) =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1) ?? ''

/** Whether `start`–`end` is a range of offsets inside a string of `length` characters. */
const inside = (start: unknown, end: unknown, length: number): boolean =>
  Number.isInteger(start) &&
  Number.isInteger(end) &&
  (start as number) >= 0 &&
  (start as number) <= (end as number) &&
  (end as number) <= length

/** A value for a message: at most 40 characters, in double quotes, line breaks escaped. */
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text)

/**
 * Checks a record whose required fields are all present: its source id, every raw place inside the original
 * file, every provenance's quote and lines against the original file, and its `textSpan` inside the normalised
 * text. Pushes one problem per defect, named by its JSON path.
 */
export function recordPlaceProblems(
  record: Record<string, unknown>,
  path: string,
  context: EditionContext,
): void {
  const { problems } = context
  if (typeof record.sourceId === 'string' && record.sourceId !== context.sourceId)
    problems.push(`${path}.sourceId: source "${record.sourceId}" is not the edition's source`)
  placeProblems(record, path, context)
  if (isObject(record.provenance)) provenanceProblems(record.provenance, `${path}.provenance`, context)
  if (Array.isArray(record.evidence)) {
    if (record.evidence.length === 0) problems.push(`${path}.evidence: expected at least one passage`)
    for (const [i, item] of record.evidence.entries())
      provenanceProblems(item, `${path}.evidence[${i}]`, context)
  }
  if (Array.isArray(record.variants))
    for (const [i, variant] of record.variants.entries())
      if (isObject(variant) && isObject(variant.provenance))
        provenanceProblems(variant.provenance, `${path}.variants[${i}].provenance`, context)
  const { textSpan } = record
  if (
    isObject(textSpan) &&
    context.text !== undefined &&
    !inside(textSpan.start, textSpan.end, context.text.length)
  )
    problems.push(
      `${path}.textSpan: offsets ${textSpan.start}–${textSpan.end} are outside the normalised text (${context.text.length} characters)`,
    )
}

/** Checks that a provenance quotes the original file at its span and gives the lines the span covers. */
function provenanceProblems(value: unknown, path: string, context: EditionContext): void {
  const { raw, lines, problems } = context
  if (raw === undefined || lines === undefined || !isObject(value)) return
  const { span, quote } = value
  if (!isObject(span) || !isObject(quote) || !inside(span.start, span.end, raw.length)) return
  const start = span.start as number
  const end = span.end as number
  const exact = raw.slice(start, end)
  if (quote.exact !== exact)
    problems.push(
      `${path}.quote.exact: ${shown(String(quote.exact))} is not the original file's text at ${start}–${end} (${shown(exact)})`,
    )
  const lineStart = lines.lineAt(start)
  const lineEnd = lines.lineAt(Math.max(start, end - 1))
  if (value.lineStart !== lineStart || value.lineEnd !== lineEnd)
    problems.push(
      `${path}: lines ${value.lineStart}–${value.lineEnd} given, but offsets ${start}–${end} are on lines ${lineStart}–${lineEnd}`,
    )
}

/** The problems of one record's raw places (`start`/`end`, nested `sourceId`) against its edition's file. */
function placeProblems(value: unknown, path: string, context: EditionContext): void {
  const { problems } = context
  if (!isObject(value)) return
  if (
    typeof value.sourceId === 'string' &&
    value.sourceId !== context.sourceId &&
    PLACE_KEYS.has(lastKey(path))
  )
    problems.push(`${path}: source "${value.sourceId}" is not the edition's source`)
  const { start, end } = value
  const rawLength = context.raw?.length ?? Number.POSITIVE_INFINITY
  if (typeof start === 'number' && typeof end === 'number' && !inside(start, end, rawLength))
    problems.push(`${path}: offsets ${start}–${end} are outside the original file (${rawLength} characters)`)
  for (const [key, child] of Object.entries(value))
    if (PLACE_KEYS.has(key))
      for (const [i, item] of (Array.isArray(child) ? child : [child]).entries())
        placeProblems(item, Array.isArray(child) ? `${path}.${key}[${i}]` : `${path}.${key}`, context)
}
