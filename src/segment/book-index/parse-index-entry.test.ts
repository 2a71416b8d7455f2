import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseIndexEntry } from './parse-index-entry.ts'

const format = (locators: readonly { page: string; pageEnd?: string; note?: string }[]) =>
  locators.map(
    (l) =>
      `${l.page}${l.pageEnd === undefined ? '' : `–${l.pageEnd}`}${l.note === undefined ? '' : `n${l.note}`}`,
  )

/** Spec table: entry text → heading, main locators, sub-entries (text: locators), see, see also. */
const SPEC: readonly {
  input: string
  heading: string
  locators?: string[]
  subentries?: string[]
  see?: string[]
  seeAlso?: string[]
}[] = [
  { input: 'Amosov, A. M., 216, 217<sup>n4</sup>', heading: 'Amosov, A. M.', locators: ['216', '217n4'] },
  {
    input: 'Azerbaidzhan, 104<sup>nn2,3</sup>, 167–68',
    heading: 'Azerbaidzhan',
    locators: ['104n2,3', '167–168'],
  },
  {
    input: 'Advisers, to Chinese Communist Party, 142',
    heading: 'Advisers, to Chinese Communist Party',
    locators: ['142'],
  },
  { input: 'Constitution of 1936, 9, 238', heading: 'Constitution of 1936', locators: ['9', '238'] },
  {
    input: 'Eismont, N. B., 147, 148, 175, 221<sub>n4</sub>, 226',
    heading: 'Eismont, N. B.',
    locators: ['147', '148', '175', '221n4', '226'],
  },
  { input: 'Piatakov, G. L., 8, 211*nn*1,2', heading: 'Piatakov, G. L.', locators: ['8', '211n1,2'] },
  {
    input: 'Bukharin group, 148-50, 155-61, 184, 227',
    heading: 'Bukharin group',
    locators: ['148–150', '155–161', '184', '227'],
  },
  {
    input: 'Agriculture, 85, 233<sup>n2</sup>, 234, 235. *See also* Collectivization',
    heading: 'Agriculture',
    locators: ['85', '233n2', '234', '235'],
    seeAlso: ['Collectivization'],
  },
  {
    input: 'Amtorg. *See* American Trading Corporation',
    heading: 'Amtorg',
    see: ['American Trading Corporation'],
  },
  { input: '*Vydvizhenie*. See Upward mobility', heading: 'Vydvizhenie', see: ['Upward mobility'] },
  { input: 'Klim. *See* Voroshilov, K. Ye.', heading: 'Klim', see: ['Voroshilov, K. Ye.'] },
  {
    input: 'China: agrarian reform in, 31; nonaggression pact with, 229. *See also* Kuomintang; Manchuria',
    heading: 'China',
    subentries: ['agrarian reform in: 31', 'nonaggression pact with: 229'],
    seeAlso: ['Kuomintang', 'Manchuria'],
  },
  {
    input:
      "Bolshevik*: Kamenev's telegram to Great Prince Mikhail Romanov and, 102–3; Krupskaya's letter, 22, 83",
    heading: 'Bolshevik',
    subentries: [
      "Kamenev's telegram to Great Prince Mikhail Romanov and: 102–103",
      "Krupskaya's letter: 22, 83",
    ],
  },
  {
    input: 'Since Lenin Died* (Eastman). *See* Eastman affair',
    heading: 'Since Lenin Died (Eastman)',
    see: ['Eastman affair'],
  },
  {
    input: 'Heavy industry, 235; Commissariat of, 233<sub>n2</sub>',
    heading: 'Heavy industry',
    locators: ['235'],
    subentries: ['Commissariat of: 233n2'],
  },
  {
    input:
      'Trotsky, L. D.: Rykov on, 25. *See also* Dneprostroi project; *Lev Trotsky: Portrait of a Youth* (Eastman)',
    heading: 'Trotsky, L. D.',
    subentries: ['Rykov on: 25'],
    seeAlso: ['Dneprostroi project', 'Lev Trotsky: Portrait of a Youth (Eastman)'],
  },
  // Made-up entries in the same conventions, written differently.
  { input: 'Preface, xiii–xv, 3', heading: 'Preface', locators: ['xiii–xv', '3'] },
  { input: 'Smith, John, 12 n. 4, 101-3', heading: 'Smith, John', locators: ['12n4', '101–103'] },
  { input: 'Navy. See Fleet; Ships', heading: 'Navy', see: ['Fleet', 'Ships'] },
  { input: 'Kviring, Ye. I. *See* Kviring, Er. I.', heading: 'Kviring, Ye. I.', see: ['Kviring, Er. I.'] },
  {
    input: 'Stalin, Josef: on Zinoviev, 27. *See also* Leadership theory of Stalin',
    heading: 'Stalin, Josef',
    subentries: ['on Zinoviev: 27'],
    seeAlso: ['Leadership theory of Stalin'],
  },
]

describe('parseIndexEntry', () => {
  for (const spec of SPEC) {
    it(`reads ${JSON.stringify(spec.input.slice(0, 50))}`, () => {
      const fields = parseIndexEntry(spec.input)
      assert.ok(fields !== undefined)
      assert.equal(fields.heading, spec.heading)
      assert.deepEqual(format(fields.locators), spec.locators ?? [])
      assert.deepEqual(
        fields.subentries.map((s) => `${s.text}: ${format(s.locators).join(', ')}`),
        spec.subentries ?? [],
      )
      assert.deepEqual(fields.see, spec.see ?? [])
      assert.deepEqual(fields.seeAlso, spec.seeAlso ?? [])
    })
  }

  it('finds no entry in a caption without locators', () => {
    assert.equal(parseIndexEntry('Molotov and Stalin'), undefined)
  })

  it('keeps the heading as printed, markup and all', () => {
    assert.equal(parseIndexEntry('*Izvestiia*, 215')?.headingAsPrinted, '*Izvestiia*')
    assert.equal(parseIndexEntry('Chistka*, 50')?.headingAsPrinted, 'Chistka*')
    assert.equal(parseIndexEntry('Bukharin, N. I., 7–8, 34')?.headingAsPrinted, 'Bukharin, N. I.')
    assert.equal(parseIndexEntry('Amtorg. *See* American Trading Corporation')?.headingAsPrinted, 'Amtorg')
  })
})
