import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import {
  type Apparatus,
  collate,
  type RebuiltWitnesses,
  reconstructWitnesses,
  tokenize,
} from '../../src/collate/index.ts'
import type { Span } from '../../src/core/index.ts'
import { readSourceFile } from '../../src/importer/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { segment } from '../../src/segment/index.ts'
import { runFond } from './run-fond.ts'

const corpus = new URL('../../../shared/corpus/', import.meta.url)
const BAKU = new URL('000_5132bd896dbc28cd.txt', corpus).pathname

function rebuildBaku(): RebuiltWitnesses {
  const file = readSourceFile(BAKU)
  const text = ingest(file).text
  assert.ok(text !== undefined)
  const segments = segment(text, { sourceId: file.id, report: () => {} })
  const set = segments.witnesses[0]
  assert.ok(set !== undefined)
  const doc = segments.documents.find((d) => d.id === set.documentId)
  assert.ok(doc !== undefined)
  return reconstructWitnesses(text.text, set, doc.span)
}

const overlaps = (place: Span, variant: Span) =>
  variant.end > variant.start && place.start < variant.end && variant.start < place.end
const keys = (text: string, span: Span) =>
  tokenize(text.slice(span.start, span.end))
    .map((t) => t.key)
    .join(' ')

/** Variants with a place over their base reading or their other reading, and those read as exactly one place. */
function coverage(rebuilt: RebuiltWitnesses, apparatus: Apparatus): { covered: number; exact: number } {
  let covered = 0
  let exact = 0
  for (const { base, other } of rebuilt.variants) {
    const places = apparatus.places.filter(
      (p) => overlaps(p.readings[0]?.span ?? base, base) || overlaps(p.readings[1]?.span ?? other, other),
    )
    if (places.length > 0) covered++
    const only = places[0]
    if (
      places.length === 1 &&
      only?.readings[0]?.tokens.map((t) => t.key).join(' ') === keys(rebuilt.base.text, base) &&
      only.readings[1]?.tokens.map((t) => t.key).join(' ') === keys(rebuilt.other.text, other)
    )
      exact++
  }
  return { covered, exact }
}

describe('collation of the corpus', { skip: !existsSync(BAKU) }, () => {
  it('collates the two rebuilt Baku witnesses back to places over every variant', () => {
    const rebuilt = rebuildBaku()
    const apparatus = collate([
      { id: 'base', text: rebuilt.base.text },
      { id: 'other', text: rebuilt.other.text },
    ])
    const { covered, exact } = coverage(rebuilt, apparatus)
    console.log(
      `Baku: ${rebuilt.variants.length} variants, ${apparatus.places.length} places, ${covered} covered, ${exact} exactly one place`,
    )
    assert.equal(rebuilt.variants.length, 83)
    assert.equal(covered, rebuilt.variants.length)
    assert.ok(exact >= 70, `${exact} variants read as exactly one place`)
  })
})

describe('fond collate', { skip: !existsSync(BAKU) }, () => {
  it('prints the apparatus of the document given in two versions, and of two documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fond-collate-'))
    try {
      const db = join(dir, 'edition.db')
      assert.equal(runFond(['--db', db, 'import', BAKU]).code, 0)
      const documents = JSON.parse(runFond(['--db', db, 'documents', '--json']).stdout) as {
        id: string
        type: string
      }[]
      const letter = documents.find((d) => d.type === 'quoted-document')
      assert.ok(letter !== undefined)
      const plain = runFond(['--db', db, 'collate', letter.id])
      assert.equal(plain.code, 0)
      assert.match(plain.stdout, /^\d+ \| indicated material \] om\. \(bracketed version\)$/m)
      const json = JSON.parse(runFond(['--db', db, 'collate', letter.id, '--json']).stdout)
      assert.ok(json.places.length >= 83)
      const sections = documents.filter((d) => d.type === 'section')
      const two = runFond(['--db', db, 'collate', sections[0]?.id ?? '', sections[1]?.id ?? ''])
      assert.equal(two.code, 0)
      assert.equal(runFond(['--db', db, 'collate', sections[0]?.id ?? '']).code, 2)
      assert.equal(runFond(['--db', db, 'collate', 'doc:nothing']).code, 3)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
