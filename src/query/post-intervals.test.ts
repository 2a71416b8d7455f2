import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FactRecord } from '../core/index.ts'
import type { PostInterval } from './post-intervals.ts'
import { postIntervals } from './post-intervals.ts'
import { date, makeFact, post, removal } from './test-helpers.ts'

const BOARD = 'body:board'
const COUNCIL = 'body:council'

/** The periods as `role from→to (end)`, one string each, by person then start. */
function periods(facts: readonly FactRecord[], person?: string): string[] {
  return postIntervals(facts)
    .filter((p) => person === undefined || p.person === person)
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''))
    .map((p: PostInterval) => `${p.role} ${p.from ?? '?'}→${p.to ?? '…'} (${p.start}/${p.end})`)
}

describe('periods of posts, by the precision of their dates', () => {
  it('reads a year range as from the first day of the first year to the last day of the last', () => {
    assert.deepEqual(periods([post('person:a', 'member', BOARD, '1924', '1929')]), [
      'member 1924-01-01→1929-12-31 (stated/stated)',
    ])
  })

  it('reads months and days as printed', () => {
    const june = post(
      'person:a',
      'secretary',
      BOARD,
      date('June', '1929-06'),
      date('September 1929', '1929-09'),
    )
    assert.deepEqual(periods([june]), ['secretary 1929-06-01→1929-09-30 (stated/stated)'])
  })

  it('keeps "from 1919" open as the text states it', () => {
    assert.deepEqual(periods([post('person:a', 'member', BOARD, date('from 1919', '1919'))]), [
      'member 1919-01-01→… (stated/ongoing)',
    ])
  })

  it('leaves a start without an end open, with the end unknown', () => {
    assert.deepEqual(periods([post('person:a', 'member', BOARD, '1926')]), [
      'member 1926-01-01→… (stated/unknown)',
    ])
  })

  it('ends "prior to 1917" the day before 1917, its start unknown', () => {
    const before = post('person:a', 'member', BOARD, undefined, date('prior to 1917', '1917'))
    assert.deepEqual(periods([before]), ['member ?→1916-12-31 (unknown/stated)'])
  })

  it('keeps what the rule inferred apart from what the text states', () => {
    const inferred = post('person:a', 'member', BOARD, '1924', '1925', { inferred: ['start'] })
    assert.deepEqual(periods([inferred]), ['member 1924-01-01→1925-12-31 (inferred/stated)'])
  })
})

