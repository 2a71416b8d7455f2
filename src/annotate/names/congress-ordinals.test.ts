import assert from 'node:assert/strict'
import { test } from 'node:test'
import { findCongresses, ordinalValue } from './congress-ordinals.ts'

const SPEC: readonly [string, string, readonly string[] | undefined][] = [
  ['at the XIIth Congress the', 'XIIth Congress', ['event:party-congress-12']],
  ['the XII Party Congress', 'XII Party Congress', ['event:party-congress-12']],
  [
    'the 12th Party Congress of the RCP(b) in',
    '12th Party Congress of the RCP(b)',
    ['event:party-congress-12'],
  ],
  ['the Twelfth Congress of the RKS/b met', 'Twelfth Congress of the RKS/b', ['event:party-congress-12']],
  ['the Thirteenth Party Conference, 16—18', 'Thirteenth Party Conference', ['event:party-conference-13']],
  [
    'Xth and XIth Congresses of the RCP(b)',
    'Xth and XIth Congresses of the RCP(b)',
    ['event:party-congress-10', 'event:party-congress-11'],
  ],
  ['the Tenth Congress of Soviets', 'Tenth Congress of Soviets', undefined],
  ['XV conference of VKS/b', '', undefined],
]

for (const [input, surface, candidates] of SPEC) {
  test(`congresses: ${JSON.stringify(input)}`, () => {
    const [found] = findCongresses(input)
    if (surface === '') return assert.equal(found, undefined)
    assert.equal(found?.surface, surface)
    assert.deepEqual(found?.candidates, candidates)
  })
}

test('congresses: ordinals in every form', () => {
  assert.deepEqual(
    ['XII', 'XIIth', '12th', 'Twelfth', 'XIV', 'IX', 'XVII'].map(ordinalValue),
    [12, 12, 12, 12, 14, 9, 17],
  )
})
