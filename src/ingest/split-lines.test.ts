import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isBlankLine, lineText, splitLines } from './split-lines.ts'

describe('splitLines', () => {
  it('splits on LF and keeps an unterminated last line', () => {
    const text = 'To contact\n \nwsws.org/contact'
    const lines = splitLines(text)
    assert.deepEqual(lines, [
      { start: 0, end: 10 },
      { start: 11, end: 12 },
      { start: 13, end: 29 },
    ])
    assert.equal(isBlankLine(text, lines[1] as (typeof lines)[number]), true)
    assert.equal(lineText(text, lines[2] as (typeof lines)[number]), 'wsws.org/contact')
  })
})
