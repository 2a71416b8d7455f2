import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { terminalSnippet } from './search.ts'

describe('terminalSnippet', () => {
  it('puts each match between brackets and prints escaped characters as they are', () => {
    assert.equal(
      terminalSnippet(' …Com. <mark>Molotov</mark> &#38; <mark>&#60;b&#62;</mark>… '),
      '…Com. [Molotov] & [<b>]…',
    )
  })

  it('leaves a "<mark>" printed in the text as printed', () => {
    assert.equal(terminalSnippet('&#60;mark&#62; and &#38;#60;'), '<mark> and &#60;')
  })
})
