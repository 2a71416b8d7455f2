import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DocumentRecord, SourceEdition } from '../core/index.ts'
import { createId } from '../core/index.ts'
import type { GoldTable } from './eval-score.ts'
import { scoreLetters } from './score-letters.ts'

const field = (text: string) => ({ text, start: 0, end: text.length, line: 1 })

function edition(documents: Partial<DocumentRecord>[]): SourceEdition {
  const sourceId = createId('source', 'x')
  const docs = documents.map(
    (doc, k) =>
      ({
        id: createId('doc', String(k)),
        sourceId,
        type: 'letter',
        title: '',
        order: k,
        addressees: [],
        insertions: [],
        text: '',
        ...doc,
      }) as DocumentRecord,
  )
  return { source: { name: '001_test.txt' }, documents: docs } as unknown as SourceEdition
}

const header =
  'number kind editorial_date header_date signoff_date iso_date date_qualifier date_bound place addressee signer'.split(
    ' ',
  )
const row = (cells: string[]): Record<string, string> =>
  Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))

describe('scoreLetters', () => {
  it('matches rows by number, compares fields loosely and lists misses', () => {
    const gold: GoldTable = {
      name: 'letters-001.tsv',
      rows: [
        row([
          '1',
          'letter',
          '12 July 1925',
          '7/12',
          '',
          '1925-07-12',
          'exact',
          '',
          'Rostov',
          'Molotov',
          'J. Stalin',
        ]),
        row(['2', 'note', '', '', '', '', 'undetermined', '', '', 'Molotov; Bukharin', '']),
        row(['3', 'letter', '', '', '', '', 'undetermined', '', '', '', '']),
      ],
    }
    const score = scoreLetters(gold, [
      edition([
        {
          number: '1',
          editorialDate: { ...field('12 July 1925'), iso: '1925-07-12', qualifier: 'exact', rule: 'r' },
          headerDate: field('7/12'),
          place: field('Rostov'),
          addressees: ['Molotov'],
          signer: field('J.  Stalin'),
        },
        { number: '2', addressees: ['Molotov'] },
      ]),
    ])
    assert.equal(score.metrics.items_found, 2 / 3)
    assert.equal(score.counts.fields_right, 18)
    assert.equal(score.metrics.signer_accuracy, 2 / 3)
    assert.deepEqual(score.misses, [
      'letter 2 kind: expected "note" found "letter"',
      'letter 2 addressee: expected "Molotov; Bukharin" found "Molotov"',
      'letter 3: expected an item, found none',
    ])
  })
})