describe('periods ended by later facts', () => {
  it('ends a full membership at a demotion to candidate, which then begins', () => {
    const statement = post('person:b', 'full member', BOARD, '1925')
    const demotion = post('person:b', 'candidate member', BOARD, date('January 1926', '1926-01'))
    assert.deepEqual(periods([statement, demotion]), [
      'full member 1925-01-01→1925-12-31 (stated/inferred)',
      'candidate member 1926-01-01→… (stated/unknown)',
    ])
    assert.equal(postIntervals([statement, demotion])[0]?.endedBy, demotion)
  })

  it('cuts a stated candidacy short at a promotion inside it', () => {
    const candidacy = post('person:c', 'candidate member', BOARD, '1921', '1926')
    const promotion = post('person:c', 'full member', BOARD, date('January 1926', '1926-01'))
    assert.deepEqual(periods([candidacy, promotion]), [
      'candidate member 1921-01-01→1925-12-31 (stated/inferred)',
      'full member 1926-01-01→… (stated/unknown)',
    ])
  })

  it('cuts a stated period short at a removal inside it', () => {
    const facts = [
      post('person:d', 'member', BOARD, '1921', '1926'),
      removal('person:d', BOARD, date('July 1926', '1926-07')),
    ]
    assert.deepEqual(periods(facts), ['member 1921-01-01→1926-06-30 (stated/inferred)'])
  })

  it('ignores a removal after a stated end, or before the start', () => {
    const facts = [
      post('person:d', 'member', BOARD, '1921', '1924'),
      removal('person:d', BOARD, '1927'),
      removal('person:d', BOARD, '1919'),
    ]
    assert.deepEqual(periods(facts), ['member 1921-01-01→1924-12-31 (stated/stated)'])
  })

  it('ends only the role family a removal names', () => {
    const facts = [
      post('person:e', 'member', BOARD, '1920'),
      post('person:e', 'chairman', BOARD, '1920'),
      removal('person:e', BOARD, '1923', 'chairman'),
    ]
    assert.deepEqual(periods(facts), [
      'member 1920-01-01→… (stated/unknown)',
      'chairman 1920-01-01→1922-12-31 (stated/inferred)',
    ])
  })

  it('ends every role in the body at a removal that names none', () => {
    const facts = [
      post('person:e', 'member', BOARD, '1920'),
      post('person:e', 'chairman', BOARD, '1920'),
      removal('person:e', BOARD, '1923'),
    ]
    assert.deepEqual(
      periods(facts).map((p) => p.split(' (')[0]),
      ['member 1920-01-01→1922-12-31', 'chairman 1920-01-01→1922-12-31'],
    )
  })

  it('ends an open statement at the next statement of the same role', () => {
    const facts = [post('person:f', 'member', BOARD, '1925'), post('person:f', 'member', BOARD, '1930')]
    assert.deepEqual(periods(facts), [
      'member 1925-01-01→1929-12-31 (stated/inferred)',
      'member 1930-01-01→… (stated/unknown)',
    ])
  })

  it('does not cut a stated period at a restatement, and ends the restatement with it', () => {
    const facts = [
      post('person:g', 'member', BOARD, '1922', '1930'),
      post('person:g', 'full member', BOARD, '1925'),
    ]
    assert.deepEqual(periods(facts), [
      'member 1922-01-01→1930-12-31 (stated/stated)',
      'full member 1925-01-01→1930-12-31 (stated/inferred)',
    ])
  })

  it('does not end a post by another role, another body or another person', () => {
    const facts = [
      post('person:h', 'member', BOARD, '1920'),
      post('person:h', 'secretary', BOARD, '1922'),
      post('person:h', 'candidate member', COUNCIL, '1923'),
      removal('person:i', BOARD, '1924'),
    ]
    assert.deepEqual(periods(facts, 'person:h'), [
      'member 1920-01-01→… (stated/unknown)',
      'secretary 1922-01-01→… (stated/unknown)',
      'candidate member 1923-01-01→… (stated/unknown)',
    ])
  })

  it('ends party membership "from 1919" at an expulsion', () => {
    const facts = [
      makeFact({
        type: 'life-event',
        subject: 'person:j',
        predicate: 'party-member',
        object: 'body:party',
        start: date('from 1919', '1919'),
      }),
      makeFact({
        type: 'life-event',
        subject: 'person:j',
        predicate: 'expelled',
        object: 'body:party',
        start: '1927',
      }),
    ]
    assert.deepEqual(periods(facts), ['member 1919-01-01→1926-12-31 (stated/inferred)'])
  })

  it('tells bodies apart by their printed names when unresolved', () => {
    const facts = [
      makeFact({ subject: 'person:k', role: 'member', institution: 'the Board', start: '1920' }),
      makeFact({ subject: 'person:k', predicate: 'removed', institution: 'Board', start: '1922' }),
      makeFact({ subject: 'person:k', role: 'member', institution: 'Council', start: '1920' }),
    ]
    assert.deepEqual(periods(facts), [
      'member 1920-01-01→1921-12-31 (stated/inferred)',
      'member 1920-01-01→… (stated/unknown)',
    ])
  })

  it('leaves facts that are not posts out', () => {
    const facts = [
      makeFact({ type: 'life-event', predicate: 'born', start: '1890' }),
      makeFact({ type: 'correspondence', predicate: 'sent' }),
    ]
    assert.deepEqual(postIntervals(facts), [])
  })
})
