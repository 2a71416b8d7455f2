import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic, DocumentId, Entity, Mention, NameMention, NoteId, SourceId } from '../core/index.ts'
import { emptySegmentResult, nameKey } from '../core/index.ts'
import { findEntities } from './find-entities.ts'
import { resolve } from './resolve.ts'

const AUTHORITY: Entity[] = [
  {
    id: 'person:kamenev-l-b',
    type: 'person',
    name: 'Kamenev, Lev Borisovich',
    variants: ['Lev Kamenev', 'Kamenev'],
    birthYear: '1883',
    deathYear: '1936',
    description: 'Chairman of the Moscow Soviet',
    origin: 'authority:people.json',
  },
  {
    id: 'person:trotsky-l-d',
    type: 'person',
    name: 'Trotsky, Lev Davidovich',
    variants: ['Leon Trotsky', 'Trotsky'],
    origin: 'authority:people.json',
  },
  {
    id: 'body:politburo',
    type: 'body',
    name: 'Politburo',
    variants: ['Political Bureau'],
    origin: 'authority:bodies.json',
  },
  // As authorityFromSources makes them from a glossary:
  {
    id: 'person:kamenev-s-s',
    type: 'person',
    name: 'Kamenev, S. S.',
    variants: ['S. S. Kamenev'],
    birthYear: '1881',
    deathYear: '1936',
    description: 'Commander in chief of Red Army, 1919–24.',
    origin: 'glossary',
  },
  {
    id: 'person:kamenev-l-b',
    type: 'person',
    name: 'Kamenev, L. B.',
    variants: ['L. B. Kamenev'],
    origin: 'glossary',
  },
  { id: 'person:trotski-l-d', type: 'person', name: 'Trotskii, L. D.', variants: [], origin: 'glossary' },
  {
    id: 'person:petrov-a-a',
    type: 'person',
    name: 'Petrov, A. A.',
    variants: [],
    birthYear: '1850',
    deathYear: '1901',
    origin: 'glossary',
  },
  {
    id: 'person:petrov-n-n',
    type: 'person',
    name: 'Petrov, N. N.',
    variants: [],
    birthYear: '1890',
    deathYear: '1950',
    origin: 'glossary',
  },
]

let offset = 0
function name(surface: string, documentId = 'doc:1', type: NameMention['type'] = 'person'): NameMention {
  const start = offset
  offset += surface.length + 1
  return {
    type,
    surface,
    key: nameKey(surface),
    span: { start, end: start + surface.length },
    documentId: documentId as DocumentId,
    rule: 'test',
    confidence: 0.9,
  }
}
function run(mentions: Mention[], text?: string) {
  const diagnostics: Diagnostic[] = []
  const context = { sourceId: 'source:t' as SourceId, report: (d: Diagnostic) => diagnostics.push(d) }
  const result = resolve(mentions, { authority: AUTHORITY, ...(text === undefined ? {} : { text }) }, context)
  const ids = result.mentions.map((m) =>
    m.type === 'person' || m.type === 'body' ? (m.entityId ?? m.candidates?.join('|')) : undefined,
  )
  return { ...result, ids, diagnostics }
}

