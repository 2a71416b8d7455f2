import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { chooseConsecutiveChain, chooseRisingChain } from './choose-note-chain.ts'

const ranked = (...values: number[]) => values.map((value) => ({ value }))

describe('chooseRisingChain', () => {
  it('takes the later of two equally long runs (notes after a body list)', () => {
    assert.deepEqual(chooseRisingChain(ranked(1, 2, 1, 2, 3)), [2, 3, 4])
  })

  it('takes the most compact run, then the earliest, when asked to start early', () => {
    assert.deepEqual(chooseRisingChain(ranked(1, 2, 1, 2, 1, 3), { start: 'earliest' }), [0, 1, 5])
    assert.deepEqual(chooseRisingChain(ranked(1, 2, 3, 1, 2, 3, 4), { start: 'earliest' }), [3, 4, 5, 6])
  })

  it('returns nothing for no items', () => {
    assert.deepEqual(chooseRisingChain([]), [])
  })
})

describe('chooseConsecutiveChain', () => {
  it('keeps notes numbered one after another and drops a quoted document’s points', () => {
    assert.deepEqual(chooseConsecutiveChain(ranked(9, 10, 11, 1, 12, 2, 13, 4, 14)), [0, 1, 2, 4, 6, 8])
  })
})
