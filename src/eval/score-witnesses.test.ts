import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SourceEdition, VariantRecord } from '../core/index.ts'
import { createId } from '../core/index.ts'
import { normalizeReading, scoreWitnesses } from './score-witnesses.ts'

function variant(
  line: number,
  start: number,
  otherReading: string,
  kind: VariantRecord['kind'],
): VariantRecord {
  const sourceId = createId('source', 'x')
  const quote = { exact: otherReading, prefix: '', suffix: '' }
  const provenance = {
    sourceId,
    span: { start, end: start + 5 },
    quote,
    lineStart: line,
    lineEnd: line,
    rule: 'r',
  }
  return { kind, baseReading: 'experienced', otherReading, certainty: 'high', provenance }
}

function edition(variants: VariantRecord[]): SourceEdition {
  const witnesses = [
    { sourceId: createId('source', 'x'), documentId: 'doc:x', baseLabel: 'a', otherLabel: 'b', variants },
  ]
  return { witnesses } as unknown as SourceEdition
}

const row = {
  line: '186',
  bracket_end_line: '186',
  bracket_index_on_line: '2',
  medvedev_1926_reading: 'experienced',
  baku_reading: 'com-⏎position’s',
  kind: 'substitution',
  span_certainty: 'high',
}

describe('scoreWitnesses', () => {
  it('matches gold rows by line and bracket index and compares normalised readings', () => {
    const found = [
      variant(186, 10, '[omitted]', 'omission'),
      variant(186, 40, "composition's", 'substitution'),
    ]
    const score = scoreWitnesses({ name: 'baku-variants.tsv', rows: [row] }, [edition(found)])
    assert.equal(score.metrics.bracket_recall, 1)
    assert.equal(score.metrics.bracket_precision, 0.5)
    assert.equal(score.metrics.baku_reading_accuracy, 1)
    assert.equal(score.metrics.medvedev_reading_accuracy_high, 1)
  })

  it('lists a gold row with no variant on its line as a miss', () => {
    const score = scoreWitnesses({ name: 'baku-variants.tsv', rows: [row] }, [edition([])])
    assert.equal(score.metrics.bracket_recall, 0)
    assert.match(score.misses[0] ?? '', /^186#2: no variant/)
  })

  it('folds quotes, hyphens and line breaks', () => {
    assert.equal(normalizeReading('“for  defense”⏎self-\nexpulsion'), '"for defense" selfexpulsion')
  })
})
