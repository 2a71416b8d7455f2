import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { membersOverTime } from './members-over-time.ts'
import { date, post, removal } from './test-helpers.ts'

describe('members of a body over time', () => {
  const facts = [
    post('person:lenskii', 'member', 'body:board', '1921', '1926'),
    removal('person:lenskii', 'body:board', date('July 1926', '1926-07')),
    post('person:moreva', 'candidate member', 'body:board', '1923', '1925'),
    post('person:moreva', 'member', 'body:board', '1926'),
    post('person:nikitin', 'member', 'body:council', '1920'),
  ]

  it('gives each person the periods of each role, in date order', () => {
    const members = membersOverTime(facts, 'body:board')
    assert.deepEqual(
      members.map((m) => [m.person, m.periods.map((p) => `${p.role} ${p.from}→${p.to ?? '…'}`)]),
      [
        ['person:lenskii', ['member 1921-01-01→1926-06-30']],
        ['person:moreva', ['candidate member 1923-01-01→1925-12-31', 'member 1926-01-01→…']],
      ],
    )
  })

  it('is empty for a body no fact is about', () => {
    assert.deepEqual(membersOverTime(facts, 'body:nothing'), [])
  })
})
