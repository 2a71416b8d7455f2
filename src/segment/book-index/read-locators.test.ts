import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { completeRangeEnd, normalizeNoteReferences, readLocator, readLocatorList } from './read-locators.ts'

describe('normalizeNoteReferences', () => {
  const table: [string, string][] = [
    ['233<sup>n2</sup>', '233n2'],
    ['104<sup>nn2,3</sup>', '104nn2,3'],
    ['89<sub>n3</sub>', '89n3'],
    ['172*n*21', '172n21'],
    ['211*nn*1,2', '211nn1,2'],
    ['170n7', '170n7'],
    ['12 n. 4', '12n4'],
  ]
  for (const [input, expected] of table) {
    it(`rewrites ${input}`, () => assert.equal(normalizeNoteReferences(input), expected))
  }
})

describe('readLocator', () => {
  it('reads a page, a range with a completed end and a note', () => {
    assert.deepEqual(readLocator('150-51'), { page: '150', pageEnd: '151' })
    assert.deepEqual(readLocator('18–24'), { page: '18', pageEnd: '24' })
    assert.deepEqual(readLocator('217n4'), { page: '217', note: '4' })
    assert.deepEqual(readLocator('xiii'), { page: 'xiii' })
    assert.equal(readLocator('Lenin'), undefined)
  })

  it('completes abbreviated range ends', () => {
    assert.equal(completeRangeEnd('101', '3'), '103')
    assert.equal(completeRangeEnd('1912', '14'), '1914')
    assert.equal(completeRangeEnd('99', '101'), '101')
  })
})

describe('readLocatorList', () => {
  it('reads a list and refuses text that is not one', () => {
    assert.equal(readLocatorList('104nn2,3, 167–68')?.length, 2)
    assert.equal(readLocatorList('in 1936, 12'), undefined)
  })
})
