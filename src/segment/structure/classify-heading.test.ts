import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { classifyHeading, readContents } from './classify-heading.ts'

describe('classifyHeading', () => {
  const SPEC: readonly [string, string, string?][] = [
    ['Letter 12', 'item', '12'],
    ['Telegram 3', 'item', '3'],
    ['Document 7a', 'item', '7a'],
    ['1925', 'chapter'],
    ['1931–1936', 'chapter'],
    ['Introduction', 'chapter'],
    ['CHAPTER TWO 1926', 'chapter'],
    ['Letters with Undetermined Dates', 'chapter'],
    ['2. The “Building Socialism” in the early 1920s', 'chapter'],
    ['Glossary of Names', 'glossary'],
    ['Index', 'index'],
    ['Contents', 'front-matter'],
    ['Foreword', 'front-matter'],
    ['Note on the Documents and the Narrative', 'front-matter'],
    ['Appendix: The Eastman Affair', 'appendix'],
    ['PART II', 'part'],
    ['Stalin at Work', 'section'],
    ['Introduction to the Baku Letter', 'section'],
  ]
  for (const [title, kind, number] of SPEC) {
    it(`classifies "${title}" as ${kind}`, () => {
      const c = classifyHeading(title)
      assert.equal(c.kind, kind)
      if (number !== undefined) assert.equal('number' in c ? c.number : undefined, number)
    })
  }
})

describe('readContents', () => {
  it('reads titles and appendices, dropping page numbers, authors and HTML', () => {
    const contents = readContents(
      'Foreword, <i>R. Tucker</i>\tvii\nAppendix: The Eastman Affair\t241\nIndex\t269',
    )
    assert.ok(contents.titles.has('foreword'))
    assert.ok(contents.appendices.has('the eastman affair'))
    assert.ok(contents.titles.has('index'))
  })
})
