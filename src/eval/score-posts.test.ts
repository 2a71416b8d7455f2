import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SourceEdition } from '../core/index.ts'
import { parsePositions, scorePosts } from './score-posts.ts'

const gold = {
  name: 'glossary-009.tsv',
  rows: [
    { line: '10', positions: 'Party member |  | 1911 |  ; Secretary | Kursk Committee | 1922 | 27' },
    { line: '12', positions: 'member | Orgburo | 1930 | ' },
  ],
}

const provenance = (line: number) => ({ lineStart: line, lineEnd: line, rule: 'x' })
const fact = (line: number, role: string, institution: string, start: string, end = '') => ({
  type: 'post',
  subject: `person:${line}`,
  predicate: 'held-post',
  role,
  ...(institution === '' ? {} : { institution }),
  start: { text: start },
  ...(end === '' ? {} : { end: { text: end } }),
  confidence: 1,
  evidence: [{ lineStart: line, lineEnd: line, rule: 'extract/posts:glossary-clause' }],
})

const edition = {
  source: { name: '009_x.txt' },
  glossary: [
    { name: 'A', provenance: provenance(10) },
    { name: 'B', provenance: provenance(12) },
  ],
  entities: [],
  facts: [
    fact(10, 'Secretary', 'Kursk Committee', '1922', '27'),
    fact(10, 'Party member', '', '1911'),
    fact(12, 'member', 'Orgburo', '1931'),
  ],
} as unknown as SourceEdition

describe('scorePosts', () => {
  it('pairs items per entry in any order and scores each field', () => {
    const score = scorePosts(gold, [edition])
    assert.equal(score.metrics.items_all_fields_right, 2 / 3)
    assert.equal(score.metrics.role_accuracy, 1)
    assert.equal(score.metrics.date_accuracy, 2 / 3)
    assert.equal(score.metrics.precision, 2 / 3)
    assert.equal(score.misses.length, 1)
  })

  it('reads the positions cell', () => {
    assert.deepEqual(parsePositions('Party member |  | 1919 | '), [
      { role: 'Party member', institution: '', start: '1919', end: '' },
    ])
    assert.deepEqual(parsePositions(''), [])
  })
})
