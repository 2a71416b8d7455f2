import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { Diagnostic, SourceText } from '../../core/index.ts'
import { createId, emptySegmentResult, identityMap } from '../../core/index.ts'
import { findDates } from './find-dates.ts'

/** One row of dates.spec.json: a passage and the dates expected in it as [surface, iso, kind?, certainty?]. */
interface SpecCase {
  readonly about: string
  readonly text: string
  readonly expect: readonly (readonly string[])[]
}

const SPEC: readonly SpecCase[] = JSON.parse(
  readFileSync(new URL('./dates.spec.json', import.meta.url), 'utf8'),
)

function sourceText(text: string): SourceText {
  return {
    sourceId: createId('source', 'test'),
    format: 'plain-text',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
}

function run(text: string, diagnostics: Diagnostic[] = []) {
  const context = { sourceId: createId('source', 'test'), report: (d: Diagnostic) => diagnostics.push(d) }
  return findDates(sourceText(text), emptySegmentResult(), context)
}

describe('findDates spec table', () => {
  for (const spec of SPEC) {
    it(spec.about, () => {
      const found = run(spec.text)
      const actual = found.map((m, i) => {
        const [, , kind, certainty] = spec.expect[i] ?? []
        return [
          spec.text.slice(m.span.start, m.span.end),
          m.value.iso,
          ...(kind === undefined ? [] : [m.value.kind]),
          ...(certainty === undefined ? [] : [m.value.certainty]),
        ]
      })
      assert.deepEqual(actual, spec.expect)
    })
  }
})

describe('findDates values', () => {
  it('keeps what was stated apart from what was inferred', () => {
    const [, inferred] = run('In 1923 the plenum met. On 5 December it met again.')
    assert.equal(inferred?.value.certainty, 'inferred')
    assert.deepEqual(inferred?.value.start.stated, ['month', 'day'])
    assert.equal(inferred?.value.start.year, 1923)
  })

  it('keeps the Old Style date as written', () => {
    const [date] = run('on October 10 (23), 1917 the CC met')
    assert.equal(date?.value.oldStyle, 'October 10')
    assert.equal(date?.value.start.calendar, 'gregorian')
  })

  it('gives seasons the year as ISO value and the season as qualifier', () => {
    const [date] = run('in the spring and summer of 1923 by G. Myasnikov')
    assert.equal(date?.value.iso, '1923')
    assert.equal(date?.value.qualifier, 'spring and summer')
  })

  it('records the numeric order it chose and why', () => {
    const diagnostics: Diagnostic[] = []
    run('Sochi 7/28/25. Then 8/3/25 and 9/4/25.', diagnostics)
    const order = diagnostics.find((d) => d.ruleId === 'numeric-date-order')
    assert.equal(order?.severity, 'info')
    assert.match(
      order?.reason ?? '',
      /^Numeric dates read as "month-day": 1 slashed dates have a second number over 12/,
    )
  })

  it('reads the only possible order of a date against the source order', () => {
    const dates = run('7/28/25, 7/30/25 and 26/5/26').map((m) => m.value.iso)
    assert.deepEqual(dates, ['1925-07-28', '1925-07-30', '1926-05-26'])
  })

  it('takes a missing year from the letter around it, never after its date unless a deadline points forward', () => {
    const text = 'Your letter of 30 December came. Send the plan by mid-October.'
    const letter = {
      id: createId('doc', 'l'),
      sourceId: createId('source', 'test'),
      type: 'letter',
      title: 'Letter 1',
      span: { start: 0, end: text.length },
      date: { text: '7/20/25', span: { start: 0, end: 0 }, iso: '1925-07-20', qualifier: 'exact', rule: 't' },
      addressees: [],
      insertions: [],
      blocks: [],
      order: 0,
      rule: 't',
    } as const
    const context = { sourceId: createId('source', 'test'), report() {} }
    const found = findDates(sourceText(text), { ...emptySegmentResult(), documents: [letter] }, context)
    assert.deepEqual(
      found.map((m) => m.value.iso),
      ['1924-12-30', '1925-10'],
    )
  })

  it('throws on a parser without the g flag', () => {
    const parser = { name: 'bad', pattern: /x/, extract: () => undefined }
    assert.throws(
      () =>
        findDates(
          sourceText('x'),
          emptySegmentResult(),
          { sourceId: createId('source', 't'), report() {} },
          {
            parsers: [parser],
            refiners: [],
          },
        ),
      { message: 'Cannot run date parser "bad": its pattern lacks the g flag' },
    )
  })
})
