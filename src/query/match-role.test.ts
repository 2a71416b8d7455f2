import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { roleFamily, roleMatches, roleOf, sameRole } from './match-role.ts'
import { makeFact } from './test-helpers.ts'

describe('loose role matching', () => {
  const table: [query: string, role: string, matches: boolean][] = [
    ['member', 'member', true],
    ['member', 'full member', true],
    ['member', 'Politburo member', true],
    ['member', 'members', true],
    ['member', 'candidate member', false],
    ['candidate member', 'candidate member', true],
    ['candidate member', 'member', false],
    ['chairman', 'Chairman', true],
    ['chairman', 'deputy chairman', false],
    ['deputy chairman', 'Deputy Chairman', true],
    ['secretary', 'general secretary', true],
    ['commissar', 'Commissar of finance', true],
    ['commissar of trade', 'Commissar of finance', false],
    ['member', 'alternate member', false],
  ]
  for (const [query, role, matches] of table) {
    it(`"${query}" ${matches ? 'matches' : 'does not match'} "${role}"`, () => {
      assert.equal(roleMatches(query, role), matches)
    })
  }
})

describe('role families and kinds', () => {
  it('puts every kind of membership in one family', () => {
    assert.equal(roleFamily('candidate member'), 'member')
    assert.equal(roleFamily('full member'), 'member')
    assert.equal(roleFamily('Deputy Chairman'), 'chairman')
  })

  it('treats "member" and "full member" as the same role, candidates as another', () => {
    assert.equal(sameRole('member', 'full member'), true)
    assert.equal(sameRole('member', 'candidate member'), false)
  })

  it('reads the role from the predicate when none is printed', () => {
    assert.equal(roleOf(makeFact({ predicate: 'candidate-member' })), 'candidate member')
    assert.equal(roleOf(makeFact({ predicate: 'party-member', type: 'life-event' })), 'member')
    assert.equal(roleOf(makeFact({ role: 'candidate' })), 'candidate member')
    assert.equal(roleOf(makeFact({ role: 'Secretary' })), 'Secretary')
  })
})
