import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { importSources } from '../../importer/index.ts'
import { createSqliteStore, type Store } from '../../store/index.ts'
import { createApp } from '../app.ts'

// Made up: a report, and a memoir that quotes a paragraph of it word for word (with a hyphenated line break).
const QUOTED =
  'The granaries of the northern district stood empty by midwinter, and the millers refused to grind the seed\n' +
  'corn, fearing requisition by the provincial commissars. The peasants slaughtered their cattle rather than sur-\n' +
  'render them, and the villages sent petitions to the capital begging for bread.'
const REPORT = `# Report on the Harvest\n\nThe committee met in January.\n\n${QUOTED}\n\nThe committee closed its session.\n`
const MEMOIR = `# Memoirs\n\nI remember the winter well. The report said:\n\n"${QUOTED.replace('sur-\nrender', 'surrender')}"\n\nNobody answered it.\n`

describe('GET /api/reuse and the reuse of a document', () => {
  let folder: string
  let store: Store
  let app: ReturnType<typeof createApp>
  const get = async (url: string) => {
    const reply = await app.inject(url)
    return { status: reply.statusCode, body: reply.json() }
  }
  const documentOf = async (file: string) => {
    const docs = await store.listDocuments({ source: file })
    return docs.findLast((d) => d.text.includes('granaries'))?.id ?? ''
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fond-reuse-'))
    writeFileSync(join(folder, 'report.md'), REPORT)
    writeFileSync(join(folder, 'memoir.md'), MEMOIR)
    store = createSqliteStore({ path: ':memory:' })
    await importSources([folder], store, { jobs: 1 })
    app = createApp({ store, webRoot: join(folder, 'no-web') })
  })
  after(async () => {
    await app.close()
    await store.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('lists the passage on both documents, with raw offsets, lines and quotes of each file', async () => {
    const report = await documentOf('report.md')
    const memoir = await documentOf('memoir.md')
    const { status, body } = await get(`/api/reuse?document=${report}`)
    assert.equal(status, 200)
    assert.equal(body.length, 1)
    const [item] = body
    assert.equal(item.rule, 'collate/reuse:verbatim')
    assert.equal(item.other.documentId, memoir)
    assert.equal(item.other.documentTitle, 'Memoirs')
    assert.equal(REPORT.slice(item.here.start, item.here.end), item.here.quote)
    assert.match(
      item.here.quote,
      /^granaries of the northern district[\s\S]*sur-\nrender[\s\S]*begging for bread$/,
    )
    assert.deepEqual([item.here.lineStart, item.here.lineEnd], [5, 7])
    assert.equal(MEMOIR.slice(item.other.start, item.other.end), item.other.quote)
    const view = await get(`/api/documents/${memoir}`)
    assert.equal(view.body.reuse.length, 1)
    assert.equal(view.body.reuse[0].other.documentId, report)
    // The aligned words: runs inside each quote, the same words on both sides of a verbatim copy.
    const words = (side: { quote: string; matches: [number, number][] }) =>
      side.matches
        .map(([start, end]) => side.quote.slice(start, end))
        .join(' ')
        .replace(/-\n/g, '')
        .split(/\W+/)
        .filter(Boolean)
    for (const side of [item.here, item.other]) {
      assert.ok(side.matches.length > 0)
      for (const [start, end] of side.matches)
        assert.ok(0 <= start && start < end && end <= side.quote.length)
    }
    assert.deepEqual(words(item.here), words(item.other))
    assert.ok(words(item.here).includes('granaries'))
  })

  it('answers 404 for an unknown document and 400 without one', async () => {
    assert.equal((await get('/api/reuse?document=doc:nothing')).status, 404)
    assert.equal((await get('/api/reuse')).status, 400)
  })
})
