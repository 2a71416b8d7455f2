import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseGlossaryEntry, tidyName } from './parse-glossary-entry.ts'

/** Spec table: entry text → expected fields (real excerpts first, then made-up entries in the same conventions). */
const SPEC: readonly { input: string; expected: Record<string, unknown> }[] = [
  {
    input: '**Akhundov, Rukhulla Ali ogly** (1897–1938). Party member from 1919. Repressed.',
    expected: {
      name: 'Akhundov, Rukhulla Ali ogly',
      birthYear: '1897',
      deathYear: '1938',
      aliases: [],
      description: 'Party member from 1919. Repressed.',
    },
  },
  {
    input: 'Antselovich, N. M.** (1888–1952). Party member from 1905.',
    expected: {
      nameAsPrinted: 'Antselovich, N. M.',
      name: 'Antselovich, N. M.',
      datesAsPrinted: '1888–1952',
      nameMarkup: 'broken-bold',
    },
  },
  {
    input: '**Amas (real name: Amirbekov), A. S.** (1904–1937?). Party member from 1917.',
    expected: {
      name: 'Amas, A. S.',
      aliases: [{ label: 'real name', name: 'Amirbekov' }],
      deathYear: '1937?',
    },
  },
  {
    input: 'Lomov, G. I. (real name: Oppokov)** (1888–1938). Party member from 1903.',
    expected: {
      nameAsPrinted: 'Lomov, G. I. (real name: Oppokov)',
      name: 'Lomov, G. I.',
      aliases: [{ label: 'real name', name: 'Oppokov' }],
    },
  },
  {
    input: 'Bazarov, V.** (real name: V. A. Rudnev) (1874–1939). Philosopher and economist.',
    expected: {
      name: 'Bazarov, V.',
      aliases: [{ label: 'real name', name: 'V. A. Rudnev' }],
      birthYear: '1874',
    },
  },
  {
    input: 'Krumin, G. I.** (real name: **Kruminsh**) (1894–1943). Party member from 1909.',
    expected: { aliases: [{ label: 'real name', name: 'Kruminsh' }], deathYear: '1943' },
  },
  {
    input: 'Lukashin** (real name: Srapionian), S. L. First secretary of Central Committee, 1921.',
    expected: {
      nameAsPrinted: 'Lukashin',
      name: 'Lukashin, S. L.',
      description: 'First secretary of Central Committee, 1921.',
    },
  },
  {
    input: 'Artak (Astamboltsian), A. A.** (1895–?). Party member from 1916.',
    expected: {
      name: 'Artak, A. A.',
      aliases: [{ label: 'alias', name: 'Astamboltsian' }],
      birthYear: '1895',
      deathYear: '?',
    },
  },
  {
    input: 'Ordzhonikidze, G. K.** (Party pseudonym: *Sergo*) (1886–1937). Party member from 1903.',
    expected: { aliases: [{ label: 'Party pseudonym', name: 'Sergo' }] },
  },
  {
    input: 'Kulikov, Ye. F.** (1891–1937 ?). Repressed.',
    expected: { deathYear: '1937 ?', datesAsPrinted: '1891–1937 ?' },
  },
  {
    input: 'Kuznetsov, S. M.** (1891– ?). Collegium member.',
    expected: { birthYear: '1891', deathYear: '?' },
  },
  {
    input: 'Popov, N. N.** (1890/91–1938). Party member from 1919.',
    expected: { birthYear: '1890/91', deathYear: '1938' },
  },
  {
    input: 'Chernyi, V. N.** (1891-?). Party member from 1918.',
    expected: { birthYear: '1891', deathYear: '?', datesAsPrinted: '1891-?' },
  },
  {
    input: 'Chang Hsueh-liang.** (1901–?). De facto ruler of Manchuria.',
    expected: { name: 'Chang Hsueh-liang' },
  },
  {
    input: 'Deterding, Sir Henri.** Head of Royal Dutch Shell, a British-Dutch oil trust.',
    expected: {
      name: 'Deterding, Sir Henri',
      entryType: 'person',
      description: 'Head of Royal Dutch Shell, a British-Dutch oil trust.',
    },
  },
  {
    input: 'Grisha.** See Zinoviev, G. Ye.',
    expected: { name: 'Grisha', entryType: 'cross-reference', see: 'Zinoviev, G. Ye.' },
  },
  {
    input: 'Koba.** Nickname for Stalin.',
    expected: { name: 'Koba', entryType: 'cross-reference', see: 'Stalin' },
  },
  // Made-up entries in the same conventions, written differently.
  {
    input: '**Smith, John** (b. 1890). Printer.',
    expected: { name: 'Smith, John', birthYear: '1890', deathYear: undefined },
  },
  { input: '**Brown, A.** (d. 1921?). Sailor.', expected: { deathYear: '1921?', birthYear: undefined } },
  {
    input: 'Jones, Mary (1850–1920). Suffragist.',
    expected: { name: 'Jones, Mary', nameMarkup: 'none', birthYear: '1850' },
  },
  { input: '**Tito.** *See* Broz, Josip.', expected: { entryType: 'cross-reference', see: 'Broz, Josip' } },
  {
    input: '**Ulyanov (pseudonym: Lenin), V. I.** (1870–1924). Founder.',
    expected: { name: 'Ulyanov, V. I.', aliases: [{ label: 'pseudonym', name: 'Lenin' }] },
  },
]

describe('parseGlossaryEntry', () => {
  for (const { input, expected } of SPEC) {
    it(`reads ${JSON.stringify(input.slice(0, 50))}`, () => {
      const fields = parseGlossaryEntry(input) as Record<string, unknown> | undefined
      assert.ok(fields !== undefined)
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(fields[key], value, key)
    })
  }

  it('finds no entry in a sentence without a name', () => {
    assert.equal(parseGlossaryEntry('the fall at his villa on the Black Sea coast.'), undefined)
  })
})

describe('tidyName', () => {
  it('keeps the period of a final initial and drops any other final period', () => {
    assert.equal(tidyName('Bazarov, V.'), 'Bazarov, V.')
    assert.equal(tidyName('Oudegeest, Jan.'), 'Oudegeest, Jan')
    assert.equal(tidyName('Kovalev.'), 'Kovalev')
  })
})
