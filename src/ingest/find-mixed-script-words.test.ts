import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findMixedScriptWords } from './find-mixed-script-words.ts'

describe('findMixedScriptWords', () => {
  it('finds Latin words with a stray Cyrillic letter', () => {
    const text = "Relations with Soiuзneftexport and Partiinye 'vosпитатели' and the Amtorg"
    assert.deepEqual(
      findMixedScriptWords(text).map((found) => found.word),
      ['Soiuзneftexport', 'vosпитатели'],
    )
    assert.deepEqual(findMixedScriptWords(text)[0]?.span, { start: 15, end: 30 })
  })

  it('ignores clean words in either script and words inside skipped spans', () => {
    assert.deepEqual(findMixedScriptWords('Здравствуй, Molotov! Cоюз'), [
      { word: 'Cоюз', span: { start: 21, end: 25 } },
    ])
    assert.deepEqual(findMixedScriptWords('Cоюз', [{ start: 0, end: 4 }]), [])
  })
})
