import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { correspondents } from './correspondents.ts'
import { makeFact } from './test-helpers.ts'

const letter = (id: string, attributes: Record<string, string | string[]>) =>
  makeFact({ type: 'correspondence', subject: id, predicate: 'sent', attributes })

describe('correspondents of a person', () => {
  const facts = [
    letter('doc:1', {
      senderId: 'person:k',
      addresseeIds: ['person:m'],
      readerIds: ['person:n', 'person:o'],
    }),
    letter('doc:2', { senderId: 'person:k', addresseeIds: ['person:m', 'person:n'] }),
    letter('doc:3', { senderId: 'person:m', addresseeIds: ['person:k'] }),
    letter('doc:4', { sender: 'Petrov', addressees: 'K.' }),
    makeFact({
      type: 'correspondence',
      subject: 'doc:5',
      predicate: 'sent',
      object: 'person:k',
      attributes: { addressees: ['person:m'] },
    }),
  ]

  it('lists at most `limit` letters and their passages with each correspondent, counting them all', () => {
    const [first] = correspondents(facts, 'person:k', { limit: 2 })
    assert.equal(first?.count, 3)
    assert.deepEqual(first?.letters, ['doc:1', 'doc:2'])
    assert.ok((first?.passages.length ?? 0) <= 2)
  })

  it('counts letters each way, with their ids, most letters first', () => {
    assert.deepEqual(
      correspondents(facts, 'person:k').map((c) => [
        c.correspondent,
        c.direction,
        c.count,
        c.letters.join(','),
      ]),
      [
        ['person:m', 'wrote-to', 3, 'doc:1,doc:2,doc:5'],
        ['person:m', 'written-by', 1, 'doc:3'],
        ['person:n', 'shown-to', 1, 'doc:1'],
        ['person:n', 'wrote-to', 1, 'doc:2'],
        ['person:o', 'shown-to', 1, 'doc:1'],
      ],
    )
  })

  it('matches printed names through the names given', () => {
    const found = correspondents(facts, { id: 'person:k', names: ['K.'] })
    assert.ok(found.some((c) => c.correspondent === 'Petrov' && c.direction === 'written-by'))
  })

  it('gives the passages of the letters', () => {
    const [first] = correspondents(facts, 'person:k')
    assert.equal(first?.passages.length, 3)
  })
})
