import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Document, Entity, Mention, SourceId, StageContext } from '../../core/index.ts'
import { emptySegmentResult } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { extractAppositions } from './running-text-appositions.ts'

const sourceId = 'source:test' as SourceId
const context: StageContext = { sourceId, report: () => {} }
const bodies: Entity[] = [
  {
    id: 'body:ccc',
    type: 'body',
    name: 'Central Control Commission',
    variants: ['CCC'],
    origin: 'authority:b',
  },
  { id: 'body:ogpu', type: 'body', name: 'OGPU', variants: [], origin: 'authority:b' },
  { id: 'body:sovnarkom', type: 'body', name: 'Council of Commissars', variants: [], origin: 'authority:b' },
]

/** An input whose person mentions are the given surnames (each resolved to `person:<surname>`). */
function input(text: string, surnames: readonly string[], documents: Document[] = []): ExtractInput {
  const mentions: Mention[] = []
  for (const surname of surnames) {
    for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1)) {
      const span = { start: at, end: at + surname.length }
      const key = surname.toLowerCase()
      mentions.push({
        type: 'person',
        span,
        rule: 't',
        confidence: 1,
        surface: surname,
        key,
        entityId: `person:${key}`,
      })
    }
  }
  return {
    text: { text } as ExtractInput['text'],
    segments: { ...emptySegmentResult(), documents },
    mentions,
    entities: bodies,
  }
}

const brief = (facts: ReturnType<typeof extractAppositions>) =>
  facts.map(
    (fact) =>
      `${fact.subject} | ${fact.role} | ${fact.institution} | ${fact.object ?? ''} | ${fact.start?.iso ?? ''}`,
  )

describe('extractAppositions', () => {
  it('reads a name with its role after a comma, dated by the sentence (real excerpt)', () => {
    const text =
      'In August 1924, they elected the "seven," all the members except Trotsky plus Kuibyshev, the chairman of the Central Control Commission (CCC) of the party.'
    const facts = extractAppositions(input(text, ['Trotsky', 'Kuibyshev']), context)
    assert.deepEqual(brief(facts), [
      'person:kuibyshev | chairman | Central Control Commission | body:ccc | 1924-08',
    ])
    assert.deepEqual(facts[0]?.inferred, ['start', 'end'])
    assert.equal(facts[0]?.predicate, 'held-post')
    const span = facts[0]?.evidence[0].span
    assert.equal(span && text.slice(span.start, span.end), text)
  })

  it('reads roles before a name, as a title, in parentheses and chained (made-up)', () => {
    const text = [
      'At the meeting the chairman of the Council of Commissars, Petrov, spoke first.',
      'Later OGPU Chairman Sidorov wrote back.',
      'Orlova (commissar of health, 1931–33) did not come.',
      'Ivanov, Orgburo member, secretary of the Tambov Provincial Committee, and editor of *Tambovskaia pravda*, agreed.',
    ].join(' ')
    const facts = extractAppositions(input(text, ['Petrov', 'Sidorov', 'Orlova', 'Ivanov']), context)
    assert.deepEqual(brief(facts), [
      'person:petrov | chairman | Council of Commissars | body:sovnarkom | ',
      'person:sidorov | Chairman | OGPU | body:ogpu | ',
      'person:orlova | commissar | health |  | 1931',
      'person:ivanov | member | Orgburo |  | ',
      'person:ivanov | secretary | Tambov Provincial Committee |  | ',
      'person:ivanov | editor | *Tambovskaia pravda* |  | ',
    ])
    assert.equal(facts[2]?.end?.iso, '1933')
    assert.equal(facts[2]?.inferred, undefined)
  })

  it('dates a post by the innermost dated letter around it (made-up)', () => {
    const text = 'Dear friend, I saw Petrov, then secretary of the Leningrad party organisation, yesterday.'
    const letter = {
      id: 'doc:1',
      type: 'letter',
      span: { start: 0, end: text.length },
      date: {
        text: '3 May 1928',
        iso: '1928-05-03',
        span: { start: 0, end: 0 },
        qualifier: 'exact',
        rule: 't',
      },
    } as unknown as Document
    const facts = extractAppositions(input(text, ['Petrov'], [letter]), context)
    assert.deepEqual(brief(facts), [
      'person:petrov | secretary | Leningrad party organisation |  | 1928-05-03',
    ])
  })

  it('reads nothing from a role in general, a supposition, a title of a work, or another time', () => {
    const texts = [
      'The chairman of the Central Control Commission should report to the Congress; Petrov agreed.',
      'If Petrov, the chairman of the Central Control Commission, resigned, nothing would change.',
      'He reviewed *Letters of Petrov, Secretary of the Tambov Committee* at length.',
      'Petrov, the former chairman of the Central Control Commission, came.',
      'The Politburo appointed Petrov chairman of the Central Control Commission.',
      'Petrov, chairman of the committee, agreed.',
    ]
    for (const text of texts) assert.deepEqual(extractAppositions(input(text, ['Petrov']), context), [], text)
  })

  it('ends an institution before the next name', () => {
    const text = 'The decree named Petrov, chairman of the Council of Commissars and Sidorov the other day.'
    const facts = extractAppositions(input(text, ['Petrov', 'Sidorov']), context)
    assert.deepEqual(brief(facts), ['person:petrov | chairman | Council of Commissars | body:sovnarkom | '])
  })
})
