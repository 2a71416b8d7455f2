import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeFact } from './test-helpers.ts'
import { weakFacts } from './weak-facts.ts'

describe('weak facts', () => {
  it('lists facts on one passage below 0.6, least confident first', () => {
    const strong = makeFact({ confidence: 0.9 })
    const weak = makeFact({ confidence: 0.5 })
    const weaker = makeFact({ confidence: 0.2 })
    const twoPassages = makeFact({
      confidence: 0.3,
      passages: [
        { quote: 'a', line: 1 },
        { quote: 'b', line: 2 },
      ],
    })
    assert.deepEqual(weakFacts([strong, weak, weaker, twoPassages]), [weaker, weak])
  })

  it('takes another threshold', () => {
    const fact = makeFact({ confidence: 0.7 })
    assert.deepEqual(weakFacts([fact], 0.8), [fact])
  })
})
