import type { SourceEdition } from '../core/index.ts'

/**
 * What a required field must hold: a string, a number, a list, an object of the given shape, or (a one-item
 * array) a list whose every item has the given shape.
 */
export type FieldKind = 'string' | 'number' | 'list' | RecordShape | readonly [RecordShape]

/** The required fields of a stored record and what each must hold (optional fields are not listed). */
export interface RecordShape {
  readonly [field: string]: FieldKind
}

/** The list fields every stored edition has, each an array of records. */
export type ListField = Exclude<keyof SourceEdition, 'source' | 'raw' | 'text'>

const SPAN: RecordShape = { start: 'number', end: 'number' }

/** A provenance (src/core/provenance.ts): source, raw span, quote, lines and rule. */
const PROVENANCE: RecordShape = {
  sourceId: 'string',
  span: SPAN,
  quote: { exact: 'string', prefix: 'string', suffix: 'string' },
  lineStart: 'number',
  lineEnd: 'number',
  rule: 'string',
}

const VARIANT: RecordShape = {
  kind: 'string',
  baseReading: 'string',
  otherReading: 'string',
  certainty: 'string',
  provenance: PROVENANCE,
}

/** The required fields of each kind of record in a stored edition (src/core/records.ts). */
export const RECORD_SHAPES: Readonly<Record<ListField, RecordShape>> = {
  documents: {
    id: 'string',
    sourceId: 'string',
    type: 'string',
    title: 'string',
    order: 'number',
    addressees: 'list',
    insertions: 'list',
    text: 'string',
    textSpan: SPAN,
    provenance: PROVENANCE,
  },
  notes: {
    id: 'string',
    sourceId: 'string',
    label: 'string',
    kind: 'string',
    text: 'string',
    textSpan: SPAN,
    provenance: PROVENANCE,
  },
  markers: { sourceId: 'string', label: 'string', provenance: PROVENANCE },
  editorial: { sourceId: 'string', provenance: PROVENANCE },
  glossary: {
    sourceId: 'string',
    nameAsPrinted: 'string',
    name: 'string',
    entryType: 'string',
    aliases: 'list',
    description: 'string',
    provenance: PROVENANCE,
  },
  index: {
    sourceId: 'string',
    headingAsPrinted: 'string',
    heading: 'string',
    locators: 'list',
    subentries: 'list',
    see: 'list',
    seeAlso: 'list',
    provenance: PROVENANCE,
  },
  witnesses: {
    sourceId: 'string',
    documentId: 'string',
    baseLabel: 'string',
    otherLabel: 'string',
    variants: [VARIANT],
  },
  removals: { reason: 'string', start: 'number', end: 'number', line: 'number', text: 'string' },
  mentions: {
    type: 'string',
    sourceId: 'string',
    surface: 'string',
    confidence: 'number',
    provenance: PROVENANCE,
  },
  entities: {
    id: 'string',
    sourceId: 'string',
    type: 'string',
    name: 'string',
    variants: 'list',
    origin: 'string',
  },
  facts: {
    id: 'string',
    sourceId: 'string',
    type: 'string',
    subject: 'string',
    predicate: 'string',
    confidence: 'number',
    evidence: [PROVENANCE],
  },
  diagnostics: {
    sourceId: 'string',
    file: 'string',
    severity: 'string',
    reason: 'string',
    source: 'string',
    ruleId: 'string',
  },
}

/** Whether a JSON value is an object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const EXPECTED: Readonly<Record<'string' | 'number' | 'list', string>> = {
  string: 'expected a string',
  number: 'expected a number',
  list: 'expected a list',
}

/**
 * Pushes a problem, named by its JSON path, for every required field of `value` that is missing or holds the
 * wrong kind of value; returns whether there was none.
 * @example shapeProblems({ id: 1 }, { id: 'string' }, '$.facts[0]', problems) // false, '$.facts[0].id: expected a string'
 */
export function shapeProblems(value: unknown, shape: RecordShape, path: string, problems: string[]): boolean {
  if (!isObject(value)) {
    problems.push(`${path}: expected a record`)
    return false
  }
  let ok = true
  for (const [field, kind] of Object.entries(shape))
    if (!fieldFits(value[field], kind, `${path}.${field}`, problems)) ok = false
  return ok
}

function fieldFits(value: unknown, kind: FieldKind, path: string, problems: string[]): boolean {
  if (kind === 'string' || kind === 'number' || kind === 'list') {
    const fits =
      kind === 'list'
        ? Array.isArray(value)
        : kind === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : typeof value === 'string'
    if (!fits) problems.push(`${path}: ${EXPECTED[kind]}`)
    return fits
  }
  if (!Array.isArray(kind)) return shapeProblems(value, kind as RecordShape, path, problems)
  if (!Array.isArray(value)) {
    problems.push(`${path}: expected a list`)
    return false
  }
  let ok = true
  for (const [i, item] of value.entries())
    if (!shapeProblems(item, (kind as readonly [RecordShape])[0], `${path}[${i}]`, problems)) ok = false
  return ok
}
