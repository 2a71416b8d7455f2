import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readFields } from './read-fields.ts'

describe('readFields', () => {
  const table: readonly (readonly [string, Record<string, unknown>])[] = [
    ['f. 17, op. 3, d. 510, l. 5', { fond: '17', opis: '3', delo: '510', list: '5' }],
    ['fond 558, opis 1, delo 5388', { fond: '558', opis: '1', delo: '5388' }],
    [
      'f. 85, op. 1c, d. 173, ll. 3, 4',
      { fond: '85', opis: '1c', delo: '173', list: '3', listEnd: '4', lists: ['3', '4'] },
    ],
    ['d. 246, vyp. 4', { delo: '246', volume: 'vyp. 4' }],
    ['d. 922, ll. 58, 58ob.', { delo: '922', list: '58', listEnd: '58ob', lists: ['58', '58ob'] }],
    ['l. 20b.', { list: '2ob' }],
    ['ll. 131–33', { list: '131', listEnd: '133' }],
    ['ф. 17, оп. 3, д. 510, лл. 5–6 об.', { fond: '17', opis: '3', delo: '510', list: '5', listEnd: '6ob' }],
  ]
  for (const [input, fields] of table) {
    it(`reads "${input}"`, () => assert.deepEqual(readFields(input, 0)?.fields, fields))
  }

  it('stops a list of leaves before a date', () => {
    assert.deepEqual(readFields('l. 5, 12 July 1925', 0)?.fields, { list: '5' })
  })

  it('stops at a paragraph break', () => {
    assert.equal(readFields('f. 17, op. 3,\n\nd. 5', 0)?.end, 12)
  })

  it('marks a chain followed by pages as a printed source', () => {
    assert.equal(readFields('vol. 2, p. 5', 0)?.followedByPages, true)
  })

  it('finds nothing where no designation stands', () => {
    assert.equal(readFields('F. E. Dzerzhinsky', 0), undefined)
  })
})
