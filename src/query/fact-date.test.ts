import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays, endDay, factDateRange, isOngoingStart, isoRange, parseDay, startDay } from './fact-date.ts'
import { date } from './test-helpers.ts'

describe('the days a printed date stands for', () => {
  const table: [string, string | undefined, string | undefined, string | undefined][] = [
    // text, iso, first day (as a start), last day (as an end)
    ['1924', '1924', '1924-01-01', '1924-12-31'],
    ['June 1929', '1929-06', '1929-06-01', '1929-06-30'],
    ['February 1928', '1928-02', '1928-02-01', '1928-02-29'],
    ['25 November 1926', '1926-11-25', '1926-11-25', '1926-11-25'],
    ['from 1919', '1919', '1919-01-01', '1919-12-31'],
    ['prior to 1917', '1917', '1917-01-01', '1916-12-31'],
    ['before March 1921', '1921-03', '1921-03-01', '1921-02-28'],
    ['after 1930', '1930', '1931-01-01', '1930-12-31'],
    ['end of 1923', undefined, '1923-01-01', '1923-12-31'],
    ['autumn', undefined, undefined, undefined],
    ['Later than 1 August 1925', undefined, '1925-08-02', '1925-08-01'],
    ['earlier than March 1921', undefined, '1921-03-01', '1921-02-28'],
    ['spring 1922', undefined, '1922-01-01', '1922-12-31'],
    ['31 February 1922', undefined, '1922-02-01', '1922-02-28'],
  ]
  for (const [text, iso, first, last] of table) {
    it(`"${text}" runs from ${first} to ${last}`, () => {
      const value = iso === undefined ? { text } : { text, iso }
      assert.equal(startDay(value), first)
      assert.equal(endDay(value), last)
    })
  }

  it('reads an interval of ISO values', () => {
    assert.deepEqual(isoRange('1924/1925-03'), { low: '1924-01-01', high: '1925-03-31' })
  })

  it('rejects days that are not in the calendar', () => {
    assert.equal(isoRange('1926-02-30'), undefined)
    assert.equal(isoRange('1926-13'), undefined)
    assert.equal(parseDay('1926-02-30'), undefined)
    assert.equal(parseDay('1 February 1926'), undefined)
    assert.equal(parseDay(' 1926-02-01 '), '1926-02-01')
  })

  it('has no range without a date', () => {
    assert.equal(factDateRange(undefined), undefined)
    assert.equal(startDay(undefined), undefined)
  })

  it('tells an ongoing start ("from", "since") from a bare one', () => {
    assert.equal(isOngoingStart(date('from 1919', '1919')), true)
    assert.equal(isOngoingStart(date('Since May 1920', '1920-05')), true)
    assert.equal(isOngoingStart(date('1919')), false)
  })

  it('moves days across months, years and leap days', () => {
    assert.equal(addDays('1926-01-01', -1), '1925-12-31')
    assert.equal(addDays('1928-02-28', 1), '1928-02-29')
    assert.throws(() => addDays('1926', 1), { message: 'Expected a day as YYYY-MM-DD, got "1926"' })
  })
})
