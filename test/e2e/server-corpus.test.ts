import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { authorityFolders, loadAuthority } from '../../src/importer/index.ts'
import { createApp } from '../../src/server/index.ts'
import type { Store } from '../../src/store/index.ts'
import { createSqliteStore } from '../../src/store/index.ts'
import { CORPUS_DIR } from './run-fond.ts'

const TOKEN = 'e2e-token'

describe('the server on the imported corpus', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'fond-server-e2e-'))
  let store: Store
  let app: ReturnType<typeof createApp>
  const get = async (url: string) => {
    const reply = await app.inject(url)
    assert.equal(reply.statusCode, 200, `${url}: ${reply.body.slice(0, 200)}`)
    return reply.json()
  }

  before(async () => {
    store = createSqliteStore({ path: join(dir, 'edition.db') })
    app = createApp({ store, token: TOKEN, authority: loadAuthority(authorityFolders(undefined)) })
    const reply = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { paths: [CORPUS_DIR] },
    })
    assert.equal(reply.statusCode, 200, reply.body)
    assert.ok(reply.json().files.every((f: { status: string }) => f.status === 'imported'))
  })
  after(async () => {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("shows letter 1's text and its four notes", async () => {
    const list = await get('/api/documents?type=letter&limit=200')
    const letter = list.documents.find(
      (d: { number?: string; file: string }) => d.number === '1' && d.file.startsWith('001_'),
    )
    assert.ok(letter, 'letter 1 is listed')
    const doc = await get(`/api/documents/${letter.id}`)
    assert.equal(doc.document.editorialDate.iso, '1925-07-12')
    assert.match(doc.text, /I would like you to show this letter to the seven/)
    assert.match(doc.html, /<sup>1<\/sup>/)
    assert.deepEqual(
      doc.notes.map((n: { label: string }) => n.label),
      ['1', '2', '3', '4'],
    )
    assert.match(doc.notes[1].text, /pood/)
    assert.equal(
      doc.next,
      list.documents.find(
        (d: { number?: string; file: string }) => d.number === '2' && d.file.startsWith('001_'),
      ).id,
    )
  })

  it('finds Trotsky\'s passages when searching "Троцкий"', async () => {
    const result = await get(`/api/search?q=${encodeURIComponent('Троцкий')}&limit=200`)
    assert.equal(result.entities[0].id, 'person:trotsky-l-d')
    assert.ok(result.total >= 20, `only ${result.total} documents`)
    const mentioning = new Set(
      (await store.listMentions({ entityId: 'person:trotsky-l-d' })).map((m) => m.documentId),
    )
    const found = result.documents.filter((d: { documentId: string }) =>
      mentioning.has(d.documentId as never),
    )
    assert.ok(found.length >= 20, `only ${found.length} documents mentioning Trotsky`)
    assert.ok(result.documents.some((d: { snippetHtml: string }) => /<mark>Trotsk/.test(d.snippetHtml)))
    const latin = await get('/api/search?q=Trotskii&limit=200')
    assert.equal(latin.total, result.total)
  })

  it("shows Bukharin's Politburo post on his entity page", async () => {
    const page = await get('/api/entities/person:bukharin-n-i')
    assert.ok(
      page.posts.some(
        (p: { role: string; body: string }) => p.role === 'member' && p.body === 'body:politburo',
      ),
      JSON.stringify(page.posts.map((p: { role: string; body: string }) => [p.role, p.body])),
    )
    assert.ok(page.mentions.length > 100)
    assert.ok(page.correspondents.length > 0)
  })

  it('lists Molotov among the Politburo members on 1926-02-01', async () => {
    const who = await get('/api/who?body=Politburo&role=member&on=1926-02-01')
    assert.ok(who.holders.some((h: { person: string }) => h.person === 'person:molotov-v-m'))
    assert.ok(who.holders.every((h: { passages: unknown[] }) => h.passages.length > 0))
  })
})
