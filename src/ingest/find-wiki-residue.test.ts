import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits } from './apply-edits.ts'
import { findWikiResidue } from './find-wiki-residue.ts'
import { splitLines } from './split-lines.ts'

const clean = (text: string) => applyEdits(text, findWikiResidue(text, splitLines(text))).text

describe('findWikiResidue', () => {
  it('removes the page chrome and the edit links of a Marxists-en copy', () => {
    const page =
      'Alarm Signal!\n\nFrom Marxists-en\nJump to navigation Jump to search\n\nPART I[edit source]\n\nOne would be a coward.'
    assert.equal(clean(page), 'Alarm Signal!\n\n\nPART I\n\nOne would be a coward.')
  })

  it('removes categories, "Retrieved from" and the navigation menus of another wiki', () => {
    const page =
      'Crop rotation\n\nFrom Farmpedia\n\nHistory [edit]\n\nFields rest.\n\nRetrieved from "https://farm.example/Crop"\nCategories: Farming\nNavigation menu\nPersonal tools\nLog in\nPrintable version'
    assert.equal(clean(page), 'Crop rotation\n\n\nHistory\n\nFields rest.\n\n')
  })

  it('keeps a "From …" sentence in the body', () => {
    const page = 'Title\n\nFrom Marxists-en\n\n1\n\n2\n\n3\n\nFrom Moscow'
    assert.match(clean(page), /From Moscow$/)
  })
})
