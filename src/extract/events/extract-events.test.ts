import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Mention } from '../../core/index.ts'
import { extractEvents } from './extract-events.ts'
import { context, date, input, name, spanOf } from './test-input.ts'

describe('extractEvents', () => {
  it('dates a congress by the date next to its name, with the sentence as evidence', () => {
    const text = 'Bukharin spoke at the XIV Party Congress in December 1925. Nothing else happened in 1930.'
    const mentions = [
      name(text, 'XIV Party Congress', 'event', 'event:party-congress-14'),
      date(text, 'December 1925', '1925-12'),
      date(text, '1930', '1930'),
    ]
    const facts = extractEvents(input(text, { mentions }), context()).filter((f) => f.predicate === 'held')
    assert.equal(facts.length, 1)
    assert.equal(facts[0]?.subject, 'event:party-congress-14')
    assert.deepEqual(facts[0]?.start, { text: 'December 1925', iso: '1925-12' })
    const span = facts[0]?.evidence[0].span
    assert.equal(
      span && text.slice(span.start, span.end),
      'Bukharin spoke at the XIV Party Congress in December 1925.',
    )
  })

  it('names a plenum without an authority entry by its kind and date', () => {
    const text = 'At the March 1928 joint plenum, the grain question came up.'
    const facts = extractEvents(input(text, { mentions: [date(text, 'March 1928', '1928-03')] }), context())
    assert.equal(facts[0]?.subject, 'event:joint-plenum-1928-03')
    assert.deepEqual(facts[0]?.inferred, ['subject'])
  })

  it('reads a decision of a body with its date, subject and the file cited in the sentence', () => {
    const text =
      'On 4 April 1927, the Orgburo decided that the Ural committee would be dissolved (GARF, f. 5446, op. 1, d. 12, l. 3). Later the Sovnarkom resolved to wait.'
    const citation: Mention = {
      type: 'citation',
      span: spanOf(text, 'GARF, f. 5446, op. 1, d. 12, l. 3'),
      citation: { archive: 'GARF', fond: '5446', opis: '1', delo: '12', list: '3', ibid: false },
      rule: 't',
      confidence: 1,
    }
    const mentions = [
      date(text, '4 April 1927', '1927-04-04'),
      name(text, 'Orgburo', 'body', 'body:orgburo'),
      name(text, 'Sovnarkom', 'body', 'body:sovnarkom'),
      citation,
    ]
    const facts = extractEvents(input(text, { mentions }), context()).filter((f) => f.predicate === 'decided')
    assert.equal(facts.length, 2)
    const [first, second] = facts
    assert.equal(first?.subject, 'body:orgburo')
    assert.equal(first?.start?.iso, '1927-04-04')
    assert.match(String(first?.attributes?.subject), /^that the Ural committee would be dissolved/)
    assert.equal(first?.attributes?.citation, 'GARF, f. 5446, op. 1, d. 12, l. 3')
    assert.equal(second?.subject, 'body:sovnarkom')
    assert.equal(second?.start, undefined)
  })
})
