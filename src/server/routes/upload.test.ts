import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../../store/index.ts'
import { createSqliteStore } from '../../store/index.ts'
import { createApp } from '../app.ts'
import { IMAGINED_LETTERS, TEST_AUTHORITY, TEST_TOKEN } from '../test-edition.ts'

const AUTH = { authorization: `Bearer ${TEST_TOKEN}` }

describe('POST /api/upload', () => {
  const folder = mkdtempSync(join(tmpdir(), 'fond-upload-test-'))
  const uploads = join(folder, 'uploads')
  let store: Store
  let app: ReturnType<typeof createApp>
  const raw = (name: string, bytes: Buffer | string, headers: Record<string, string> = AUTH) =>
    app.inject({
      method: 'POST',
      url: `/api/upload?name=${encodeURIComponent(name)}`,
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
    })

  before(() => {
    store = createSqliteStore({ path: ':memory:' })
    app = createApp({
      store,
      token: TEST_TOKEN,
      authority: TEST_AUTHORITY,
      uploadDir: uploads,
      maxUploadBytes: 64 * 1024,
      webRoot: join(folder, 'no-web'),
    })
  })
  after(async () => {
    await app.close()
    await store.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('needs the access token', async () => {
    const reply = await raw('letters.md', IMAGINED_LETTERS, {})
    assert.equal(reply.statusCode, 401)
    assert.equal(reply.json().error.code, 'unauthorized')
    assert.equal(existsSync(uploads), false)
  })

  it('imports a file sent as raw bytes, named by its header', async () => {
    const reply = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: {
        ...AUTH,
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent('письма 1927.md'),
      },
      payload: Buffer.from(IMAGINED_LETTERS),
    })
    assert.equal(reply.statusCode, 200, reply.body)
    const [file] = reply.json().files
    assert.equal(file.name, 'письма 1927.md')
    assert.equal(file.status, 'imported')
    assert.ok(file.documents >= 2, JSON.stringify(file))
    assert.deepEqual(readdirSync(uploads), ['письма 1927.md'])
    const search = await app.inject('/api/search?q=Volga')
    assert.ok(search.json().total >= 1)
  })

  it('imports several files sent as JSON with base64 content', async () => {
    const content = Buffer.from(IMAGINED_LETTERS.replaceAll('Volga', 'Kama')).toString('base64')
    const reply = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: AUTH,
      payload: {
        files: [
          { name: 'kama.md', content },
          { name: 'notes.txt', content: Buffer.from('A short note about grain.\n').toString('base64') },
        ],
      },
    })
    assert.equal(reply.statusCode, 200, reply.body)
    assert.deepEqual(
      reply.json().files.map((f: { name: string; status: string }) => [f.name, f.status]),
      [
        ['kama.md', 'imported'],
        ['notes.txt', 'imported'],
      ],
    )
    assert.equal((await app.inject('/api/search?q=Kama')).json().total >= 1, true)
  })

  it('takes a folder as relative paths, naming each source by its file name', async () => {
    const content = (text: string) => Buffer.from(text).toString('base64')
    const reply = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: AUTH,
      payload: {
        files: [
          { name: 'papers/1927/ural.md', content: content(IMAGINED_LETTERS.replaceAll('Volga', 'Ural')) },
          { name: 'papers/readme.txt', content: content('What the papers are.\n') },
        ],
      },
    })
    assert.equal(reply.statusCode, 200, reply.body)
    assert.deepEqual(
      reply.json().files.map((f: { name: string; status: string }) => [f.name, f.status]),
      [
        ['papers/1927/ural.md', 'imported'],
        ['papers/readme.txt', 'imported'],
      ],
    )
    assert.ok(readdirSync(uploads).includes('ural.md'))
    const twice = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: AUTH,
      payload: { files: ['a/x.md', 'b/x.md'].map((name) => ({ name, content: content('x') })) },
    })
    assert.equal(twice.statusCode, 400)
    assert.match(twice.json().error.message, /two files named "x\.md"/)
  })

  it('runs as a job with ?async=true: 202 at once, then its progress and results at GET /api/imports/{id}', async () => {
    const content = Buffer.from(IMAGINED_LETTERS.replaceAll('Volga', 'Oka')).toString('base64')
    const started = await app.inject({
      method: 'POST',
      url: '/api/upload?async=true',
      headers: AUTH,
      payload: { files: [{ name: 'letters/oka.md', content }] },
    })
    assert.equal(started.statusCode, 202, started.body)
    const job = started.json()
    assert.equal(started.headers.location, `/api/imports/${job.id}`)
    assert.equal(job.total, 1)
    assert.ok(['queued', 'importing'].includes(job.stage), job.stage)
    let state = job
    for (let i = 0; i < 200 && !['done', 'failed'].includes(state.stage); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      state = (await app.inject({ url: job.url, headers: AUTH })).json()
    }
    assert.equal(state.stage, 'done', JSON.stringify(state))
    assert.equal(state.done, 1)
    assert.equal(state.current, null)
    assert.equal(state.files[0].name, 'letters/oka.md')
    assert.equal(state.files[0].status, 'imported')
    assert.ok(Array.isArray(state.files[0].diagnostics))
    assert.ok((await app.inject('/api/search?q=Oka')).json().total >= 1)
  })

  it('keeps answering while an import runs: the import works in other threads, its progress can be followed', async () => {
    // A long made-up source: four hundred letters, so that importing it takes a while.
    const letters = Array.from(
      { length: 400 },
      (_, n) =>
        `## Letter ${n + 1}\n\n[${(n % 28) + 1} May 1928]\n\n*Com. Rykov,*\n\nThe grain plan for district ${n} is late; ` +
        `Bukharin agrees and Trotsky objects.\n\nJ. Stalin\n`,
    )
    const content = Buffer.from(`# Long Papers\n\n${letters.join('\n')}`).toString('base64')
    const started = await app.inject({
      method: 'POST',
      url: '/api/upload?async=true',
      headers: AUTH,
      payload: { files: [{ name: 'long-papers.md', content }] },
    })
    assert.equal(started.statusCode, 202, started.body)
    const job = started.json()
    const seen: string[] = []
    const answerTimes: number[] = []
    let state = job
    for (let i = 0; i < 1000 && !['done', 'failed'].includes(state.stage); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      const asked = performance.now()
      state = (await app.inject({ url: job.url, headers: AUTH })).json()
      if (state.stage !== 'done') {
        await app.inject('/api/search?q=grain')
        answerTimes.push(performance.now() - asked)
      }
      seen.push(state.stage)
    }
    assert.equal(state.stage, 'done', JSON.stringify(state))
    assert.ok(seen.filter((stage) => stage === 'importing').length >= 3, `stages seen: ${seen.join(' ')}`)
    assert.ok(
      Math.max(...answerTimes) < 500,
      `slowest answer during the import: ${Math.max(...answerTimes)} ms`,
    )
  })

  it('keeps import jobs behind the token and answers an unknown job with 404', async () => {
    assert.equal((await app.inject('/api/imports/nothing')).statusCode, 401)
    const missing = await app.inject({ url: '/api/imports/nothing', headers: AUTH })
    assert.equal(missing.statusCode, 404)
    assert.deepEqual(missing.json().error, { code: 'not-found', message: 'Cannot find import "nothing"' })
  })

  it('refuses names that are paths, hidden or bad, and leaves the folder alone', async () => {
    for (const name of [
      '../escape.md',
      '..\\escape.md',
      '/etc/passwd',
      '.hidden',
      'a\u0000b',
      'C:evil.md',
      'papers/../escape.md',
      'papers/.git/config',
      'papers//x.md',
    ]) {
      const reply = await raw(name, IMAGINED_LETTERS)
      assert.equal(reply.statusCode, 400, `${name}: ${reply.body}`)
      assert.equal(reply.json().error.code, 'bad-request')
    }
    assert.equal(existsSync(join(folder, 'escape.md')), false)
    const missing = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: { ...AUTH, 'content-type': 'application/octet-stream' },
      payload: Buffer.from('x'),
    })
    assert.equal(missing.statusCode, 400)
    const badBase64 = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: AUTH,
      payload: { files: [{ name: 'x.md', content: 'not base64!' }] },
    })
    assert.equal(badBase64.statusCode, 400)
  })

  it('refuses a body over the limit with a 413', async () => {
    const big = await raw('big.txt', Buffer.alloc(200 * 1024, 'a'))
    assert.equal(big.statusCode, 413, big.body)
    assert.equal(big.json().error.code, 'too-large')
    const decoded = await app.inject({
      method: 'POST',
      url: '/api/upload',
      headers: AUTH,
      payload: { files: [{ name: 'big.txt', content: Buffer.alloc(70 * 1024, 'a').toString('base64') }] },
    })
    assert.equal(decoded.statusCode, 413, decoded.body)
    assert.equal(existsSync(join(uploads, 'big.txt')), false)
  })

  it('answers binary junk with a failed outcome and its diagnostic', async () => {
    const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    const reply = await raw('junk.bin', junk)
    assert.equal(reply.statusCode, 200, reply.body)
    const [file] = reply.json().files
    assert.equal(file.status, 'failed')
    assert.equal(file.errors, 1)
    assert.equal(file.diagnostics.length, 1, JSON.stringify(file))
    assert.equal(file.diagnostics[0].severity, 'error')
    assert.match(file.diagnostics[0].reason, /\S/)
  })
})
