import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { CORPUS_DIR, runFond } from './run-fond.ts'

const BAKU = '000_5132bd896dbc28cd.txt'
const BOOK = '001_0c8b7f66ce1cab8e.txt'

interface ListedPassage {
  readonly file: string
  readonly document: string
  readonly start: number
  readonly end: number
  readonly lines: { readonly start: number; readonly end: number }
  readonly quote: { readonly exact: string }
}
interface ListedPair {
  readonly id: string
  readonly score: number
  readonly rule: string
  readonly a: ListedPassage
  readonly b: ListedPassage
}

/** The four passages of the Baku letter that the plenum speech quotes in another translation (corpus notes §1.4). */
const QUOTED = [
  { from: 508, to: 515 },
  { from: 517, to: 520 },
  { from: 556, to: 557 },
  { from: 624, to: 629 },
]

describe('text reuse in the corpus', { skip: !existsSync(join(CORPUS_DIR, BAKU)) }, () => {
  it('finds the Baku letter quoted in another translation in the letters book, listed on both documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fond-reuse-'))
    try {
      const db = join(dir, 'edition.db')
      assert.equal(runFond(['--db', db, 'import', CORPUS_DIR]).code, 0)
      const all = JSON.parse(runFond(['--db', db, 'reuse', '--json']).stdout) as ListedPair[]
      const across = all.filter((p) => p.a.file !== p.b.file)
      console.log(`reuse on the corpus: ${all.length} pairs, ${across.length} across sources`)
      assert.ok(all.length <= 120, `${all.length} pairs`)
      assert.ok(across.length <= 5, `${across.length} pairs across sources`)
      const listedAcross = JSON.parse(
        runFond(['--db', db, 'reuse', '--across', '--json']).stdout,
      ) as ListedPair[]
      assert.deepEqual(listedAcross, across, '--across lists exactly the pairs between two sources')
      const baku = across.filter((p) => [p.a.file, p.b.file].sort().join() === [BAKU, BOOK].join())
      const letterSide = (p: ListedPair) => (p.a.file === BAKU ? p.a : p.b)
      const bookSide = (p: ListedPair) => (p.a.file === BAKU ? p.b : p.a)
      for (const { from, to } of QUOTED) {
        const covering = baku.filter(
          (p) => letterSide(p).lines.start <= to && letterSide(p).lines.end >= from,
        )
        assert.ok(covering.length > 0, `no pair covers lines ${from}–${to} of the Baku letter`)
      }
      for (const pair of baku) {
        assert.equal(pair.rule, 'collate/reuse:paraphrase')
        assert.ok(bookSide(pair).lines.start <= 1668 && bookSide(pair).lines.end >= 1668)
        assert.match(bookSide(pair).quote.exact, /\w/)
      }
      const letter = letterSide(baku[0] as ListedPair).document
      const note = bookSide(baku[0] as ListedPair).document
      const onLetter = JSON.parse(runFond(['--db', db, 'reuse', '--document', letter, '--json']).stdout)
      const onNote = JSON.parse(runFond(['--db', db, 'reuse', '--document', note, '--json']).stdout)
      assert.ok(onLetter.some((p: ListedPair) => p.a.document === note || p.b.document === note))
      assert.ok(onNote.some((p: ListedPair) => p.a.document === letter || p.b.document === letter))
      assert.equal(runFond(['--db', db, 'reuse', '--document', 'doc:nothing']).code, 3)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
