import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countOrderEvidence, decideOrder, parseNumericDate } from './parse-numeric-date.ts'

const NONE = { dayFirst: 0, monthFirst: 0 }

describe('parseNumericDate', () => {
  it('reads a number over 12 as the day whatever the source does', () => {
    assert.equal(decideOrder(26, 5, '', { dayFirst: 0, monthFirst: 9 }).order, 'day-month')
    assert.equal(decideOrder(7, 20, '', { dayFirst: 9, monthFirst: 0 }).order, 'month-day')
  })

  it('settles an ambiguous date by the month named nearby (real: "10/1/1926" near "On 3 January")', () => {
    const read = parseNumericDate('10/1/1926', 0, 'r', {
      nearby: 'On 3 January Comrade G. approached me',
      evidence: { dayFirst: 1, monthFirst: 26 },
    })
    assert.equal(read?.date.iso, '1926-01-10')
    assert.match(read?.order.evidence ?? '', /january/)
  })

  it('falls back on the source-wide evidence, and takes a missing year from the context', () => {
    const evidence = countOrderEvidence('Sochi 7/28/25, 8/18, 6/24/26 and once 26/5/26')
    assert.deepEqual(evidence, { dayFirst: 1, monthFirst: 3 })
    const read = parseNumericDate('6/12', 0, 'r', { nearby: '', evidence, contextYear: 1929 })
    assert.equal(read?.date.iso, '1929-06-12')
    assert.match(read?.date.rule ?? '', /year-from-context/)
  })

  it('puts a two-digit year in the century of the context and leaves a yearless date undetermined', () => {
    assert.equal(
      parseNumericDate('3.4.31', 0, 'r', { nearby: '', evidence: NONE, contextYear: 1930 })?.date.iso,
      '1931-04-03',
    )
    assert.equal(
      parseNumericDate('3/4', 0, 'r', { nearby: '', evidence: NONE })?.date.qualifier,
      'undetermined',
    )
  })
})
