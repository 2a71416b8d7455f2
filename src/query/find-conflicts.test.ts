import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findConflicts } from './find-conflicts.ts'
import { date, makeFact, post } from './test-helpers.ts'

describe('conflicts among facts', () => {
  it('keeps two founding dates of an informal body side by side, with both passages', () => {
    const facts = [
      makeFact({
        type: 'relation',
        subject: 'body:circle',
        predicate: 'formed',
        start: date('end of 1923', '1923'),
        quote: 'the circle, formed at the end of 1923',
        line: 305,
      }),
      makeFact({
        type: 'relation',
        subject: 'body:circle',
        predicate: 'formed',
        start: date('August 1924', '1924-08'),
        quote: 'formed in August 1924',
        line: 957,
      }),
    ]
    const [conflict, ...rest] = findConflicts(facts)
    assert.equal(rest.length, 0)
    assert.equal(conflict?.kind, 'dates-disagree')
    assert.equal(conflict?.description, '"formed" of body:circle: "end of 1923" vs "August 1924"')
    assert.deepEqual(
      conflict?.claims.map((c) => c.passages[0]?.lineStart),
      [305, 957],
    )
  })

  it('lets dates of different precision that overlap agree', () => {
    const facts = [
      makeFact({ type: 'life-event', subject: 'person:a', predicate: 'born', start: '1888' }),
      makeFact({ type: 'life-event', subject: 'person:a', predicate: 'born', start: '1888-03-02' }),
    ]
    assert.deepEqual(findConflicts(facts), [])
  })

  it('does not take a post held twice for a conflict', () => {
    const facts = [
      post('person:a', 'member', 'body:board', '1924', '1925'),
      post('person:a', 'member', 'body:board', '1928', '1939'),
    ]
    assert.deepEqual(findConflicts(facts), [])
  })

  it('finds a letter whose header and sign-off dates differ, with the passage of each', () => {
    const fact = makeFact({
      type: 'correspondence',
      subject: 'doc:letter-20',
      predicate: 'sent',
      attributes: {
        headerDate: '6/16/26',
        signoffDate: '15 June 1926',
        conflict: 'header and sign-off dates differ',
      },
      passages: [
        { quote: 'Sochi 6/16/26', line: 1200 },
        { quote: 'Greetings. 15 June 1926', line: 1240 },
      ],
    })
    const [conflict] = findConflicts([fact])
    assert.equal(conflict?.kind, 'header-signoff')
    assert.deepEqual(
      conflict?.claims.map((c) => [c.value, c.passages.map((p) => p.lineStart)]),
      [
        ['6/16/26', [1200]],
        ['15 June 1926', [1240]],
      ],
    )
  })

  it('passes a letter whose header and sign-off are printed differently but not marked as disagreeing', () => {
    const fact = makeFact({
      type: 'correspondence',
      subject: 'doc:9',
      predicate: 'sent',
      attributes: { headerDate: '3/3/31', signoffDate: '3 March 1931' },
    })
    assert.deepEqual(findConflicts([fact]), [])
  })

  it('finds party membership dated before birth', () => {
    const facts = [
      makeFact({ type: 'life-event', subject: 'person:b', predicate: 'born', start: '1901' }),
      makeFact({
        type: 'life-event',
        subject: 'person:b',
        predicate: 'party-member',
        start: date('from 1891', '1891'),
        quote: 'Party member from 1891',
        line: 7,
      }),
      post('person:b', 'Party member', 'body:party', date('from 1891', '1891'), undefined, {
        quote: 'Party member from 1891',
        line: 7,
      }),
    ]
    assert.deepEqual(
      findConflicts(facts).map((c) => [c.kind, c.description]),
      [['before-birth', '"party-member" of person:b is dated before birth: "1901" vs "from 1891"']],
    )
  })

  it('finds a once-only happening with different objects', () => {
    const facts = [
      makeFact({
        type: 'event',
        subject: 'event:conference',
        predicate: 'held',
        object: 'place:a',
        start: '1926',
      }),
      makeFact({
        type: 'event',
        subject: 'event:conference',
        predicate: 'held',
        object: 'place:b',
        start: '1926',
      }),
    ]
    assert.deepEqual(
      findConflicts(facts).map((c) => c.kind),
      ['values-disagree'],
    )
  })
})
