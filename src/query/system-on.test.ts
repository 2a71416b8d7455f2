import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { systemOn } from './system-on.ts'
import { makeFact, post } from './test-helpers.ts'

describe('the system on a day', () => {
  const facts = [
    post('person:a', 'member', 'body:board', '1921', '1926'),
    post('person:b', 'chairman', 'body:council', '1924', '1930'),
    post('person:c', 'secretary', 'body:council', '1927'),
    makeFact({ subject: 'person:d', role: 'member', institution: 'Trade Union Council', start: '1920' }),
    makeFact({ subject: 'person:e', role: 'Economist', start: '1920' }),
  ]

  it('lists every body with its holders on the day', () => {
    const system = systemOn(facts, '1925-06-01')
    assert.deepEqual(
      system.map((b) => [b.body, b.holders.map((h) => `${h.person} ${h.role}`)]),
      [
        ['body:board', ['person:a member']],
        ['body:council', ['person:b chairman']],
        ['Trade Union Council', ['person:d member']],
      ],
    )
  })

  it('leaves out bodies without holders on the day', () => {
    assert.deepEqual(
      systemOn(facts, '1919-01-01').map((b) => b.body),
      [],
    )
  })

  it('throws on a day that is not a day', () => {
    assert.throws(() => systemOn(facts, '1925'), { name: 'RangeError' })
  })
})
