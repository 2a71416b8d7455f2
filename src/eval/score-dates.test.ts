import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { MentionRecord, SourceEdition } from '../core/index.ts'
import { createId } from '../core/index.ts'
import { scoreDates } from './score-dates.ts'

const SOURCE = createId('source', 's')
const RAW = 'line one\nOn 25 October 1923 and in 1924 the\nplenum met in 1925.\n'

function mention(exact: string, iso: string, line: number): MentionRecord {
  const start = RAW.indexOf(exact)
  return {
    type: 'date',
    sourceId: SOURCE,
    surface: exact,
    iso,
    confidence: 1,
    provenance: {
      sourceId: SOURCE,
      span: { start, end: start + exact.length },
      quote: { exact, prefix: '', suffix: '' },
      lineStart: line,
      lineEnd: line,
      rule: 't',
    },
  }
}

function edition(name: string, mentions: MentionRecord[]): SourceEdition {
  return { source: { name }, raw: RAW, mentions } as unknown as SourceEdition
}

const GOLD = {
  name: 'dates-other.tsv',
  rows: [
    {
      file: 'a.txt',
      line: '2',
      surface_text: 'On 25 October 1923',
      core_surface: '25 October 1923',
      iso: '1923-10-25',
    },
    { file: 'a.txt', line: '2', surface_text: 'in 1924', core_surface: '1924', iso: '1924' },
    { file: 'a.txt', line: '3', surface_text: 'in 1925', core_surface: '1925', iso: '1925' },
    { file: 'b.txt', line: '1', surface_text: 'May 1920', core_surface: 'May 1920', iso: '1920-05' },
  ],
}

describe('scoreDates', () => {
  const found = [
    mention('On 25 October 1923', '1923-10-25', 2),
    mention('1924', '1924-06', 2),
    mention('1925', '1925', 3),
    mention('line one', '1900', 1),
  ]
  const score = scoreDates(GOLD, [edition('a.txt', found), edition('b.txt', [])])

  it('matches a row to a mention on its line whose text contains the core surface', () => {
    assert.equal(score.counts.matched, 3)
    assert.equal(score.metrics.recall, 3 / 4)
  })

  it('counts precision over every date mention of the gold files', () => {
    assert.equal(score.metrics.precision, 3 / 4)
  })

  it('scores the ISO value among matched rows and among all rows', () => {
    assert.equal(score.metrics.iso_accuracy, 2 / 3)
    assert.equal(score.metrics.iso_accuracy_all, 2 / 4)
    assert.equal(score.metrics['iso_accuracy_all:a.txt'], 2 / 3)
  })

  it('lists wrong values, missing rows and extra mentions, one line each', () => {
    assert.deepEqual(score.misses, [
      'a.txt:2 "in 1924" expected "1924", found "1924-06" for "1924"',
      'b.txt:1 "May 1920" (1920-05): not found',
      'a.txt:1 extra "line one" (1900)',
    ])
  })

  it('uses a mention for one row only, preferring the one with the right value', () => {
    const twice = { name: 'd', rows: [GOLD.rows[2]!, GOLD.rows[2]!] }
    const result = scoreDates(twice, [edition('a.txt', [mention('1925', '1925', 3)])])
    assert.equal(result.counts.matched, 1)
  })
})
