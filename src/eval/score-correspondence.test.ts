import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SourceEdition } from '../core/index.ts'
import type { GoldTable } from './eval-score.ts'
import { scoreCorrespondence } from './score-correspondence.ts'

const header = 'number iso_date date_qualifier date_bound addressee signer'.split(' ')
const row = (cells: string[]): Record<string, string> =>
  Object.fromEntries(header.map((n, i) => [n, cells[i] ?? '']))

function edition(): SourceEdition {
  const documents = [
    { id: 'doc:1', type: 'letter', number: '1' },
    { id: 'doc:2', type: 'telegram', number: '2' },
    { id: 'doc:3', type: 'appendix-document', number: 'A1', author: undefined },
  ]
  const facts = [
    {
      type: 'correspondence',
      subject: 'doc:1',
      start: { text: '12 July 1925', iso: '1925-07-12' },
      attributes: {
        signer: 'J. Stalin',
        sender: 'person:stalin-i-v',
        addressees: ['person:molotov-v-m'],
        addresseesPrinted: ['Molotov'],
        dateQualifier: 'exact',
      },
    },
    {
      type: 'correspondence',
      subject: 'doc:2',
      attributes: {
        signer: 'Molotov. Bukharin.',
        sender: 'person:molotov-v-m',
        senders: ['person:molotov-v-m', 'person:bukharin-n-i'],
        addressees: [],
        addresseesPrinted: ['Stalin'],
        dateQualifier: 'before',
        dateBound: '1926-06',
      },
    },
    {
      type: 'correspondence',
      subject: 'doc:3',
      attributes: {
        sender: 'person:lenin-v-i',
        addressees: [],
        addresseesPrinted: [],
        dateQualifier: 'undetermined',
      },
    },
  ]
  const entities = [{ id: 'person:stalin-i-v', name: 'Stalin, Iosif Vissarionovich', variants: ['Koba'] }]
  return { source: { name: '001_test.txt' }, documents, facts, entities } as unknown as SourceEdition
}

describe('scoreCorrespondence', () => {
  it('compares sender and addressees by surname and the date by ISO form or qualifier and bound', () => {
    const gold: GoldTable = {
      name: 'letters-001.tsv',
      rows: [
        row(['1', '1925-07-12', 'exact', '', 'Molotov', 'J. Stalin']),
        row(['2', '', 'before', '1926-06', 'Stalin', 'Molotov. Bukharin.']),
        row(['A1', '', 'undetermined', '', 'Party Congress (not printed)', '(Lenin; not printed)']),
        row(['9', '1930', 'year', '', 'Molotov', 'J. Stalin']),
      ],
    }
    const score = scoreCorrespondence(gold, [edition()])
    assert.equal(score.counts.found, 3)
    assert.equal(score.metrics.facts_found, 0.75)
    assert.equal(score.metrics.sender_accuracy, 0.75)
    assert.equal(score.metrics.date_accuracy, 0.75)
    assert.equal(score.metrics.addressees_accuracy, 0.5)
    assert.equal(score.metrics.field_accuracy, 8 / 12)
    assert.ok(score.misses.some((m) => m.startsWith('letter A1 addressees')))
    assert.ok(score.misses.some((m) => m.startsWith('letter 9: expected a correspondence fact')))
  })
})
