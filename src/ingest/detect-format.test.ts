import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { detectFormat } from './detect-format.ts'
import { findTitle } from './find-title.ts'

describe('detectFormat', () => {
  it('detects an HTML page by its doctype or its block tags', () => {
    assert.equal(detectFormat('<!DOCTYPE html>\n<title>x</title>'), 'html')
    assert.equal(detectFormat('<div><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p></div>'.repeat(2)), 'html')
  })

  it('detects a copied MediaWiki page by its residue', () => {
    const page =
      'Alarm Signal!\n\nFrom Marxists-en\nJump to navigation Jump to search\n\nPART I[edit source]\n\nOne would be a coward.'
    assert.equal(detectFormat(page), 'wiki')
    assert.equal(
      detectFormat('Harvest report\n\nFrom Farmpedia\n\nYields[edit]\n\nGood.\n\nRetrieved from "x"'),
      'wiki',
    )
  })

  it('detects Markdown by headings, bold spans and note references', () => {
    assert.equal(
      detectFormat('## 2. The Building\n\nText<sup>18</sup>, more<sup>19</sup>.\n\n### NEP\n'),
      'markdown',
    )
    assert.equal(detectFormat('**lack of knowledge of the** party.^[28] More.^[29] **bold**'), 'markdown')
  })

  it('falls back to plain text for OCR output, even with numbered note lines', () => {
    const ocr =
      '  Background\n\nLev Trotskii had begun to criticize his rivals\n\n9. “We” probably refers to himself.\n\n* I offer many thanks\n'
    assert.equal(detectFormat(ocr), 'plain-text')
  })
})

describe('findTitle', () => {
  it('takes the first heading of a Markdown text, without markup', () => {
    assert.equal(findTitle('\n\n## **The Events of 1923**\n\n# Later', 'markdown'), 'The Events of 1923')
  })

  it('takes the first short non-empty line otherwise', () => {
    assert.equal(findTitle('\n  Background\n\nLev Trotskii…', 'plain-text'), 'Background')
    assert.equal(findTitle(`${'x'.repeat(200)}\nShort`, 'plain-text'), 'Short')
  })
})
