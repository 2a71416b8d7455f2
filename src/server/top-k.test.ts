import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { topK } from './top-k.ts'

describe('topK', () => {
  it('gives what sorting and cutting gives, for every k, ties kept in their first order', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    const items = Array.from({ length: 300 }, (_, i) => ({
      i,
      group: Math.floor(random() * 4),
      score: random(),
    }))
    // Equal scores on purpose: ties are broken by the first order, as a stable sort does.
    for (const item of items.slice(0, 40)) item.score = 0.5
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) =>
      b.group - a.group || b.score - a.score || a.i - b.i
    for (const k of [0, 1, 2, 20, 74, 75, 76, 299, 300, 400])
      assert.deepEqual(topK(items, k, compare), [...items].sort(compare).slice(0, k), `k = ${k}`)
  })

  it('leaves its input as it was', () => {
    const items = [3, 1, 2, 9, 8, 7, 6, 5, 4, 0]
    assert.deepEqual(
      topK(items, 2, (a, b) => a - b),
      [0, 1],
    )
    assert.deepEqual(items, [3, 1, 2, 9, 8, 7, 6, 5, 4, 0])
  })
})
