import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Fact } from '../../src/core/index.ts'
import { BUNDLED_AUTHORITY_DIR, loadAuthority, readSourceFile } from '../../src/importer/index.ts'
import { runPipeline } from '../../src/pipeline/index.ts'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const authority = existsSync(CORPUS) ? loadAuthority([BUNDLED_AUTHORITY_DIR]) : []

/** The facts and text of the corpus file whose name starts with the number. */
function run(number: string): { facts: readonly Fact[]; text: string } {
  const name = readdirSync(CORPUS).find((file) => file.startsWith(`${number}_`))
  assert.ok(name, `no corpus file ${number}`)
  const result = runPipeline(readSourceFile(join(CORPUS, name)), { authority })
  return { facts: result.facts ?? [], text: result.text?.text ?? '' }
}

const quotes = (fact: Fact, text: string) => fact.evidence.map((e) => text.slice(e.span.start, e.span.end))

describe('conflicts of issue 4 in the corpus', {
  skip: existsSync(CORPUS) ? false : 'the shared corpus is not beside the project',
}, () => {
  const book = run('001')

  it('keeps both dates of the forming of the "seven", each with its passage', () => {
    const formed = book.facts.filter(
      (f) => f.predicate === 'formed' && f.attributes?.conflict === 'conflicting-dates',
    )
    const isos = formed.map((f) => f.start?.iso)
    assert.ok(isos.includes('1923') && isos.includes('1924-08'), `found ${isos.join(', ')}`)
    assert.equal(new Set(formed.map((f) => f.subject)).size, 1)
    const passages = formed.flatMap((f) => quotes(f, book.text))
    assert.ok(passages.some((q) => /end of 1923/.test(q) && /semerka/.test(q)))
    assert.ok(passages.some((q) => /August 1924/.test(q) && /seven/.test(q)))
  })

  it('keeps the header and sign-off dates of a letter that disagree, with both passages', () => {
    const conflicts = book.facts.filter(
      (f) => f.type === 'correspondence' && f.attributes?.conflict === 'conflicting-dates',
    )
    const letter = conflicts.find((f) => f.attributes?.number === '20')
    assert.ok(letter, 'letter 20 is not marked')
    const passages = quotes(letter, book.text)
    assert.ok(passages.includes(String(letter.attributes?.headerDate)))
    assert.ok(passages.includes(String(letter.attributes?.signoffDate)))
  })

  it('keeps the letter headed 24 October and signed 23 October, with both passages', () => {
    const { facts, text } = run('002')
    const letter = facts.find(
      (f) => f.type === 'correspondence' && f.attributes?.conflict === 'conflicting-dates',
    )
    assert.ok(letter, 'no letter marked')
    assert.equal(letter.attributes?.headerDate, '24 October 1923')
    assert.equal(letter.attributes?.signoffDate, '23 October 1923')
    const passages = quotes(letter, text)
    assert.ok(passages.includes('24 October 1923') && passages.includes('23 October 1923'))
  })

  it('reads a correspondence fact for every numbered item of the letters book', () => {
    const numbered = book.facts.filter(
      (f) => f.type === 'correspondence' && f.attributes?.number !== undefined,
    )
    assert.ok(numbered.length >= 89, `only ${numbered.length}`)
  })
})
