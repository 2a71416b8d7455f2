import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseSearchText } from './search-text.ts'

describe('parseSearchText', () => {
  it('reads quoted text as a phrase and other words as prefixes', () => {
    assert.deepEqual(parseSearchText('"Central Committee" Troc'), [
      { words: ['Central', 'Committee'], phrase: true },
      { words: ['Troc'], phrase: false },
    ])
  })

  it('drops punctuation and query operators so input cannot break the query syntax', () => {
    assert.deepEqual(parseSearchText('NEAR(a* OR -b) ^c'), [
      { words: ['NEAR'], phrase: false },
      { words: ['a'], phrase: false },
      { words: ['OR'], phrase: false },
      { words: ['b'], phrase: false },
      { words: ['c'], phrase: false },
    ])
  })

  it('keeps Cyrillic words and treats an unclosed quote as a phrase to the end', () => {
    assert.deepEqual(parseSearchText('Троцкий "Политбюро ЦК'), [
      { words: ['Троцкий'], phrase: false },
      { words: ['Политбюро', 'ЦК'], phrase: true },
    ])
  })

  it('finds no terms in text without letters or digits', () => {
    assert.deepEqual(parseSearchText(' "" ?! '), [])
  })
})
