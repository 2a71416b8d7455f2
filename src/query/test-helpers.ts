import type { FactDate, FactRecord, SourceId } from '../core/index.ts'

const SOURCE = 'source:test' as SourceId
let counter = 0

/** A date as printed; an ISO-looking text ("1924", "1926-01") is also its ISO value. */
export function date(text: string, iso?: string): FactDate {
  const value = iso ?? (/^\d{4}(-\d{2}){0,2}$/.test(text) ? text : undefined)
  return value === undefined ? { text } : { text, iso: value }
}

/** What a made-up fact may set; `quote` and `line` give its single passage, `passages` several. */
export interface FactSpec extends Partial<Omit<FactRecord, 'start' | 'end' | 'evidence'>> {
  readonly start?: string | FactDate
  readonly end?: string | FactDate
  readonly quote?: string
  readonly line?: number
  readonly passages?: readonly { readonly quote: string; readonly line: number }[]
}

/** A made-up stored fact: a post of a test person unless the spec says otherwise. */
export function makeFact(spec: FactSpec = {}): FactRecord {
  counter += 1
  const { start, end, quote, line, passages, ...rest } = spec
  const list = passages ?? [{ quote: quote ?? `passage ${counter}`, line: line ?? counter }]
  const evidence = list.map((p, i) => ({
    sourceId: SOURCE,
    span: { start: p.line * 100 + i, end: p.line * 100 + i + p.quote.length },
    quote: { exact: p.quote, prefix: '', suffix: '' },
    lineStart: p.line,
    lineEnd: p.line,
    rule: 'test/made-up',
  }))
  return {
    id: `fact:test-${counter}`,
    type: 'post',
    subject: 'person:test',
    predicate: 'held-post',
    confidence: 0.9,
    sourceId: SOURCE,
    ...rest,
    ...(start === undefined ? {} : { start: typeof start === 'string' ? date(start) : start }),
    ...(end === undefined ? {} : { end: typeof end === 'string' ? date(end) : end }),
    evidence,
  }
}

/** A post: `person` held `role` in `body` (an entity id) from `start` to `end`. */
export function post(
  person: string,
  role: string,
  body: string,
  start?: string | FactDate,
  end?: string | FactDate,
  spec: FactSpec = {},
): FactRecord {
  return makeFact({
    subject: person,
    role,
    object: body,
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...spec,
  })
}

/** A removal: `person` removed from `body` (from a role, when given) on `when`. */
export function removal(
  person: string,
  body: string,
  when: string | FactDate,
  role?: string,
  spec: FactSpec = {},
) {
  return makeFact({
    subject: person,
    predicate: 'removed',
    object: body,
    start: when,
    ...(role === undefined ? {} : { role }),
    ...spec,
  })
}
