import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { date, makeFact, post, removal } from './test-helpers.ts'
import { whoHeld } from './who-held.ts'

const PRESIDIUM = { id: 'body:presidium', names: ['Presidium', 'Presidium of the Guild'] }

// A made-up membership statement in the style of an institutional introduction: "In 1925 full members of the
// Presidium were Orlov, Petrova, Sidorov and Titov; in January 1926 Umnov was promoted to full member and Sidorov
// demoted to candidate member." Plus a glossary line "Titov: Presidium member, 1922–30" and a note "In July 1926
// the plenum removed Petrova from the Presidium".
const STATEMENT = 'In 1925 full members of the Presidium were Orlov, Petrova, Sidorov and Titov'
const CHANGE = 'in January 1926 Umnov was promoted to full member and Sidorov demoted to candidate member'
const facts = [
  ...['orlov', 'petrova', 'sidorov', 'titov'].map((p) =>
    post(`person:${p}`, 'full member', PRESIDIUM.id, '1925', undefined, { quote: STATEMENT, line: 10 }),
  ),
  post('person:umnov', 'full member', PRESIDIUM.id, date('January 1926', '1926-01'), undefined, {
    quote: CHANGE,
    line: 11,
  }),
  post('person:sidorov', 'candidate member', PRESIDIUM.id, date('January 1926', '1926-01'), undefined, {
    quote: CHANGE,
    line: 11,
  }),
  post('person:titov', 'member', PRESIDIUM.id, '1922', '1930', {
    quote: 'Presidium member, 1922–30.',
    line: 50,
  }),
  removal('person:petrova', PRESIDIUM.id, date('July 1926', '1926-07'), undefined, {
    quote: 'removed Petrova',
    line: 30,
  }),
  post('person:vasin', 'chairman', 'body:council', '1920', '1930'),
]

const names = (holders: readonly { person: string }[]) =>
  holders.map((h) => h.person.replace('person:', '')).sort()

describe('who held a role in a body on a day', () => {
  it('answers from the statement of 1925', () => {
    const holders = whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1925-07-01' })
    assert.deepEqual(names(holders), ['orlov', 'petrova', 'sidorov', 'titov'])
  })

  it('follows the promotion and the demotion of January 1926', () => {
    assert.deepEqual(names(whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1926-02-01' })), [
      'orlov',
      'petrova',
      'titov',
      'umnov',
    ])
    assert.deepEqual(names(whoHeld(facts, { role: 'candidate member', body: PRESIDIUM, on: '1926-02-01' })), [
      'sidorov',
    ])
  })

  it('drops a member after her removal', () => {
    assert.deepEqual(names(whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1926-08-01' })), [
      'orlov',
      'titov',
      'umnov',
    ])
  })

  it('lists every role when none is asked for', () => {
    assert.deepEqual(names(whoHeld(facts, { body: PRESIDIUM, on: '1926-02-01' })), [
      'orlov',
      'petrova',
      'sidorov',
      'titov',
      'umnov',
    ])
  })

  it('gives each holder its facts and passages, with the fact that ends a period', () => {
    const [sidorov] = whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1925-07-01' }).filter(
      (h) => h.person === 'person:sidorov',
    )
    assert.ok(sidorov)
    assert.deepEqual(
      sidorov.passages.map((p) => [p.lineStart, p.quote]),
      [
        [10, STATEMENT],
        [11, CHANGE],
      ],
    )
    assert.equal(sidorov.periods[0]?.to, '1925-12-31')
  })

  it('says stated when printed dates place the day inside a period, inferred otherwise', () => {
    const on = whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1926-02-01' })
    const titov = on.find((h) => h.person === 'person:titov')
    const orlov = on.find((h) => h.person === 'person:orlov')
    const umnov = on.find((h) => h.person === 'person:umnov')
    assert.equal(titov?.certainty, 'stated')
    assert.deepEqual(orlov?.flags, ['end-unknown'])
    assert.equal(orlov?.certainty, 'inferred')
    assert.deepEqual(umnov?.flags, ['end-unknown'])
  })

  it('flags a day within the precision of a date', () => {
    const [orlov] = whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1925-07-01' }).filter(
      (h) => h.person === 'person:orlov',
    )
    assert.deepEqual(orlov?.flags, ['start-imprecise', 'end-unknown'])
  })

  it('finds the body by any of its names, on facts that print it without an id', () => {
    const printed = [
      makeFact({
        subject: 'person:zorin',
        role: 'full member',
        institution: 'Presidium of the Guild',
        start: '1924',
      }),
      makeFact({
        subject: 'person:zorin',
        role: 'candidate member',
        institution: 'the Presidium',
        start: '1927',
      }),
    ]
    assert.deepEqual(names(whoHeld(printed, { role: 'member', body: PRESIDIUM, on: '1925-01-01' })), [
      'zorin',
    ])
    assert.deepEqual(names(whoHeld(printed, { role: 'member', body: PRESIDIUM, on: '1928-01-01' })), [])
    assert.deepEqual(names(whoHeld(printed, { role: 'member', body: 'Presidium', on: '1928-01-01' })), [])
    assert.deepEqual(
      names(whoHeld(printed, { role: 'candidate member', body: 'Presidium', on: '1928-01-01' })),
      ['zorin'],
    )
  })

  it('finds no one before the first statement or in another body', () => {
    assert.deepEqual(whoHeld(facts, { role: 'member', body: PRESIDIUM, on: '1921-06-01' }), [])
    assert.deepEqual(names(whoHeld(facts, { role: 'chairman', body: 'body:council', on: '1925-06-01' })), [
      'vasin',
    ])
  })

  it('throws on a day that is not in the calendar', () => {
    assert.throws(() => whoHeld(facts, { body: PRESIDIUM, on: '1926-02-30' }), {
      name: 'RangeError',
      message: 'Expected a day as YYYY-MM-DD, got "1926-02-30"',
    })
  })
})

describe('whoHeld with undated posts', () => {
  it('places nobody on a day by a post that has neither start nor end', () => {
    const undated = [post('person:jacket', 'member', PRESIDIUM.id)]
    assert.deepEqual(whoHeld(undated, { role: 'member', body: PRESIDIUM, on: '1926-02-01' }), [])
  })
})
