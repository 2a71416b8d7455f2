import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { context, date, entity, input, name } from '../events/test-input.ts'
import { extractRelations } from './extract-relations.ts'

describe('extractRelations', () => {
  it('reads a chain of renamings from "X (later Y, then Z)"', () => {
    const text = 'The Cheka (later the GPU, then the OGPU) grew quickly.'
    const mentions = [
      name(text, 'Cheka', 'body', 'body:cheka'),
      name(text, 'GPU', 'body', 'body:gpu'),
      name(text, 'OGPU', 'body', 'body:ogpu'),
    ]
    const facts = extractRelations(input(text, { mentions }), context())
    assert.deepEqual(
      facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`),
      ['body:cheka renamed-to body:gpu', 'body:gpu renamed-to body:ogpu'],
    )
  })

  it('reads "was renamed" between names that have no entity, marked inferred', () => {
    const text = 'In 1946 the Council of Commissars was renamed the Council of Ministers.'
    const facts = extractRelations(input(text), context())
    assert.equal(facts[0]?.predicate, 'renamed-to')
    assert.equal(facts[0]?.attributes?.objectPrinted, 'Council of Ministers')
    assert.deepEqual(facts[0]?.inferred, ['subject', 'object'])
  })

  it('resolves "this agency was amalgamated with Y" to the body named before', () => {
    const text =
      'Another such institution was the Labor Inspection. Later this state agency was amalgamated with the Control Commission.'
    const mentions = [
      name(text, 'Labor Inspection', 'body', 'body:labor-inspection'),
      name(text, 'Control Commission', 'body', 'body:control-commission'),
    ]
    const [fact] = extractRelations(input(text, { mentions }), context())
    assert.equal(
      `${fact?.subject} ${fact?.predicate} ${fact?.object}`,
      'body:labor-inspection merged-with body:control-commission',
    )
    assert.deepEqual(fact?.inferred, ['subject'])
  })

  it('reads election and accountability between bodies', () => {
    const text = 'The Audit Commission is elected by the Congress. The Secretariat reports to the Orgburo.'
    const mentions = [
      name(text, 'Audit Commission', 'body', 'body:audit'),
      name(text, 'Congress', 'event', 'event:congress'),
      name(text, 'Secretariat', 'body', 'body:secretariat'),
      name(text, 'Orgburo', 'body', 'body:orgburo'),
    ]
    const facts = extractRelations(input(text, { mentions }), context())
    assert.deepEqual(
      facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`),
      ['body:audit elected-by event:congress', 'body:secretariat reports-to body:orgburo'],
    )
  })

  it('keeps an informal body, its characterisation and two different dates of its forming side by side', () => {
    const text = [
      'In 1927 the leaders formed an inner cabinet: the *piaterka* (the five), which ran everything.',
      'Nobody outside knew about the five.',
      'Other sources say that in March 1928 the plenum elected the "five," consisting of Rykov and Kirov.',
    ].join(' ')
    const mentions = [
      date(text, '1927', '1927'),
      date(text, 'March 1928', '1928-03'),
      name(text, 'Rykov', 'person', 'person:rykov-a-i'),
      name(text, 'Kirov', 'person', 'person:kirov-s-m'),
    ]
    const facts = extractRelations(
      input(text, { mentions, entities: [entity('body:politburo', 'body', 'Politburo')] }),
      context(),
    )
    const formed = facts.filter((f) => f.predicate === 'formed')
    assert.deepEqual(
      formed.map((f) => f.subject),
      ['body:the-five', 'body:the-five'],
    )
    assert.deepEqual(
      formed.map((f) => f.start?.iso),
      ['1927', '1928-03'],
    )
    assert.ok(formed.every((f) => f.attributes?.conflict === 'conflicting-dates'))
    assert.deepEqual(formed[0]?.attributes?.conflictsWith, [formed[1]?.id])
    assert.deepEqual(formed[1]?.attributes?.members, ['person:rykov-a-i', 'person:kirov-s-m'])
    const said = facts
      .filter((f) => f.predicate === 'characterised-as')
      .map((f) => f.attributes?.characterisation)
    assert.ok(said.includes('inner cabinet'))
  })

  it('does not take a number before a noun for a body', () => {
    const text = 'In 1927 the seven days of the congress were formed into two sessions.'
    const facts = extractRelations(input(text, { mentions: [date(text, '1927', '1927')] }), context())
    assert.equal(facts.filter((f) => f.predicate === 'formed').length, 0)
  })
})
