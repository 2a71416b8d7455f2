import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSectionLines } from '../glossary/section-lines.ts'
import { splitIndexEntries } from './split-index-entries.ts'

const split = (text: string) =>
  splitIndexEntries(splitSectionLines(text, { start: 0, end: text.length })).map((e) => e.text)

describe('splitIndexEntries', () => {
  it('reads one entry a line in list and paragraph layouts', () => {
    const text =
      '- Absenteeism, 220\n- Advisers, to Chinese Communist Party, 142\n\n- Imports, 201, 228  \n Inflation, 57  \n*Izvestiia*, 215  \n'
    assert.deepEqual(split(text), [
      'Absenteeism, 220',
      'Advisers, to Chinese Communist Party, 142',
      'Imports, 201, 228',
      'Inflation, 57',
      '*Izvestiia*, 215',
    ])
  })

  it('joins a page break marked by a "(continued)" running head', () => {
    const text =
      '- Bukharin, N. I., 7–8, 34, 138,\n\n- Bukharin, N. I. (*continued*)  \n 168, 173; Lenin on, 242, 243\n- Bukharin group, 148-50'
    assert.deepEqual(split(text), [
      'Bukharin, N. I., 7–8, 34, 138, 168, 173; Lenin on, 242, 243',
      'Bukharin group, 148-50',
    ])
  })

  it('joins lines after a trailing semicolon or comma and a continuation disguised as a list item', () => {
    const text =
      "- Eastman affair, 5, 18–24;  \n*Bolshevik*, Trotsky's letter in, 21–22;  \n Inkpin's letter, 71\n- Dzerzhinskii, F. Ye.: Politburo, membership in,\n\n- 116; Supreme Economic Council, 88"
    assert.deepEqual(split(text), [
      "Eastman affair, 5, 18–24; *Bolshevik*, Trotsky's letter in, 21–22; Inkpin's letter, 71",
      'Dzerzhinskii, F. Ye.: Politburo, membership in, 116; Supreme Economic Council, 88',
    ])
  })

  it('takes an indented lower-case line as a sub-entry of the entry above (made-up indented index)', () => {
    assert.deepEqual(split('Navy, 12\n   mutiny in, 45\nNorway, 3'), ['Navy, 12 mutiny in, 45', 'Norway, 3'])
  })
})
