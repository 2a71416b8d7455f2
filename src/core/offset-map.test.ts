import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { composeMaps, createTextBuilder, identityMap } from './offset-map.ts'

describe('createTextBuilder', () => {
  it('joins a word hyphenated across a line break and maps both halves back', () => {
    const raw = 'he at-\ntacked it'
    const b = createTextBuilder(raw)
    b.copy(0, 5)
    b.replace(5, 7, '')
    b.copy(7, raw.length)
    const { text, map } = b.build()
    assert.equal(text, 'he attacked it')
    assert.equal(map.toRaw(3), 3)
    assert.equal(map.toRaw(5), 7)
    assert.deepEqual(map.spanToRaw({ start: 3, end: 11 }), { start: 3, end: 13 })
    assert.equal(raw.slice(13, 16), ' it')
  })

  it('maps a span that starts after a dropped header to the text after it', () => {
    const raw = 'end of page\nPAGE 12\nnext page'
    const b = createTextBuilder(raw)
    b.copy(0, 12)
    b.replace(12, 20, '')
    b.copy(20, raw.length)
    const { text, map } = b.build()
    assert.equal(text, 'end of page\nnext page')
    assert.deepEqual(map.spanToRaw({ start: 12, end: 16 }), { start: 20, end: 24 })
    assert.equal(map.fromRaw(20), 12)
  })

  it('drops the raw text that no piece covers', () => {
    const b = createTextBuilder('abcdef')
    b.copy(2, 4)
    const { text, map } = b.build()
    assert.equal(text, 'cd')
    assert.deepEqual(map.spanToRaw({ start: 0, end: 2 }), { start: 2, end: 4 })
  })

  it('throws when pieces go backwards', () => {
    const b = createTextBuilder('abcdef')
    b.copy(2, 4)
    assert.throws(() => b.copy(0, 1), /Cannot add raw range \[0, 1\)/)
  })
})

describe('composeMaps', () => {
  it('maps through two normalisation passes', () => {
    const first = createTextBuilder('a--b')
    first.copy(0, 1)
    first.replace(1, 3, '-')
    first.copy(3, 4)
    const one = first.build()
    const second = createTextBuilder(one.text)
    second.copy(0, 1)
    second.replace(1, 2, '')
    second.copy(2, 3)
    const two = second.build()
    const map = composeMaps(two.map, one.map)
    assert.equal(two.text, 'ab')
    assert.equal(map.toRaw(1), 3)
    assert.equal(identityMap(4).toRaw(2), 2)
  })
})
