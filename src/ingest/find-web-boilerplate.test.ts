import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits } from './apply-edits.ts'
import { findWebBoilerplate } from './find-web-boilerplate.ts'
import { splitLines } from './split-lines.ts'

const clean = (text: string) => applyEdits(text, findWebBoilerplate(text, splitLines(text))).text

describe('findWebBoilerplate', () => {
  it('removes a contact notice and a bare site link at the end', () => {
    const page =
      'seizure of power.\n\n\n\nTo contact the WSWS and the\nSocialist Equality Party visit:\n\nwsws.org/contact'
    assert.equal(clean(page), 'seizure of power.\n')
  })

  it('removes copyright and subscription lines of another site', () => {
    const page =
      'The harvest was good.\n\nSubscribe to our newsletter\n\nhttps://farm.example/subscribe\n\n© 2024 Farm News. All rights reserved.\n'
    assert.equal(clean(page), 'The harvest was good.\n')
  })

  it('keeps a last paragraph of content', () => {
    const page = 'Text.\n\n[31] Trotsky is again referring to Zinoviev and Kamenev.'
    assert.equal(clean(page), page)
  })
})
