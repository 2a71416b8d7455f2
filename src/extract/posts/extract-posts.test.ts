import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Entity, GlossaryEntry, Mention, SourceId, StageContext } from '../../core/index.ts'
import { emptySegmentResult } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { extractPosts } from './extract-posts.ts'
import { membersOn } from './members-on.ts'

const sourceId = 'source:test' as SourceId
const context: StageContext = { sourceId, report: () => {} }

function glossaryInput(name: string, dates: string, description: string): ExtractInput {
  const text = `**${name}** (${dates}). ${description}`
  const [birthYear, deathYear] = dates.split('–')
  const entry: GlossaryEntry = {
    sourceId,
    span: { start: 0, end: text.length },
    nameAsPrinted: name,
    name,
    entryType: 'person',
    aliases: [],
    ...(birthYear === undefined ? {} : { birthYear }),
    ...(deathYear === undefined ? {} : { deathYear }),
    description,
    rule: 'test',
  }
  const person: Entity = { id: 'person:orlov-p-s', type: 'person', name, variants: [], origin: 'glossary' }
  const body: Entity = {
    id: 'body:orgburo',
    type: 'body',
    name: 'Orgburo',
    variants: ['Organizational Bureau'],
    origin: 'authority:bodies.json',
  }
  return {
    text: { text } as ExtractInput['text'],
    segments: { ...emptySegmentResult(), glossary: [entry] },
    mentions: [],
    entities: [person, body],
  }
}

describe('extractPosts: glossary biographies (made-up entry)', () => {
  const input = glossaryInput(
    'Orlov, P. S.',
    '1890–1941',
    'Party member from 1912. Orgburo candidate member, 1927–30. Secretary of Tambov Provincial Committee, May to December 1925. Arrested, 1937. Shot.',
  )
  const facts = extractPosts(input, context)

  it('reads posts with their printed dates, body linked, evidence on the clause', () => {
    const posts = facts.filter((fact) => fact.type === 'post')
    assert.deepEqual(
      posts.map((fact) => [fact.role, fact.institution ?? '', fact.start?.text ?? '', fact.end?.text ?? '']),
      [
        ['Party member', '', '1912', ''],
        ['candidate member', 'Orgburo', '1927', '30'],
        ['Secretary', 'Tambov Provincial Committee', 'May', 'December 1925'],
      ],
    )
    const orgburo = posts[1]
    assert.equal(orgburo?.object, 'body:orgburo')
    assert.equal(orgburo?.predicate, 'candidate-member')
    assert.equal(orgburo?.end?.iso, '1930')
    const span = orgburo?.evidence[0].span
    assert.equal(span && input.text.text.slice(span.start, span.end), 'Orgburo candidate member, 1927–30')
  })

  it('reads life events: born, died, party member, arrested, executed', () => {
    const events = facts
      .filter((fact) => fact.type === 'life-event')
      .map((fact) => `${fact.predicate} ${fact.start?.iso ?? ''}`)
    assert.deepEqual(events, ['born 1890', 'died 1941', 'party-member 1912', 'arrested 1937', 'executed '])
  })

  it('gives the same ids on every run', () => {
    assert.deepEqual(
      extractPosts(input, context).map((fact) => fact.id),
      facts.map((fact) => fact.id),
    )
  })
})

describe('extractPosts: membership statements (made-up)', () => {
  const text =
    'In 1931 full members of the Orgburo were Anna Petrova, Boris Sidorov, and Ivan Orlov; in March 1932 Pavel Kuznetsov was promoted to full member and Sidorov demoted to candidate member.\n\nOther things.'
  const at = (surface: string, from = 0) => {
    const start = text.indexOf(surface, from)
    return { start, end: start + surface.length }
  }
  const person = (surface: string, id: string, from = 0): Mention => ({
    type: 'person',
    span: at(surface, from),
    rule: 't',
    confidence: 1,
    surface,
    key: surface,
    entityId: id,
  })
  const mentions: Mention[] = [
    {
      type: 'body',
      span: at('Orgburo'),
      rule: 't',
      confidence: 1,
      surface: 'Orgburo',
      key: 'orgburo',
      entityId: 'body:orgburo',
    },
    person('Anna Petrova', 'person:petrova'),
    person('Boris Sidorov', 'person:sidorov'),
    person('Ivan Orlov', 'person:orlov'),
    person('Pavel Kuznetsov', 'person:kuznetsov'),
    person('Sidorov', 'person:sidorov', text.indexOf('and Sidorov')),
  ]
  const input: ExtractInput = {
    text: { text } as ExtractInput['text'],
    segments: emptySegmentResult(),
    mentions,
    entities: [],
  }
  const facts = extractPosts(input, context)

  it('gives the members on a date, with promotions and demotions', () => {
    const names = (date: string, predicate = 'member') =>
      membersOn(facts, 'body:orgburo', predicate, date)
        .map((fact) => fact.subject)
        .sort()
    assert.deepEqual(names('1931-06-01'), ['person:orlov', 'person:petrova', 'person:sidorov'])
    assert.deepEqual(names('1932-06-01'), ['person:kuznetsov', 'person:orlov', 'person:petrova'])
    assert.deepEqual(names('1932-06-01', 'candidate-member'), ['person:sidorov'])
  })

  it('rests a closed membership on both passages', () => {
    const closed = facts.find((fact) => fact.subject === 'person:sidorov' && fact.predicate === 'member')
    assert.equal(closed?.end?.iso, '1932-03')
    assert.equal(closed?.evidence.length, 2)
  })
})

describe('extractPosts: suppositions (made-up)', () => {
  it('reads no membership from a sentence that only supposes one', () => {
    const text = 'Even if the Orgburo consisted of seven Petrovs, nothing would change.'
    const span = (surface: string) => ({
      start: text.indexOf(surface),
      end: text.indexOf(surface) + surface.length,
    })
    const mentions: Mention[] = [
      {
        type: 'body',
        span: span('Orgburo'),
        rule: 't',
        confidence: 1,
        surface: 'Orgburo',
        key: 'orgburo',
        entityId: 'body:orgburo',
      },
      {
        type: 'person',
        span: span('Petrovs'),
        rule: 't',
        confidence: 1,
        surface: 'Petrovs',
        key: 'petrov',
        entityId: 'person:petrov',
      },
    ]
    const input: ExtractInput = {
      text: { text } as ExtractInput['text'],
      segments: emptySegmentResult(),
      mentions,
      entities: [],
    }
    assert.deepEqual(
      extractPosts(input, context).filter((fact) => fact.type === 'post'),
      [],
    )
  })
})
