/** JSON schemas shared by the routes: parameters are validated once, at the route edge (a failure is a 400). */

export { DOCUMENT_TYPES } from '../core/index.ts'

export const ENTITY_TYPES = ['person', 'body', 'place', 'event'] as const
export const FACT_TYPES = ['post', 'life-event', 'correspondence', 'event', 'relation'] as const

/** A comma-separated list of values from a fixed set, e.g. `letter,telegram`. */
export function listOf(values: readonly string[], description: string) {
  const one = `(${values.join('|')})`
  return { type: 'string', pattern: `^${one}(,${one})*$`, description } as const
}

export const PARTIAL_DATE = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD',
} as const

export const DAY = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const

export const LIMIT = { type: 'integer', minimum: 1, maximum: 1000, default: 50 } as const
export const OFFSET = { type: 'integer', minimum: 0, default: 0 } as const

/** Any object: the response schemas name the fields a client relies on and let the records' other fields through. */
export const OPEN_OBJECT = { type: 'object', additionalProperties: true } as const

export const OPEN_ARRAY = { type: 'array', items: OPEN_OBJECT } as const

export const ERROR_RESPONSE = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: ['not-found', 'bad-request', 'unauthorized', 'too-large', 'internal'] },
        message: { type: 'string' },
      },
    },
  },
} as const

/** A passage of text reuse: raw offsets into its source file, 1-based lines and the quoted text. */
const REUSE_PASSAGE = {
  start: { type: 'integer' },
  end: { type: 'integer' },
  lineStart: { type: 'integer' },
  lineEnd: { type: 'integer' },
  quote: { type: 'string' },
  matches: {
    type: 'array',
    description: 'runs of words aligned with the other passage, as [start, end] offsets into `quote`',
    items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
  },
} as const

/** Text reuse as listed on a document: the passage here and the passage in the other document (document-reuse.ts). */
export const DOCUMENT_REUSE = {
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'score', 'rule', 'here', 'other'],
    properties: {
      id: { type: 'string' },
      score: { type: 'number', description: '0 to 1: IDF-weighted share of aligned terms' },
      rule: { type: 'string', description: 'collate/reuse:verbatim or collate/reuse:paraphrase' },
      here: { type: 'object', properties: REUSE_PASSAGE },
      other: {
        type: 'object',
        properties: {
          sourceId: { type: 'string' },
          documentId: { type: 'string' },
          documentTitle: { type: 'string' },
          ...REUSE_PASSAGE,
        },
      },
    },
  },
} as const

/** Responses of a route: its success schema and the error body for the statuses it can answer with. */
export function responses(ok: object, ...errors: number[]) {
  return Object.fromEntries([
    ['200', ok],
    ...[400, ...errors, 500].map((status) => [String(status), ERROR_RESPONSE]),
  ])
}

/** Splits a validated comma-separated list. */
export function splitList<T extends string>(value: string | undefined): T[] | undefined {
  return value === undefined ? undefined : (value.split(',') as T[])
}
