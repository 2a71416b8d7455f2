import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { MentionRecord, SourceEdition } from '../core/index.ts'
import type { GoldTable } from './eval-score.ts'
import { scorePeople } from './score-people.ts'

const header = ['canonical_name', 'surface_form', 'file', 'lines', 'mention_count'] as const
const row = (...cells: string[]): Record<string, string> =>
  Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))

const gold: GoldTable = {
  name: 'people-other.tsv',
  rows: [
    row('Leon Trotsky', 'Trotsky', 'a.txt', '3,5', '3'),
    row('Leon Trotsky', 'Preobrazhen-skii', 'a.txt', '7', '1'),
    row('Joseph Stalin', 'Stalin', 'a.txt', '9', '1'),
    row('Leon Trotsky', 'L.D. Trotsky', 'a.txt', '11', '1'),
  ],
}

function mention(surface: string, line: number, entityId?: string): MentionRecord {
  return {
    type: 'person',
    sourceId: 'source:1' as MentionRecord['sourceId'],
    surface,
    ...(entityId === undefined ? {} : { entityId }),
    confidence: 1,
    provenance: {
      sourceId: 'source:1' as MentionRecord['sourceId'],
      span: { start: 0, end: 1 },
      quote: { exact: surface, prefix: '', suffix: '' },
      lineStart: line,
      lineEnd: line,
      rule: 'test',
    },
  }
}

function edition(mentions: MentionRecord[]): SourceEdition {
  return { source: { name: 'a.txt' }, mentions } as unknown as SourceEdition
}

test('scorePeople counts mentions per line, lets a row take its excess on any of its lines, and folds forms', () => {
  const score = scorePeople(gold, [
    edition([
      mention('Trotsky', 3, 'p:t'),
      mention('Trotsky', 5, 'p:t'),
      mention('Trotsky', 5, 'p:t'),
      mention('Preobrazhenskii', 7, 'p:t'),
      mention('Stalin', 9, 'p:s'),
      mention('L.D.Trotsky', 11, 'p:t'),
      mention('Kamenev', 12, 'p:k'),
    ]),
  ])
  assert.equal(score.counts.matched, 6)
  assert.equal(score.metrics.recall, 1)
  assert.equal(score.metrics.precision, 6 / 7)
  assert.equal(score.metrics.resolution_accuracy, 1)
  assert.deepEqual(
    score.misses.filter((m) => m.includes('not in the gold')),
    ['a.txt:12 "Kamenev": found, not in the gold'],
  )
})

test('scorePeople counts a resolution wrong when two canonical names share an entity or none is set', () => {
  const score = scorePeople(gold, [
    edition([mention('Trotsky', 3, 'p:x'), mention('Stalin', 9, 'p:x'), mention('L.D.Trotsky', 11)]),
  ])
  assert.equal(score.counts.matched, 3)
  assert.equal(score.metrics.resolution_accuracy, 0)
  assert.equal(score.misses.filter((m) => m.includes('resolved to')).length, 3)
})
