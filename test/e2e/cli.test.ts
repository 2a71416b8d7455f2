import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runFond } from './run-fond.ts'

const dir = mkdtempSync(join(tmpdir(), 'fond-cli-'))
const sources = join(dir, 'sources')
const db = join(dir, 'edition.db')
after(() => rmSync(dir, { recursive: true, force: true }))

// A made-up edition in the conventions of a published letters volume, plus files that cannot be read.
const EDITION = `# Letters of an Archivist

## Letter 1

[3 March 1931]

Moscow 3/3/31

Com. Petrova,

The boxes from the provincial committee arrived today.<sup>1</sup>

Greetings, A. Ivanov

<sup>1</sup> The boxes are not listed in the inventory.
`

describe('fond on the command line', () => {
  before(() => {
    mkdirSync(sources)
    writeFileSync(join(sources, 'a-edition.md'), EDITION)
    writeFileSync(join(sources, 'b-broken.txt'), Buffer.from([0x41, 0x42, 0xff, 0xfe, 0x43, 0x0a]))
    writeFileSync(
      join(sources, 'c-binary.bin'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]),
    )
    writeFileSync(join(sources, 'd-empty.txt'), '')
  })

  it('prints help for every command and exits 0', () => {
    for (const command of [
      '',
      'import',
      'sources',
      'documents',
      'show',
      'entities',
      'entity',
      'mentions',
      'citations',
      'diagnostics',
      'eval',
    ]) {
      const result = runFond([...(command === '' ? [] : [command]), '--help'])
      assert.equal(result.code, 0, `fond ${command} --help`)
      assert.match(result.stdout, /Usage: fond/)
    }
  })

  it('imports a folder, reporting unreadable files without stopping', () => {
    const result = runFond(['--db', db, 'import', sources, join(dir, 'missing.txt'), '--json'])
    assert.equal(result.code, 0, result.stderr)
    const summary = JSON.parse(result.stdout)
    const status = Object.fromEntries(
      summary.files.map((f: { path: string; status: string }) => [f.path.split('/').pop(), f.status]),
    )
    assert.deepEqual(status, {
      'a-edition.md': 'imported',
      'b-broken.txt': 'failed',
      'c-binary.bin': 'failed',
      'd-empty.txt': 'failed',
      'missing.txt': 'failed',
    })
    assert.equal(summary.totals.failed, 4)
    assert.equal(
      typeof summary.reuse.pairs,
      'number',
      'text reuse is searched after an import that changed files',
    )
    assert.ok(summary.reuse.documents >= 1)
  })

  it('names the file, the place and the reason of each problem', () => {
    const result = runFond(['--db', db, 'diagnostics', '--severity', 'error', '--json'])
    assert.equal(result.code, 0)
    const byFile = new Map(
      JSON.parse(result.stdout).map((d: { file: string; ruleId: string }) => [
        d.file.split('/').pop(),
        d.ruleId,
      ]),
    )
    assert.equal(byFile.get('missing.txt'), 'unreadable-path')
    assert.ok(byFile.has('b-broken.txt'))
    assert.ok(byFile.has('c-binary.bin'))
    assert.ok(byFile.has('d-empty.txt'))
  })

  it('skips an unchanged file on re-import and replaces a changed one', () => {
    const again = JSON.parse(runFond(['--db', db, 'import', join(sources, 'a-edition.md'), '--json']).stdout)
    assert.equal(again.files[0].status, 'unchanged')
    assert.equal(again.reuse, undefined, 'nothing changed: reuse is not searched again')
    writeFileSync(join(sources, 'a-edition.md'), `${EDITION}\nA postscript.\n`)
    const changed = JSON.parse(
      runFond(['--db', db, 'import', join(sources, 'a-edition.md'), '--json']).stdout,
    )
    assert.equal(changed.files[0].status, 'replaced')
  })

  it('lists sources and documents as JSON with their lines in the original file', () => {
    const list = JSON.parse(runFond(['--db', db, 'sources', '--json']).stdout)
    assert.deepEqual(
      list.map((s: { name: string }) => s.name),
      ['a-edition.md'],
    )
    const docs = JSON.parse(runFond(['--db', db, 'documents', '--source', 'a-edition.md', '--json']).stdout)
    assert.ok(docs.length >= 1)
    for (const doc of docs) {
      assert.equal(doc.file, 'a-edition.md')
      assert.ok(doc.lines.start >= 1 && doc.lines.end >= doc.lines.start)
    }
  })

  it('shows a document, and exits 3 for an unknown id', () => {
    const docs = JSON.parse(runFond(['--db', db, 'documents', '--json']).stdout)
    const shown = runFond(['--db', db, 'show', docs[0].id])
    assert.equal(shown.code, 0)
    assert.match(shown.stdout, /a-edition\.md, lines 1–/)
    const missing = runFond(['--db', db, 'show', 'doc:nothing'])
    assert.equal(missing.code, 3)
    assert.equal(missing.stderr, 'fond: Cannot find document "doc:nothing"\n')
  })

  it('exits 2 with a message for bad arguments', () => {
    const badType = runFond(['--db', db, 'documents', '--type', 'lettr'])
    assert.equal(badType.code, 2)
    assert.match(badType.stderr, /Unknown document type "lettr"/)
    const badDate = runFond(['--db', db, 'documents', '--from', '12 July'])
    assert.equal(badDate.code, 2)
    assert.match(badDate.stderr, /Invalid --from "12 July": use YYYY, YYYY-MM or YYYY-MM-DD/)
    assert.equal(runFond(['--db', db, 'frobnicate']).code, 2)
  })

  it('lists mentions as JSON with their lines and offsets in the original file', () => {
    const result = runFond(['--db', db, 'mentions', '--source', 'a-edition.md', '--json'])
    assert.equal(result.code, 0, result.stderr)
    const mentions = JSON.parse(result.stdout)
    const raw = readFileSync(join(sources, 'a-edition.md'), 'utf8')
    assert.ok(mentions.length > 0)
    for (const m of mentions) {
      assert.equal(m.file, 'a-edition.md')
      assert.ok(m.line >= 1)
      assert.ok(raw.slice(m.start, m.end).length > 0)
    }
  })

  it('exits 3 for an unknown entity and 2 for an unknown entity type', () => {
    assert.equal(runFond(['--db', db, 'entity', 'person:nobody']).code, 3)
    assert.equal(runFond(['--db', db, 'entities', '--type', 'animal']).code, 2)
  })

  it('stops with a message naming the file when authority data is malformed', () => {
    const folder = join(dir, 'authority')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'mine.json'), '[{"id": "person:x", "type": "persn", "name": "X"}]')
    const result = runFond([
      '--db',
      db,
      '--authority',
      folder,
      'import',
      join(sources, 'a-edition.md'),
      '--force',
    ])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /Invalid type in .*mine\.json entry 1: "persn"/)
  })

  it('imports the same edition with worker threads as in one thread', () => {
    const threaded = join(dir, 'threaded.db')
    const result = runFond([
      '--db',
      threaded,
      'import',
      '--jobs',
      '2',
      join(sources, 'a-edition.md'),
      '--json',
    ])
    assert.equal(result.code, 0, result.stderr)
    const documentsOf = (database: string) =>
      JSON.parse(runFond(['--db', database, 'documents', '--source', 'a-edition.md', '--json']).stdout).map(
        (d: { id: string; lines: unknown }) => [d.id, d.lines],
      )
    assert.deepEqual(documentsOf(threaded), documentsOf(db))
    assert.equal(runFond(['--db', threaded, 'import', '--jobs', '0', join(sources, 'a-edition.md')]).code, 2)
  })

  it('uses FOND_DB when --db is not given', () => {
    const result = runFond(['sources', '--json'], { env: { FOND_DB: db } })
    assert.equal(JSON.parse(result.stdout).length, 1)
  })

  it('exits 4 with --strict when a file had errors', () => {
    const result = runFond(['--db', db, 'import', '--strict', join(sources, 'b-broken.txt')])
    assert.equal(result.code, 4)
  })
})

describe('npm start (the README main job)', () => {
  it('says how to point fond at a folder when the corpus is absent', () => {
    const result = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('../../scripts/start.ts', import.meta.url)), join(dir, 'nowhere')],
      {
        encoding: 'utf8',
      },
    )
    assert.equal(result.status, 2)
    assert.match(result.stderr, /no folder of sources at/)
    assert.match(result.stderr, /npm start -- \/path\/to\/your\/sources/)
  })
})
