import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readPeriods, splitLeadingPeriod, splitTrailingPeriod } from './read-period.ts'

describe('readPeriods', () => {
  it('keeps a two-digit end as printed and completes its ISO year', () => {
    assert.deepEqual(readPeriods('1922–27'), [
      { start: { text: '1922', iso: '1922' }, end: { text: '27', iso: '1927' } },
    ])
  })

  it('completes a bare month from the year of the other end', () => {
    assert.deepEqual(readPeriods('June to September 1929'), [
      { start: { text: 'June', iso: '1929-06' }, end: { text: 'September 1929', iso: '1929-09' } },
    ])
  })

  it('reads "prior to" as an end only and "from" as a start only', () => {
    assert.deepEqual(readPeriods('prior to 1917'), [{ end: { text: '1917', iso: '1917' } }])
    assert.deepEqual(readPeriods('from 10 June 1929'), [
      { start: { text: '10 June 1929', iso: '1929-06-10' } },
    ])
  })

  it('reads a list of periods, one per period', () => {
    assert.equal(readPeriods('1924–25 and 1928–39')?.length, 2)
    assert.equal(readPeriods('1903–05, 1911')?.length, 2)
  })

  it('refuses text that is not a period', () => {
    assert.equal(readPeriods('Moscow Soviet'), undefined)
  })
})

describe('splitTrailingPeriod / splitLeadingPeriod', () => {
  it('splits the printed period off the end of a clause', () => {
    assert.deepEqual(splitTrailingPeriod('Envoy to Norway, Chile, 1931–33'), {
      head: 'Envoy to Norway, Chile',
      period: '1931–33',
    })
    assert.deepEqual(splitTrailingPeriod('Chief of Eastern Railway from 1933'), {
      head: 'Chief of Eastern Railway',
      period: 'from 1933',
    })
  })

  it('splits a leading period off the start of a clause', () => {
    assert.equal(splitLeadingPeriod('Until 1925, contributed to *Iskra*').period, 'until 1925')
    assert.equal(
      splitLeadingPeriod('From 1925 candidate member of Communist Party').rest,
      'candidate member of Communist Party',
    )
  })
})
