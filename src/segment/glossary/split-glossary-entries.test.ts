import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSectionLines } from './section-lines.ts'
import { splitGlossaryEntries } from './split-glossary-entries.ts'

const split = (text: string) => splitGlossaryEntries(splitSectionLines(text, { start: 0, end: text.length }))

describe('splitGlossaryEntries', () => {
  it('skips the preamble and splits bold paragraphs and broken bullets', () => {
    const text = [
      'The term *repressed* indicates that the person was expelled.',
      '',
      '**Alekseev, P. A.** (1893–1939). Party member from 1914.',
      '',
      '- Antselovich, N. M.** (1888–1952). Party member from 1905.',
      '- Aralov, S. I.** (1880–1969). Party member from 1918.',
    ].join('\n')
    const { entries, stray } = split(text)
    assert.deepEqual(
      entries.map((entry) => entry.text.slice(0, 12)),
      ['**Alekseev, ', 'Antselovich,', 'Aralov, S. I'],
    )
    assert.deepEqual(stray, [])
  })

  it('joins a page-break continuation disguised as a list item, mending a hyphenated word', () => {
    const text = [
      '- Unshlikht, I. S.** (1879–1938). Deputy chairman of Revolu-',
      '',
      '- tionary Military Council, 1925–30. Repressed.',
      '- Vaganian.** See Ter-Vaganian, V. A.',
    ].join('\n')
    const { entries } = split(text)
    assert.equal(entries.length, 2)
    assert.equal(
      entries[0]?.text,
      'Unshlikht, I. S.** (1879–1938). Deputy chairman of Revolutionary Military Council, 1925–30. Repressed.',
    )
    assert.equal(entries[0]?.continuationCount, 1)
    assert.equal(text.slice(entries[0]?.span.start, entries[0]?.span.end).endsWith('Repressed.'), true)
  })

  it('continues an entry whose sentence was cut by a page break', () => {
    const text = [
      '**Smilga, I. T.** (1892–1938). Deputy chairman of Gosplan,',
      '',
      'autumn 1923. Repressed.',
    ].join('\n')
    assert.equal(split(text).entries[0]?.text.endsWith('Gosplan, autumn 1923. Repressed.'), true)
  })

  it('reports a paragraph that neither starts nor continues an entry', () => {
    const text = ['**Smith, John** (1890–1950). Printer.', '', 'Photographs follow on the next pages.'].join(
      '\n',
    )
    const { entries, stray } = split(text)
    assert.equal(entries.length, 1)
    assert.equal(stray[0]?.text, 'Photographs follow on the next pages.')
  })

  it('reads an entry without bold when its name stands before its dates', () => {
    const text = ['Jones, Mary (1850–1920). Suffragist.', 'Smith, John (b. 1890). Printer.'].join('\n')
    assert.equal(split(text).entries.length, 2)
  })
})
