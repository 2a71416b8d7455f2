import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isBeforeRussianReform, julianToGregorian } from './julian.ts'

describe('julianToGregorian', () => {
  it('adds 13 days in 1900–1918', () => {
    assert.deepEqual(julianToGregorian({ year: 1917, month: 10, day: 25 }), { year: 1917, month: 11, day: 7 })
    assert.deepEqual(julianToGregorian({ year: 1918, month: 1, day: 31 }), { year: 1918, month: 2, day: 13 })
  })

  it('adds 12 days in the nineteenth century', () => {
    assert.deepEqual(julianToGregorian({ year: 1879, month: 12, day: 9 }), { year: 1879, month: 12, day: 21 })
    assert.deepEqual(julianToGregorian({ year: 1899, month: 12, day: 31 }), { year: 1900, month: 1, day: 12 })
  })
})

describe('isBeforeRussianReform', () => {
  it('ends with January 1918 (Old Style)', () => {
    assert.equal(isBeforeRussianReform({ year: 1918, month: 1, day: 31 }), true)
    assert.equal(isBeforeRussianReform({ year: 1918, month: 2, day: 14 }), false)
  })
})
