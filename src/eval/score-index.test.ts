import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { IndexRecord, SourceEdition } from '../core/index.ts'
import { scoreIndex } from './score-index.ts'

const HEADER = 'line\tname\tall_locators_normalized\tsee\tsee_also'
const gold = {
  name: 'index-people-009.tsv',
  rows: [
    '5\tBukharin, N. I.\t7–8 ; 150–51 ; 217n4 ; 104nn2,3\t\tBukharin group',
    '6\tKlim\t\tVoroshilov, K. Ye.\t',
  ].map((line) => Object.fromEntries(HEADER.split('\t').map((name, i) => [name, line.split('\t')[i] ?? '']))),
}

function entry(line: number, fields: Partial<IndexRecord>): IndexRecord {
  return {
    heading: '',
    headingAsPrinted: '',
    locators: [],
    subentries: [],
    see: [],
    seeAlso: [],
    ...fields,
    provenance: { lineStart: line },
  } as unknown as IndexRecord
}

const edition = (index: IndexRecord[]) =>
  ({ source: { name: '009_abc.txt' }, index }) as unknown as SourceEdition

describe('scoreIndex', () => {
  it('compares locators as normalised multisets with completed range ends', () => {
    const score = scoreIndex(gold, [
      edition([
        entry(5, {
          heading: 'Bukharin, N. I.',
          locators: [
            { page: '7', pageEnd: '8' },
            { page: '217', note: '4' },
          ],
          subentries: [
            {
              text: 'speech',
              locators: [
                { page: '150', pageEnd: '151' },
                { page: '104', note: '2,3' },
              ],
            },
          ],
          seeAlso: ['Bukharin group'],
        }),
        entry(6, { heading: 'Klim', see: ['Voroshilov, K. Ye.'] }),
        entry(7, { heading: 'Other' }),
      ]),
    ])
    assert.equal(score.metrics.recall, 1)
    assert.equal(score.metrics.locator_accuracy, 1)
    assert.equal(score.metrics.field_accuracy, 1)
    assert.equal(score.counts.found_at_gold_lines, 2)
  })

  it('reports a wrong locator list', () => {
    const score = scoreIndex(gold, [
      edition([entry(5, { heading: 'Bukharin, N. I.', locators: [{ page: '7' }] })]),
    ])
    assert.equal(score.metrics.locator_accuracy, 0)
    assert.equal(score.metrics.recall, 0.5)
    assert.match(score.misses[0] ?? '', /^line 5: locators/)
  })
})
