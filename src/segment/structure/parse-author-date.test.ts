import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { detectNumericOrder, parseAuthorDate } from './parse-author-date.ts'

describe('detectNumericOrder', () => {
  it('finds month-first order from dates whose second number is over 12', () => {
    assert.equal(detectNumericOrder(['7/20/25', '8/18', '26/5/26', '9/26/35']), 'month-first')
  })
  it('finds day-first order in a made-up European source', () => {
    assert.equal(detectNumericOrder(['14/3/19', '28/4', '3/5/19']), 'day-first')
  })
  it('takes day-first when nothing tells', () =>
    assert.equal(detectNumericOrder(['3/5/19', 'Monday']), 'day-first'))
})

describe('parseAuthorDate', () => {
  const SPEC: readonly [string, 'month-first' | 'day-first', number | undefined, string | undefined][] = [
    ['9/26/35', 'month-first', 1935, '1935-09-26'],
    ['26/5/26', 'month-first', 1926, '1926-05-26'],
    ['8/3 (Tuesday)', 'month-first', 1926, '1926-08-03'],
    ['2/1936', 'month-first', 1936, '1936-02'],
    ['3 June, 9:00 P.M.', 'month-first', 1926, '1926-06-03'],
    ['Sent June 3', 'month-first', 1926, '1926-06-03'],
    ['3/5/19', 'day-first', 1919, '1919-05-03'],
    ['Monday. Sochi.', 'month-first', 1926, undefined],
  ]
  for (const [line, order, year, expected] of SPEC) {
    it(`reads "${line}" (${order})`, () => assert.equal(parseAuthorDate(line, order, year), expected))
  }
})
