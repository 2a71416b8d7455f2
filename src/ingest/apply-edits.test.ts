import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits } from './apply-edits.ts'

describe('applyEdits', () => {
  it('applies edits in order, records removals and maps back', () => {
    const input = 'he at-\ntacked the party'
    const result = applyEdits(input, [
      { start: 13, end: 14, text: '\n' },
      { start: 5, end: 7, text: '', reason: 'line-break-hyphen' },
    ])
    assert.equal(result.text, 'he attacked\nthe party')
    assert.deepEqual(result.removals, [{ reason: 'line-break-hyphen', span: { start: 5, end: 7 } }])
    assert.equal(input.slice(result.map.toRaw(result.text.indexOf('the'))), 'the party')
  })

  it('ignores an edit that overlaps an earlier one and merges touching removals', () => {
    const result = applyEdits('a\n\n\nb', [
      { start: 1, end: 3, text: '', reason: 'blank-lines' },
      { start: 2, end: 4, text: 'x' },
      { start: 3, end: 4, text: '', reason: 'blank-lines' },
    ])
    assert.equal(result.text, 'ab')
    assert.deepEqual(result.removals, [{ reason: 'blank-lines', span: { start: 1, end: 4 } }])
  })
})
