import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import jsonld from 'jsonld'
import { createId, hashKey, type SourceEdition } from '../../src/core/index.ts'
import { toBibtex, toCmif, toCslJson, toCsv, toJson, toJsonLd, toTei } from '../../src/export/index.ts'
import { runPipeline, toEdition } from '../../src/pipeline/index.ts'
import { createSqliteStore } from '../../src/store/index.ts'
import { CORPUS_DIR, runFond } from './run-fond.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/export/', import.meta.url))
const SCHEMA = fileURLToPath(new URL('../../../shared/schemas/tei_all.rng', import.meta.url))
const HAS_JING = spawnSync('jing', [], { encoding: 'utf8' }).error === undefined
const JING_SKIP = HAS_JING ? false : 'jing is not installed (apt-get install -y jing)'

/** Validates an XML file against tei_all.rng with jing; returns jing's messages, '' when valid. */
function jing(file: string): string {
  const result = spawnSync('jing', [SCHEMA, file], { encoding: 'utf8' })
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`.trim() || `exit ${result.status}`
}

/** The made-up letters source run through the whole pipeline, with a fixed import time. */
function fixtureEdition(): SourceEdition {
  const name = 'made-up-letters.md'
  const bytes = readFileSync(join(FIXTURES, name))
  const file = {
    id: createId('source', hashKey(name)),
    path: name,
    name,
    bytes,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  }
  return toEdition(runPipeline(file), { importedAt: '2000-01-01T00:00:00.000Z' })
}

/** How many text reuse pairs a store holds, as `fond reuse --json` lists them. */
function reusePairs(db: string): number {
  const result = runFond(['--db', db, 'reuse', '--json'])
  assert.equal(result.code, 0, result.stderr)
  return (JSON.parse(result.stdout) as unknown[]).length
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it instead. JSON goldens end in .txt so the linter leaves them as written. */
function assertGolden(name: string, actual: string): void {
  const path = join(FIXTURES, name)
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual)
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} changed (UPDATE_GOLDEN=1 to accept)`)
}

describe('exports of a made-up source (golden files)', () => {
  const edition = fixtureEdition()
  const dir = mkdtempSync(join(tmpdir(), 'fond-export-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('gives the same TEI, CMIF, CSV, JSON-LD, CSL-JSON and BibTeX as before', () => {
    assertGolden('made-up-letters.tei.xml', toTei(edition))
    assertGolden('made-up-letters.cmif.xml', toCmif([edition]))
    for (const kind of ['entities', 'mentions', 'facts'] as const)
      assertGolden(`made-up-letters.${kind}.csv`, toCsv(kind, [edition]))
    assertGolden('made-up-letters.jsonld.txt', toJsonLd([edition]))
    assertGolden('made-up-letters.csl-json.txt', toCslJson([edition]))
    assertGolden('made-up-letters.bib', toBibtex([edition]))
  })

  it('escapes & < > and quotes and never passes raw HTML through', () => {
    const tei = toTei(edition)
    assert.match(tei, /files &amp; copied/)
    assert.match(tei, /costs &lt; 5% and income &gt; 7%/)
    assert.match(tei, /&quot;most&quot;/)
    assert.doesNotMatch(tei, /<script|<sup>|<b>|\*\*/)
    assert.match(tei, /<hi rend="bold">not<\/hi>/)
  })

  it('puts the letters metadata, notes and archival locators where they belong', () => {
    const tei = toTei(edition)
    assert.match(tei, /<docDate when="1927-03-03">/)
    assert.match(tei, /<docDate notAfter="1927-04-20"/)
    assert.match(tei, /<closer>[\s\S]*<signed>[\s\S]*A\. Ivanov[\s\S]*<\/signed><\/closer>/)
    assert.match(tei, /<ref type="noteAnchor" n="1" target="#note\.[0-9a-f]+">1<\/ref>/)
    assert.match(tei, /<note xml:id="note\.[0-9a-f]+" n="1" place="(foot|end)">/)
    const csl = JSON.parse(toCslJson([edition]))
    assert.ok(
      csl.some(
        (item: Record<string, string>) =>
          item.archive === 'RGASPI' && item.archive_location === 'f. 17, op. 3, d. 12, l. 4',
      ),
    )
    assert.match(toBibtex([edition]), /archivelocation = \{f\. 17, op\. 2, d\. 30, ll\. 5–6\}/)
  })

  it('validates the TEI and the CMIF against tei_all.rng', { skip: JING_SKIP }, () => {
    for (const [name, xml] of [
      ['tei.xml', toTei(edition)],
      ['cmif.xml', toCmif([edition])],
    ] as const) {
      writeFileSync(join(dir, name), xml)
      assert.equal(jing(join(dir, name)), '', name)
    }
  })

  it('gives JSON-LD in which every node has an @id and a @type', () => {
    const doc = JSON.parse(toJsonLd([edition]))
    assert.equal(doc['@context'].fond, 'https://fond.invalid/vocab#')
    const nodes = [
      ...doc['@graph'],
      ...doc['@graph'].flatMap((n: { evidence?: unknown[] }) => n.evidence ?? []),
    ]
    assert.ok(nodes.length > 0)
    for (const node of nodes) assert.ok(node['@id'] && node['@type'], JSON.stringify(node))
  })

  it('gives JSON-LD that a JSON-LD processor expands, every node keeping its type', async () => {
    const doc = JSON.parse(toJsonLd([edition]))
    const expanded = (await jsonld.expand(doc)) as Record<string, unknown>[]
    assert.ok(expanded.length > 0)
    for (const node of expanded) assert.ok(node['@id'] !== undefined && node['@type'] !== undefined)
    assert.ok(JSON.stringify(expanded).includes('https://fond.invalid/vocab#'))
  })

  it('gives CSV that a standard parser reads back, one record per item with its provenance', () => {
    for (const kind of ['entities', 'mentions', 'facts'] as const) {
      const rows = parse(toCsv(kind, [edition]), { columns: true }) as Record<string, string>[]
      assert.ok(rows.length > 0, kind)
      for (const row of rows) {
        assert.ok(row.file !== undefined && row.line !== undefined && row.rule !== undefined, kind)
      }
    }
  })

  it('gives JSON that parses back into the same edition', () => {
    assert.deepEqual(JSON.parse(toJson(edition)), JSON.parse(JSON.stringify(edition)))
  })
})

