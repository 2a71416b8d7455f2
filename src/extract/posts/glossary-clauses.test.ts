import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSemicolons, splitSentences } from './glossary-clauses.ts'

describe('splitSentences', () => {
  it('splits at sentence ends but not at initials', () => {
    const text = 'Party member from 1919. Secretary to V. I. Lenin, 1920. Repressed.'
    assert.deepEqual(
      splitSentences(text).map((clause) => clause.text),
      ['Party member from 1919', 'Secretary to V. I. Lenin, 1920', 'Repressed'],
    )
  })

  it('unwraps a sentence in parentheses and keeps offsets into the text', () => {
    const text = 'Party member from 1920. (Member of Bund, 1906.) Editor of *Iskra*, 1921.'
    const clauses = splitSentences(text)
    assert.deepEqual(
      clauses.map((clause) => clause.text),
      ['Party member from 1920', 'Member of Bund, 1906', 'Editor of *Iskra*, 1921'],
    )
    for (const clause of clauses) assert.equal(text.slice(clause.start, clause.end), clause.text)
  })

  it('splits ";"-clauses', () => {
    const [sentence] = splitSentences('Chairman of X; member of Y, 1920.')
    assert.deepEqual(sentence && splitSemicolons(sentence).map((clause) => clause.text), [
      'Chairman of X',
      'member of Y, 1920',
    ])
  })
})
