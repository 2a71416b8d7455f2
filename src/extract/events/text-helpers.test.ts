import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { date } from './test-input.ts'
import { indexMentions, sentenceSpans } from './text-helpers.ts'

const cut = (text: string) =>
  sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))

describe('sentenceSpans', () => {
  it('splits at sentence ends but not after initials or abbreviations', () => {
    assert.deepEqual(cut('Com. J. V. Stalin wrote (RGASPI, f. 17, op. 3). He left. "Why?" Nobody knew.'), [
      'Com. J. V. Stalin wrote (RGASPI, f. 17, op. 3).',
      'He left.',
      '"Why?"',
      'Nobody knew.',
    ])
  })

  it('ends a sentence at a blank line and keeps a note marker with its sentence', () => {
    assert.deepEqual(cut('The plenum met.<sup>3</sup> Then\n\nA heading'), [
      'The plenum met.<sup>3</sup>',
      'Then',
      'A heading',
    ])
  })
})

describe('indexMentions', () => {
  it('finds the mentions inside a span', () => {
    const text = 'In 1925 and in 1926 and in 1927.'
    const index = indexMentions([
      date(text, '1927', '1927'),
      date(text, '1925', '1925'),
      date(text, '1926', '1926'),
    ])
    assert.deepEqual(
      index.within({ start: 2, end: 20 }).map((m) => text.slice(m.span.start, m.span.end)),
      ['1925', '1926'],
    )
  })
})