describe('exports of the corpus', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fond-export-corpus-'))
  const db = join(dir, 'edition.db')
  after(() => rmSync(dir, { recursive: true, force: true }))
  before(() => {
    const result = runFond(['--db', db, 'import', CORPUS_DIR, '--json'])
    assert.equal(result.code, 0, result.stderr)
  })

  it('writes one TEI file per source that validates against tei_all.rng', { skip: JING_SKIP }, () => {
    const out = join(dir, 'tei')
    mkdirSync(out)
    const result = runFond(['--db', db, 'export', '--format', 'tei', '--out', out])
    assert.equal(result.code, 0, result.stderr)
    const files = readdirSync(out).sort()
    assert.equal(files.length, readdirSync(CORPUS_DIR).filter((n) => /^\d{3}_/.test(n)).length)
    for (const file of files) {
      const messages = jing(join(out, file))
      console.log(`${file}: ${messages === '' ? 'valid' : messages.split('\n').slice(0, 5).join('\n')}`)
      assert.equal(messages, '', file)
    }
  })

  it('writes CMIF for every letter and telegram that validates against tei_all.rng', {
    skip: JING_SKIP,
  }, () => {
    const out = join(dir, 'cmif.xml')
    const result = runFond(['--db', db, 'export', '--format', 'cmif', '--out', out])
    assert.equal(result.code, 0, result.stderr)
    assert.ok((readFileSync(out, 'utf8').match(/<correspDesc /g) ?? []).length > 50)
    assert.equal(jing(out), '')
  })

  it('exports a stored edition as JSON that deep-equals it', async () => {
    const name = readdirSync(CORPUS_DIR)
      .filter((n) => /^\d{3}_/.test(n))
      .sort()[0] as string
    const result = runFond(['--db', db, 'export', '--format', 'json', '--source', name])
    assert.equal(result.code, 0, result.stderr)
    const parsed = JSON.parse(result.stdout)
    const store = await createSqliteStore({ path: db })
    try {
      const source = await store.findSource(name)
      assert.ok(source !== undefined)
      assert.deepEqual(parsed, await store.loadEdition(source.id))
    } finally {
      await store.close()
    }
  })

  it('restores the whole edition from its JSON export without loss, into a new store and over itself', () => {
    const json = join(dir, 'edition.json')
    const copy = join(dir, 'restored.db')
    assert.equal(runFond(['--db', db, 'export', '--format', 'json', '--out', json]).code, 0)
    const exported = readFileSync(json, 'utf8')
    const pairs = reusePairs(db)
    assert.ok(pairs > 0, 'the corpus shares passages between documents')
    for (let round = 0; round < 2; round++) {
      const restored = runFond(['--db', copy, 'restore', json, '--json'])
      assert.equal(restored.code, 0, restored.stderr)
      assert.equal(JSON.parse(restored.stdout).restored.length, JSON.parse(exported).length)
      assert.equal(JSON.parse(restored.stdout).reuse.pairs, pairs, `round ${round + 1}`)
      assert.equal(reusePairs(copy), pairs, `round ${round + 1}`)
      const again = runFond(['--db', copy, 'export', '--format', 'json'])
      assert.equal(again.code, 0, again.stderr)
      assert.equal(again.stdout, exported, `round ${round + 1}`)
    }
  })

  it('refuses a damaged JSON export with exit 2, naming the place, and writes nothing', () => {
    const json = join(dir, 'damaged.json')
    const empty = join(dir, 'untouched.db')
    const editions = JSON.parse(runFond(['--db', db, 'export', '--format', 'json']).stdout)
    editions[1].facts[3].evidence[0].span.end = editions[1].raw.length + 10
    writeFileSync(json, JSON.stringify(editions))
    const result = runFond(['--db', empty, 'restore', json])
    assert.equal(result.code, 2)
    assert.match(
      result.stderr,
      /\$\[1\]\.facts\[3\]\.evidence\[0\]\.span: offsets .* outside the original file/,
    )
    assert.equal(JSON.parse(runFond(['--db', empty, 'sources', '--json']).stdout).length, 0)
  })

  it('refuses a two-source file whose second source is broken with exit 2, and saves neither', () => {
    const [first, second] = JSON.parse(runFond(['--db', db, 'export', '--format', 'json']).stdout)
    const onlyId = { ...second, documents: [{ id: second.documents[0].id }, ...second.documents.slice(1)] }
    const twice = { ...second, entities: [...second.entities, second.entities[0]] }
    for (const [name, broken, message] of [
      ['only-id.json', onlyId, /\$\[1\]\.documents\[0\]\.title: expected a string/],
      ['entity-twice.json', twice, new RegExp(`source "${second.source.name}" is refused by the store`)],
    ] as const) {
      const json = join(dir, name)
      const target = join(dir, `${name}.db`)
      writeFileSync(json, JSON.stringify([first, broken]))
      const result = runFond(['--db', target, 'restore', json])
      assert.equal(result.code, 2, result.stderr)
      assert.match(result.stderr, message)
      assert.equal(JSON.parse(runFond(['--db', target, 'sources', '--json']).stdout).length, 0, name)
    }
  })

  it('leaves the store as it was when it refuses a source the scratch store took', () => {
    const [first, second] = JSON.parse(runFond(['--db', db, 'export', '--format', 'json']).stdout)
    // Another source that holds the second source's document ids: restored first, it makes the store refuse the
    // second source later, which a scratch store (empty) cannot foresee.
    const clone = JSON.parse(
      JSON.stringify(second)
        .replaceAll(second.source.id, 'source:clone-of-second')
        .replaceAll(`"name":"${second.source.name}"`, '"name":"clone-of-second.txt"'),
    )
    const target = join(dir, 'clashing.db')
    const cloneFile = join(dir, 'clone.json')
    writeFileSync(cloneFile, JSON.stringify([clone]))
    assert.equal(runFond(['--db', target, 'restore', cloneFile]).code, 0)
    const both = join(dir, 'both.json')
    writeFileSync(both, JSON.stringify([first, second]))
    const result = runFond(['--db', target, 'restore', both])
    assert.equal(result.code, 2, result.stderr)
    assert.match(result.stderr, /cannot be restored into this store, which is left as it was/)
    const names = JSON.parse(runFond(['--db', target, 'sources', '--json']).stdout).map(
      (source: { name: string }) => source.name,
    )
    assert.deepEqual(names, ['clone-of-second.txt'], 'the first source of the file was not saved either')
  })

  it('prints CSV, JSON-LD and citations, and exits 2 on a bad format', () => {
    for (const kind of ['entities', 'mentions', 'facts']) {
      const csv = runFond(['--db', db, 'export', '--format', 'csv', '--kind', kind])
      assert.equal(csv.code, 0, csv.stderr)
      assert.match(csv.stdout.split('\n')[0] ?? '', /file,line,start,end,quote,rule$/)
    }
    const jsonld = runFond(['--db', db, 'export', '--format', 'jsonld'])
    assert.equal(jsonld.code, 0, jsonld.stderr)
    for (const node of JSON.parse(jsonld.stdout)['@graph']) assert.ok(node['@id'] && node['@type'])
    const csl = JSON.parse(runFond(['--db', db, 'export', '--format', 'csl']).stdout)
    assert.ok(csl.some((item: { archive_location?: string }) => item.archive_location !== undefined))
    assert.equal(runFond(['--db', db, 'export', '--format', 'docx']).code, 2)
    assert.equal(runFond(['export', '--help']).code, 0)
  })
})
