import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fromJson } from './from-json.ts'

/** A made-up edition of one short file, with the lists every stored edition has. */
function edition(overrides: Record<string, unknown> = {}, id = 'source:1') {
  const raw = 'Dear A.,\nthe grain is late.\nB.\n'
  const provenance = {
    sourceId: id,
    span: { start: 9, end: 27 },
    quote: { exact: 'the grain is late.', prefix: '', suffix: '' },
    lineStart: 2,
    lineEnd: 2,
    rule: 'made-up',
  }
  return {
    source: { id, name: 'letters.md', path: 'letters.md', contentHash: 'abc' },
    raw,
    text: raw,
    documents: [{ id: 'doc:1', sourceId: id, type: 'letter', title: 'To A.', provenance }],
    notes: [],
    markers: [],
    editorial: [],
    glossary: [],
    index: [],
    witnesses: [],
    removals: [],
    mentions: [{ type: 'date', sourceId: id, surface: 'late', provenance }],
    entities: [],
    facts: [{ id: 'fact:1', type: 'event', evidence: [provenance] }],
    diagnostics: [],
    ...overrides,
  }
}

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
  })

  it('finds duplicate ids, sources given twice and places outside the original file', () => {
    const fact = edition().facts[0]
    assert.deepEqual(problemsOf(edition({ facts: [fact, fact] })), ['$.facts[1]: duplicate id "fact:1"'])
    assert.deepEqual(problemsOf([edition(), edition()]), ['$[1].source: source "source:1" appears twice'])
    const far = {
      ...edition().documents[0],
      provenance: { ...edition().documents[0]?.provenance, span: { start: 20, end: 90 } },
    }
    assert.deepEqual(problemsOf(edition({ documents: [far] })), [
      '$.documents[0].provenance.span: offsets 20–90 are outside the original file (31 characters)',
    ])
  })

  it('finds evidence that claims another source', () => {
    const fact = {
      id: 'fact:1',
      type: 'event',
      evidence: [{ sourceId: 'source:9', span: { start: 0, end: 1 } }],
    }
    assert.deepEqual(problemsOf(edition({ facts: [fact] })), [
      '$.facts[0].evidence[0]: source "source:9" is not the edition\'s source',
    ])
  })

  it('stops at twenty problems', () => {
    const facts = Array.from({ length: 50 }, () => ({ type: 'event' }))
    assert.equal(problemsOf(edition({ facts })).length, 20)
  })
})
