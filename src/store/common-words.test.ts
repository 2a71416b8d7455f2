import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { commonWords, requiredTerms } from './common-words.ts'
import { parseSearchText } from './search-text.ts'

describe('commonWords', () => {
  it('finds the words in more than half of the texts, each text counted once', () => {
    const texts = ['The tsar and the party', 'THE plenum', 'a letter of the CC', 'Molotov, Molotov, Molotov']
    assert.deepEqual([...commonWords(texts, 1)], ['the'])
  })

  it('finds none in a sample below the minimum', () => {
    assert.equal(commonWords(['the', 'the'], 3).size, 0)
  })
})

describe('requiredTerms', () => {
  const common = new Set(['the', 'of'])
  it('leaves out common one-word terms while another term remains', () => {
    assert.deepEqual(
      requiredTerms(parseSearchText('Secretary of the Central Committee'), common).map((t) =>
        t.words.join(' '),
      ),
      ['Secretary', 'Central', 'Committee'],
    )
  })

  it('keeps phrases, and every term when all are common', () => {
    assert.deepEqual(
      requiredTerms(parseSearchText('"of the people" of'), common).map((t) => t.words.join(' ')),
      ['of the people'],
    )
    assert.equal(requiredTerms(parseSearchText('of the'), common).length, 2)
  })
})
