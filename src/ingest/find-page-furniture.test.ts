import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findPageFurniture } from './find-page-furniture.ts'
import { splitLines } from './split-lines.ts'

const reasons = (text: string) =>
  findPageFurniture(text, splitLines(text)).map((edit) => [edit.reason, text.slice(edit.start, edit.end)])

describe('findPageFurniture', () => {
  it('finds a running head with its page number at a page break', () => {
    const text =
      'to its expansion, its devel-\n\n\n\n34 The NEP Era: Soviet Russia 1921-1928\n\nopment, to the employment'
    assert.deepEqual(reasons(text), [['running-header', '34 The NEP Era: Soviet Russia 1921-1928\n']])
  })

  it('finds bare page numbers between blank lines', () => {
    assert.deepEqual(reasons('the harvest\n\n- 12 -\n\nwas late'), [['page-number', '- 12 -\n']])
  })

  it('finds short lines repeated at page breaks, whatever their page numbers', () => {
    const page = (n: number) =>
      `${'body line that runs on and on\n'.repeat(16)}the text is cut off and\n\nFARM NEWS ${n}\n\n`
    const found = reasons(page(1) + page(2) + page(3))
    assert.equal(found.length, 3)
    assert.ok(found.every(([reason]) => reason === 'running-header'))
  })

  it('keeps headings, note lines and repeated signatures', () => {
    const letter = (n: number) =>
      `${'Dear comrade, text of the letter.\n'.repeat(16)}Regards.\n\nJ. Stalin\n\n9. A note ${n}.\n\nConclusion\n\n`
    assert.deepEqual(reasons(letter(1) + letter(2) + letter(3)), [])
  })
})
