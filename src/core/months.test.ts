import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { monthNumber } from './months.ts'

describe('monthNumber', () => {
  it('reads full names and abbreviations in any case', () => {
    const cases: [string, number | undefined][] = [
      ['January', 1],
      ['sept.', 9],
      ['Sep', 9],
      ['MAY', 5],
      ['Dec.', 12],
      ['ju', undefined],
      ['Molotov', undefined],
    ]
    for (const [name, expected] of cases) assert.equal(monthNumber(name), expected, name)
  })
})
