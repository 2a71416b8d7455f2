import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fromJson } from './from-json.ts'

/** A made-up edition of one short file, with the lists every stored edition has and every record's required fields. */
function edition(overrides: Record<string, unknown> = {}, id = 'source:1') {
  const raw = 'Dear A.,\nthe grain is late.\nB.\n'
  const provenance = {
    sourceId: id,
    span: { start: 9, end: 27 },
    quote: { exact: 'the grain is late.', prefix: 'Dear A.,\n', suffix: '\nB.\n' },
    lineStart: 2,
    lineEnd: 2,
    rule: 'made-up',
  }
  return {
    source: {
      id,
      name: 'letters.md',
      path: 'letters.md',
      contentHash: 'abc',
      byteLength: 31,
      lineCount: 3,
      importedAt: '2000-01-01T00:00:00.000Z',
    },
    raw,
    text: raw,
    documents: [
      {
        id: 'doc:1',
        sourceId: id,
        type: 'letter',
        title: 'To A.',
        order: 0,
        addressees: ['A.'],
        insertions: [],
        text: raw,
        textSpan: { start: 0, end: 31 },
        provenance,
      },
    ],
    notes: [],
    markers: [],
    editorial: [],
    glossary: [],
    index: [],
    witnesses: [],
    removals: [],
    mentions: [{ type: 'date', sourceId: id, surface: 'late', confidence: 1, provenance }],
    entities: [],
    facts: [
      {
        id: 'fact:1',
        sourceId: id,
        type: 'event',
        subject: 'event:grain',
        predicate: 'delayed',
        confidence: 0.5,
        evidence: [provenance],
      },
    ],
    diagnostics: [],
    ...overrides,
  }
}

const base = edition()
const doc = base.documents[0] as (typeof base.documents)[number]
const fact = base.facts[0] as (typeof base.facts)[number]

const problemsOf = (value: unknown) => {
  const result = fromJson(JSON.stringify(value))
  return result.ok ? [] : result.problems
}

