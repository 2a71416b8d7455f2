import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isEditorialContent } from './classify-bracket.ts'
import { findBrackets } from './find-brackets.ts'
import { findPageNotes } from './find-page-notes.ts'
import { makeContext } from './test-helpers.ts'
import { joinLines } from './text-words.ts'

describe('findBrackets', () => {
  it('skips an OCR bracket that is never closed instead of running on to the next one', () => {
    const text = 'During the writing itself [ was in-\nterrupted. Soon. [circa 20 January 1924]'
    const context = makeContext()
    const found = findBrackets(text, context).map((b) => text.slice(b.span.start, b.span.end))
    assert.deepEqual(found, ['[circa 20 January 1924]'])
    assert.equal(context.diagnostics[0]?.ruleId, 'unclosed-bracket')
  })

  it('leaves out note markers, links and wiki residue', () => {
    const text = 'A point.^[11] B [3] see [here](http://x) Heading[edit source] and [T]he'
    const found = findBrackets(text, makeContext()).map((b) => text.slice(b.span.start, b.span.end))
    assert.deepEqual(found, ['[T]'])
  })
})

describe('isEditorialContent', () => {
  it('knows the vocabulary of editors', () => {
    for (const value of [
      'or N?',
      'sic',
      '*sic*',
      '…',
      '...',
      'circa 20 January 1924',
      'October 19',
      'which discussed it — editor',
      'Peter—U.S. Ed.',
      '80–81',
      'RGASPI, f.51, op.1, d.21',
    ])
      assert.equal(isEditorialContent(value), true, value)
    for (const value of ['omitted', 'propertied', 'and reasonable'])
      assert.equal(isEditorialContent(value), false, value)
  })
})

describe('findPageNotes', () => {
  it('finds a run of page-foot notes before the page that resumes mid-sentence, not numbered sections', () => {
    const text = 'the steno-\n\n9. We.\n\n10. You.\n graphic report.\n\n1. About your resolution.\nMore.'
    const notes = findPageNotes(text).map((s) => text.slice(s.start, s.end))
    assert.deepEqual(notes, ['9. We.', '10. You.'])
  })
})

describe('joinLines', () => {
  it('joins soft line-end hyphens and keeps those after compound prefixes', () => {
    assert.equal(
      joinLines('com-\nposition of the free-\nthinking self-\nexpulsion'),
      'composition of the free-thinking self-expulsion',
    )
  })
})
