import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type ParsedDate, parseEditorialDate } from './parse-editorial-date.ts'

/** Editorial date forms of letter editions (corpus-001 §6.2) and made-up ones in the same conventions. */
const SPEC: readonly [string, ParsedDate][] = [
  ['12 July 1925', { iso: '1925-07-12', qualifier: 'exact' }],
  ['July 1925', { iso: '1925-07', qualifier: 'month' }],
  ['Early July 1927', { iso: '1927-07', qualifier: 'month' }],
  ['1925', { iso: '1925', qualifier: 'year' }],
  ['Later than 1 August 1925', { qualifier: 'after', bound: '1925-08-01' }],
  ['earlier than 17 November 1929', { qualifier: 'before', bound: '1929-11-17' }],
  ['No earlier than 6 August 1930', { qualifier: 'no_earlier_than', bound: '1930-08-06' }],
  ['No later than 15 September 1930', { qualifier: 'no_later_than', bound: '1930-09-15' }],
  ['before March 1931', { qualifier: 'before', bound: '1931-03' }],
  ['1932, before June 1932', { iso: '1932', qualifier: 'before', bound: '1932-06' }],
  [
    'Late August–Early September 1930',
    { iso: '1930', isoEnd: '1930-09', qualifier: 'range', bound: '1930-08/1930-09' },
  ],
  // Made up: other wordings of the same conventions.
  ['Not earlier than 3 March 1918', { qualifier: 'no_earlier_than', bound: '1918-03-03' }],
  ['After 2 May 1941', { qualifier: 'after', bound: '1941-05-02' }],
  [
    'Between 3 and 9 May 1921',
    { iso: '1921-05', isoEnd: '1921-05-09', qualifier: 'range', bound: '1921-05-03/1921-05-09' },
  ],
  ['March 4, 1919', { iso: '1919-03-04', qualifier: 'exact' }],
  ['Date unknown', { qualifier: 'undetermined' }],
]

describe('parseEditorialDate', () => {
  for (const [input, expected] of SPEC) {
    it(`reads "${input}"`, () => assert.deepEqual(parseEditorialDate(input), expected))
  }
})
