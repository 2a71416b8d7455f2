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
    assert.deepEqual(parseSearchText('NEAR(abc* OR -bcd) ^cde'), [
      { words: ['NEAR'], phrase: false },
      { words: ['abc'], phrase: false },
      { words: ['OR'], phrase: true },
      { words: ['bcd'], phrase: false },
      { words: ['cde'], phrase: false },
    ])
  })

  it('matches words of one or two letters whole in a query of several words, two letters alone as a prefix', () => {
    assert.deepEqual(parseSearchText('I. V. Stal'), [
      { words: ['I'], phrase: true },
      { words: ['V'], phrase: true },
      { words: ['Stal'], phrase: false },
    ])
    assert.deepEqual(parseSearchText('Tr'), [{ words: ['Tr'], phrase: false }])
    assert.deepEqual(
      parseSearchText('T'),
      [{ words: ['T'], phrase: true }],
      'one letter alone is a whole word',
    )
    assert.deepEqual(parseSearchText('"ЦК" ВКП'), [
      { words: ['ЦК'], phrase: true },
      { words: ['ВКП'], phrase: false },
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