describe('resolve', () => {
  it('finds a person by any spelling or script, and merges the glossary person into the bundled one', () => {
    const { ids, entities } = run([
      name('Trotskii'),
      name('Троцкого'),
      name('Trotzki'),
      name('L. D. Trotsky'),
    ])
    assert.deepEqual(ids, [
      'person:trotsky-l-d',
      'person:trotsky-l-d',
      'person:trotsky-l-d',
      'person:trotsky-l-d',
    ])
    assert.equal(
      entities.some((entity) => entity.id === 'person:trotski-l-d'),
      false,
    )
  })
  it('leaves a bare surname of namesakes ambiguous, with candidates and a diagnostic', () => {
    const { ids, diagnostics, mentions } = run([name('Kamenev', 'doc:9')])
    assert.deepEqual(ids, ['person:kamenev-l-b|person:kamenev-s-s'])
    assert.equal(diagnostics[0]?.ruleId, 'ambiguous-name')
    assert.equal((mentions[0] as NameMention).entityId, undefined)
  })
  it('decides namesakes by a full name in the same document', () => {
    const { ids } = run([
      name('S. S. Kamenev', 'doc:2'),
      name('Kamenev', 'doc:2'),
      name('Lev Kamenev', 'doc:3'),
      name('Kamenev', 'doc:3'),
    ])
    assert.deepEqual(ids, [
      'person:kamenev-s-s',
      'person:kamenev-s-s',
      'person:kamenev-l-b',
      'person:kamenev-l-b',
    ])
  })
  it('decides namesakes by the document date against life dates', () => {
    const date: Mention = {
      type: 'date',
      span: { start: 0, end: 4 },
      documentId: 'doc:4' as DocumentId,
      rule: 't',
      confidence: 1,
      value: {
        kind: 'year',
        start: { calendar: 'gregorian', year: 1925, stated: ['year'] },
        iso: '1925',
        certainty: 'stated',
      },
    }
    const { ids } = run([date, name('Petrov', 'doc:4')])
    assert.equal(ids[1], 'person:petrov-n-n')
  })
  it('decides namesakes by words of their descriptions near the mention', () => {
    const text = 'The commander of the Red Army, Kamenev, reported.'
    const mention = { ...name('Kamenev', 'doc:5'), span: { start: 31, end: 38 } }
    assert.equal(run([mention], text).ids[0], 'person:kamenev-s-s')
  })
  it('links a name that a note or the text explains as another person', () => {
    const text = 'We sent it with comrade Kobyzev (i.e., Kolosov). Kobyzev left.'
    const mentions = [
      { ...name('Kobyzev', 'doc:6'), span: { start: 24, end: 31 } },
      { ...name('Kolosov', 'doc:6'), span: { start: 39, end: 46 } },
      { ...name('Kobyzev', 'doc:6'), span: { start: 49, end: 56 } },
    ]
    const { ids } = run(mentions, text)
    assert.equal(ids[0], ids[1])
    assert.equal(ids[2], ids[1])
    assert.equal(ids[1], 'person:text-kolosov')
  })
  it('links a name that a note identifies as another, when the note names it first in passing', () => {
    // Made up, in the style of an editor's note: "comrade Kobyzev.''¹¹ … 11. A misspelling; this was D. M. Kolosov."
    const text =
      "comrade Orekhov.'' left. Orekhov came. A misspelling; this was P. [?] Ostrov. Ostrov (b. 1880) was a mechanic."
    const at = (word: string, from = 0) => text.indexOf(word, from)
    const span = (word: string, from = 0) => ({ start: at(word, from), end: at(word, from) + word.length })
    const mentions = [
      { ...name('Orekhov', 'doc:10'), span: span('Orekhov') },
      { ...name('Orekhov', 'doc:10'), span: span('Orekhov', 20) },
      { ...name('Ostrov', 'doc:11'), span: span('Ostrov', at('Ostrov') + 3) },
    ]
    const segments = {
      ...emptySegmentResult(),
      markers: [
        {
          sourceId: 'source:t' as SourceId,
          label: '1',
          span: { start: 16, end: 18 },
          noteId: 'note:1' as NoteId,
          rule: 't',
        },
      ],
      notes: [
        {
          id: 'note:1' as NoteId,
          sourceId: 'source:t' as SourceId,
          label: '1',
          span: { start: at('A misspelling'), end: text.length },
          kind: 'endnote' as const,
          rule: 't',
        },
      ],
    }
    const context = { sourceId: 'source:t' as SourceId, report() {} }
    const result = resolve(mentions, { authority: [], text, segments }, context)
    const ids = result.mentions.map((m) => (m.type === 'person' ? m.entityId : undefined))
    assert.deepEqual(ids, ['person:text-ostrov', 'person:text-ostrov', 'person:text-ostrov'])
  })
  it('clusters unknown names into text entities, and a surname joins its full name', () => {
    const { ids, entities } = run([
      name('Ivan Sidorenko', 'doc:7'),
      name('Sidorenko', 'doc:8'),
      name('Politburo', 'doc:7', 'body'),
    ])
    assert.equal(ids[0], ids[1])
    assert.equal(ids[2], 'body:politburo')
    assert.ok(entities.some((entity) => entity.id === ids[0] && entity.origin === 'text'))
  })
  it('returns the glossary people of the source even when no mention refers to them', () => {
    const { entities } = run([])
    assert.ok(entities.some((entity) => entity.id === 'person:petrov-a-a'))
  })
  it('reads notes from the segments when given', () => {
    assert.doesNotThrow(() =>
      resolve(
        [],
        { authority: [], text: '', segments: emptySegmentResult() },
        { sourceId: 'source:t' as SourceId, report() {} },
      ),
    )
  })
})

describe('findEntities', () => {
  const entities: Entity[] = [
    {
      id: 'person:trotsky-l-d',
      type: 'person',
      name: 'Trotsky, Lev Davidovich',
      variants: ['Leon Trotsky'],
      origin: 'a',
    },
    {
      id: 'person:zinoviev-g-e',
      type: 'person',
      name: 'Zinoviev, Grigorii',
      variants: ['Zinov’ev'],
      origin: 'a',
    },
    { id: 'person:yagoda-g-g', type: 'person', name: 'Yagoda, G. G.', variants: [], origin: 'a' },
    { id: 'body:politburo', type: 'body', name: 'Politburo', variants: [], origin: 'a' },
  ]
  const TABLE: readonly [string, string][] = [
    ['Trotskij', 'person:trotsky-l-d'],
    ['Троцкий', 'person:trotsky-l-d'],
    ['Trotzki', 'person:trotsky-l-d'],
    ['Зиновьев', 'person:zinoviev-g-e'],
    ['Sinowjew', 'person:zinoviev-g-e'],
    ['Iagoda', 'person:yagoda-g-g'],
    ['polit', 'body:politburo'],
  ]
  for (const [query, id] of TABLE)
    it(`finds "${query}"`, () => assert.equal(findEntities(query, entities)[0]?.id, id))
  it('finds nothing for an empty query', () => assert.deepEqual(findEntities(' ', entities), []))
})
