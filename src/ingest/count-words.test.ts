import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countWords } from './count-words.ts'
import { isSoftHyphen } from './is-soft-hyphen.ts'

describe('countWords', () => {
  it('counts words in lower case and compounds written inside a line', () => {
    const counts = countWords('Worker-peasant government. The worker-\npeasant slogan.')
    assert.equal(counts.compounds.get('worker-peasant'), 1)
    assert.equal(counts.words.get('worker'), 2)
  })
})

describe('isSoftHyphen', () => {
  const counts = countWords(
    'the Worker-peasant government; hyperinflation; the Comintern was counterrevolutionary',
  )
  it('joins plain word fragments', () => {
    assert.equal(isSoftHyphen('at', 'tacked', counts), true)
    assert.equal(isSoftHyphen('Janu', 'ary', counts), true)
  })
  it('keeps compounds written with a hyphen elsewhere in the file', () => {
    assert.equal(isSoftHyphen('worker', 'peasant', counts), false)
  })
  it('keeps capitalised second parts and known prefixes', () => {
    assert.equal(isSoftHyphen('Stalin', 'Bukharin', counts), false)
    assert.equal(isSoftHyphen('self', 'expulsion', counts), false)
    assert.equal(isSoftHyphen('one', 'sixth', counts), false)
    assert.equal(isSoftHyphen('anti', 'Soviet', counts), false)
  })
  it('joins a prefix when the file writes the joined word', () => {
    assert.equal(isSoftHyphen('counter', 'revolutionary', counts), true)
    assert.equal(isSoftHyphen('hyper', 'inflation', counts), true)
  })
})
