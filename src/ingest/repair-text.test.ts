import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { repairText } from './repair-text.ts'

describe('repairText', () => {
  it('repairs hard-wrapped OCR text: page numbers, running heads and hyphens', () => {
    const lines = Array.from(
      { length: 12 },
      (_, i) => `line ${i} of a printed page with words that continue`,
    ).join('\n')
    const text = `${lines} and devel-\n\n\n\n12\n\nopment of the farms\nwent on.\n`
    const repaired = repairText(text, 'plain-text')
    assert.match(repaired.text, /and development\nof the farms\nwent on\.\n$/)
    assert.deepEqual(
      repaired.removals.map((removal) => removal.reason),
      ['line-break-hyphen', 'page-number', 'line-break-hyphen'],
    )
  })

  it('only removes wiki residue from wiki copies', () => {
    const page = 'Title\n\nFrom Farmpedia\n\nHistory[edit]\n\nText.'
    assert.equal(repairText(page, 'wiki').text, 'Title\n\n\nHistory\n\nText.')
    assert.equal(repairText(page, 'markdown').text, page)
  })
})