describe('fromJson', () => {
  it('reads back one edition or a list of editions unchanged', () => {
    const one = fromJson(JSON.stringify(edition()))
    assert.ok(one.ok)
    assert.deepEqual(one.editions, [edition()])
    const list = fromJson(JSON.stringify([edition(), edition({}, 'source:2')]))
    assert.equal(list.ok && list.editions.length, 2)
  })

  it('says why a file is not JSON or holds no edition', () => {
    const broken = fromJson('{"source":')
    assert.ok(!broken.ok && /^Not JSON: /.test(broken.problems[0] ?? ''))
    assert.deepEqual(problemsOf([]), ['$: the file holds no edition'])
    assert.deepEqual(problemsOf([42]), ['$[0]: expected an edition object'])
  })

  it('names each missing part by its JSON path', () => {
    const { facts: _facts, raw: _raw, ...rest } = edition()
    assert.deepEqual(problemsOf(rest), [
      "$.raw: expected the original file's text",
      '$.facts: expected a list',
    ])
    assert.deepEqual(problemsOf(edition({ source: { id: 'source:1' } })), [
      '$.source: expected an object with an "id" and a "name"',
    ])
    const { importedAt: _at, ...source } = edition().source
    assert.deepEqual(problemsOf(edition({ source: { ...source, byteLength: '31' } })), [
      '$.source.byteLength: expected a number',
      '$.source.importedAt: expected a string',
    ])
  })

  it('names every required field a record lacks, by record type', () => {
    assert.deepEqual(problemsOf(edition({ documents: [{ id: 'doc:1' }] })), [
      '$.documents[0].sourceId: expected a string',
      '$.documents[0].type: expected a string',
      '$.documents[0].title: expected a string',
      '$.documents[0].order: expected a number',
      '$.documents[0].addressees: expected a list',
      '$.documents[0].insertions: expected a list',
      '$.documents[0].text: expected a string',
      '$.documents[0].textSpan: expected a record',
      '$.documents[0].provenance: expected a record',
    ])
    const { quote: _quote, ...noQuote } = doc.provenance
    assert.deepEqual(problemsOf(edition({ mentions: [{ type: 'date', provenance: noQuote }] })), [
      '$.mentions[0].sourceId: expected a string',
      '$.mentions[0].surface: expected a string',
      '$.mentions[0].confidence: expected a number',
      '$.mentions[0].provenance.quote: expected a record',
    ])
    assert.deepEqual(problemsOf(edition({ entities: [{ id: 'person:1', type: 'person', name: 'A.' }] })), [
      '$.entities[0].sourceId: expected a string',
      '$.entities[0].variants: expected a list',
      '$.entities[0].origin: expected a string',
    ])
    assert.deepEqual(problemsOf(edition({ diagnostics: [{ sourceId: 'source:1', severity: 'error' }] })), [
      '$.diagnostics[0].file: expected a string',
      '$.diagnostics[0].reason: expected a string',
      '$.diagnostics[0].source: expected a string',
      '$.diagnostics[0].ruleId: expected a string',
    ])
    assert.deepEqual(problemsOf(edition({ notes: [{ ...doc, label: '1', kind: 'footnote', text: 7 }] })), [
      '$.notes[0].text: expected a string',
    ])
    const witness = { sourceId: 'source:1', documentId: 'doc:1', baseLabel: 'A', otherLabel: 'B' }
    assert.deepEqual(problemsOf(edition({ witnesses: [{ ...witness, variants: [{ kind: 'omission' }] }] })), [
      '$.witnesses[0].variants[0].baseReading: expected a string',
      '$.witnesses[0].variants[0].otherReading: expected a string',
      '$.witnesses[0].variants[0].certainty: expected a string',
      '$.witnesses[0].variants[0].provenance: expected a record',
    ])
  })

  it('finds a fact without evidence and evidence that is not a provenance', () => {
    assert.deepEqual(problemsOf(edition({ facts: [{ ...fact, evidence: [] }] })), [
      '$.facts[0].evidence: expected at least one passage',
    ])
    assert.deepEqual(problemsOf(edition({ facts: [{ ...fact, evidence: [{ span: { start: 0 } }] }] })), [
      '$.facts[0].evidence[0].sourceId: expected a string',
      '$.facts[0].evidence[0].span.end: expected a number',
      '$.facts[0].evidence[0].quote: expected a record',
      '$.facts[0].evidence[0].lineStart: expected a number',
      '$.facts[0].evidence[0].lineEnd: expected a number',
      '$.facts[0].evidence[0].rule: expected a string',
    ])
  })

  it('finds duplicate ids, sources given twice and places outside the original file', () => {
    assert.deepEqual(problemsOf(edition({ facts: [fact, fact] })), ['$.facts[1]: duplicate id "fact:1"'])
    assert.deepEqual(problemsOf([edition(), edition()]), ['$[1].source: source "source:1" appears twice'])
    const far = { ...doc, provenance: { ...doc.provenance, span: { start: 20, end: 90 } } }
    assert.deepEqual(problemsOf(edition({ documents: [far] })), [
      '$.documents[0].provenance.span: offsets 20–90 are outside the original file (31 characters)',
    ])
  })

  it('finds a text span outside the normalised text', () => {
    assert.deepEqual(problemsOf(edition({ documents: [{ ...doc, textSpan: { start: 0, end: 99999 } }] })), [
      '$.documents[0].textSpan: offsets 0–99999 are outside the normalised text (31 characters)',
    ])
  })

  it('finds a quote that is not the text at its span, in provenance and evidence alike', () => {
    const wrong = { ...doc.provenance, quote: { ...doc.provenance.quote, exact: 'the grain is early.' } }
    assert.deepEqual(problemsOf(edition({ documents: [{ ...doc, provenance: wrong }] })), [
      '$.documents[0].provenance.quote.exact: "the grain is early." is not the original file\'s text at 9–27 ("the grain is late.")',
    ])
    assert.deepEqual(problemsOf(edition({ facts: [{ ...fact, evidence: [doc.provenance, wrong] }] })), [
      '$.facts[0].evidence[1].quote.exact: "the grain is early." is not the original file\'s text at 9–27 ("the grain is late.")',
    ])
  })

  it('finds lines that are not the lines of the span', () => {
    const moved = { ...doc.provenance, lineStart: 1, lineEnd: 3 }
    assert.deepEqual(problemsOf(edition({ mentions: [{ ...base.mentions[0], provenance: moved }] })), [
      '$.mentions[0].provenance: lines 1–3 given, but offsets 9–27 are on lines 2–2',
    ])
    const across = {
      ...doc.provenance,
      span: { start: 0, end: 28 },
      quote: { exact: 'Dear A.,\nthe grain is late.\n', prefix: '', suffix: 'B.\n' },
      lineStart: 1,
      lineEnd: 2,
    }
    assert.deepEqual(problemsOf(edition({ documents: [{ ...doc, provenance: across }] })), [])
  })

  it('finds records and evidence that claim another source', () => {
    assert.deepEqual(problemsOf(edition({ documents: [{ ...doc, sourceId: 'source:OTHER' }] })), [
      '$.documents[0].sourceId: source "source:OTHER" is not the edition\'s source',
    ])
    const elsewhere = { ...doc.provenance, sourceId: 'source:9' }
    assert.deepEqual(problemsOf(edition({ facts: [{ ...fact, evidence: [elsewhere] }] })), [
      '$.facts[0].evidence[0]: source "source:9" is not the edition\'s source',
    ])
  })

  it('stops at twenty problems', () => {
    const facts = Array.from({ length: 50 }, () => ({ type: 'event' }))
    assert.equal(problemsOf(edition({ facts })).length, 20)
  })
})
