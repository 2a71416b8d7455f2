import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeWord, tokenize } from './tokenize.ts'

describe('tokenize', () => {
  it('joins a word hyphenated across a line break and keeps its span in the text', () => {
    const text = 'we define the de-\npendence of policy'
    const token = tokenize(text)[3]
    assert.equal(token?.key, 'dependence')
    assert.equal(text.slice(token?.span.start, token?.span.end), 'de-\npendence')
  })

  it('leaves punctuation, quotes and markup out of the words', () => {
    assert.deepEqual(
      tokenize('“Dear comrade V.,” <sup>1</sup> the report; **ready**').map((t) => t.key),
      ['dear', 'comrade', 'v', '1', 'the', 'report', 'ready'],
    )
  })

  it('gives names a name key, so that romanisations of one name meet', () => {
    const [a, b] = [tokenize('Trotskii')[0], tokenize('Trotsky')[0]]
    assert.notEqual(a?.key, b?.key)
    assert.equal(a?.name, b?.name)
  })

  it('skips the ranges it is told to leave out', () => {
    assert.deepEqual(
      tokenize('the end\n23\nof the month', { skip: [{ start: 8, end: 11 }] }).map((t) => t.text),
      ['the', 'end', 'of', 'the', 'month'],
    )
  })
})

describe('normalizeWord', () => {
  it('folds the letters OCR confuses', () => {
    assert.equal(normalizeWord('Cornrnittee'), normalizeWord('Committee'))
    assert.equal(normalizeWord('fie1ds'), normalizeWord('fields'))
    assert.equal(normalizeWord('Iand'), normalizeWord('land'))
    assert.equal(normalizeWord('c0mrade'), normalizeWord('comrade'))
    assert.equal(normalizeWord('party’s'), normalizeWord("party's"))
  })

  it('keeps numbers as they are', () => {
    assert.equal(normalizeWord('1920'), '1920')
  })
})
