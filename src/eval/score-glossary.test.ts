import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { GlossaryRecord, SourceEdition } from '../core/index.ts'
import { scoreGlossary } from './score-glossary.ts'

const HEADER = 'line\tentry_type\tcanonical_name\treal_name_alias\tbirth_year\tdeath_year\tsee'
const gold = {
  name: 'glossary-009.tsv',
  rows: [
    HEADER,
    '10\tperson\tArtak, A. A.\talias (unlabelled parenthesis): Astamboltsian\t1895\t?\t',
    '11\tcross-reference\tKoba\t\t\t\tStalin (no glossary entry)',
    '12\tperson\tKulikov, Ye. F.\t\t1891\t1937 ?\t',
  ]
    .slice(1)
    .map((line) =>
      Object.fromEntries(HEADER.split('\t').map((name, i) => [name, line.split('\t')[i] ?? ''])),
    ),
}

function entry(line: number, fields: Partial<GlossaryRecord>): GlossaryRecord {
  return {
    sourceId: 'source:x' as GlossaryRecord['sourceId'],
    nameAsPrinted: fields.name ?? '',
    name: '',
    entryType: 'person',
    aliases: [],
    description: '',
    ...fields,
    provenance: {
      sourceId: 'source:x',
      span: { start: 0, end: 1 },
      quote: { exact: '', prefix: '', suffix: '' },
      lineStart: line,
      lineEnd: line,
      rule: 'test',
    },
  } as unknown as GlossaryRecord
}

const edition = (glossary: GlossaryRecord[]) =>
  ({ source: { name: '009_abc.txt' }, glossary }) as unknown as SourceEdition

describe('scoreGlossary', () => {
  it('matches entries by line and compares fields loosely', () => {
    const score = scoreGlossary(gold, [
      edition([
        entry(10, {
          name: 'Artak, A. A.',
          aliases: [{ label: 'alias', name: 'Astamboltsian' }],
          birthYear: '1895',
          deathYear: '?',
        }),
        entry(11, { name: 'Koba', entryType: 'cross-reference', see: 'Stalin' }),
        entry(12, { name: 'Kulikov, Ye. F.', birthYear: '1891', deathYear: '1937?' }),
        entry(40, { name: 'Extra' }),
      ]),
    ])
    assert.equal(score.metrics.recall, 1)
    assert.equal(score.metrics.precision, 0.75)
    assert.equal(score.metrics.name_accuracy, 1)
    assert.equal(score.metrics.alias_accuracy, 1)
    assert.equal(score.metrics.life_dates_accuracy, 2 / 3)
    assert.equal(score.metrics.field_accuracy, 2 / 3)
    assert.equal(score.misses.length, 2)
  })

  it('counts a missed entry as wrong in every field', () => {
    const score = scoreGlossary(gold, [edition([])])
    assert.equal(score.metrics.recall, 0)
    assert.equal(score.metrics.name_accuracy, 0)
    assert.equal(score.misses.length, 3)
  })
})
