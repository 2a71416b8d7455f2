import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeFact, post } from './test-helpers.ts'
import { timeline } from './timeline.ts'

describe('the timeline of an entity', () => {
  const facts = [
    makeFact({ type: 'life-event', subject: 'person:a', predicate: 'died', start: '1937' }),
    post('person:a', 'member', 'body:board', '1921', '1926'),
    makeFact({ type: 'life-event', subject: 'person:a', predicate: 'repressed' }),
    makeFact({ type: 'life-event', subject: 'person:a', predicate: 'born', start: '1888' }),
    makeFact({
      type: 'correspondence',
      subject: 'doc:1',
      predicate: 'sent',
      attributes: { sender: 'person:b', addressees: ['person:a'] },
      start: '1926-07-09',
    }),
    makeFact({
      type: 'event',
      subject: 'event:plenum',
      predicate: 'removed',
      object: 'person:a',
      start: '1926-07',
    }),
    makeFact({ type: 'life-event', subject: 'person:z', predicate: 'born', start: '1890' }),
  ]

  it('lists posts, life events, letters and events in date order, undated last', () => {
    assert.deepEqual(
      timeline(facts, 'person:a').map((e) => `${e.day ?? 'undated'} ${e.fact.predicate} (${e.part})`),
      [
        '1888-01-01 born (subject)',
        '1921-01-01 held-post (subject)',
        '1926-07-01 removed (object)',
        '1926-07-09 sent (addressee)',
        '1937-01-01 died (subject)',
        'undated repressed (subject)',
      ],
    )
  })

  it('gives every entry its passages', () => {
    assert.ok(timeline(facts, 'person:a').every((e) => e.passages.length === 1))
  })

  it('finds an entity by a printed name among its names', () => {
    const printed = [
      makeFact({
        type: 'correspondence',
        subject: 'doc:2',
        predicate: 'sent',
        attributes: { sender: 'Koba', addressees: ['Orlov'] },
      }),
    ]
    assert.deepEqual(
      timeline(printed, { id: 'person:orlov', names: ['Orlov, A. A.', 'Orlov'] }).map((e) => e.part),
      ['addressee'],
    )
  })
})
