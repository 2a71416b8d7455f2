import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../store/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { createApp } from './app.ts'
import { API_ROUTES } from './home-page.ts'
import { CONTENT_SECURITY_POLICY } from './security-headers.ts'
import { createTestServer, TEST_TOKEN } from './test-edition.ts'

type App = Awaited<ReturnType<typeof createTestServer>>['app']

describe('createApp', () => {
  let app: App
  let cleanUp: () => Promise<void>
  const get = async (url: string) => {
    const reply = await app.inject(url)
    return { status: reply.statusCode, body: reply.json(), headers: reply.headers }
  }
  const letter = async (number: string) => {
    const { body } = await get('/api/documents?type=letter&source=imagined-letters.md')
    return body.documents.find((d: { number: string }) => d.number === number)
  }

  before(async () => {
    ;({ app, cleanUp } = await createTestServer())
  })
  after(async () => cleanUp())

  it('lists the sources with counts', async () => {
    const { status, body } = await get('/api/sources')
    assert.equal(status, 200)
    assert.deepEqual(body.sources.map((s: { name: string }) => s.name).sort(), [
      'hostile.md',
      'imagined-letters.md',
    ])
    assert.equal(body.sources.find((s: { name: string }) => s.name === 'imagined-letters.md').notes, 2)
  })

  it('lists documents filtered by type, date range, author and addressee, paged', async () => {
    const all = await get('/api/documents?type=letter&source=imagined-letters.md')
    assert.deepEqual(
      all.body.documents.map((d: { title: string }) => d.title),
      ['Letter 1', 'Letter 2'],
    )
    assert.equal((await get('/api/documents?type=letter&from=1927-04')).body.total, 2)
    assert.equal(
      (await get('/api/documents?type=letter&to=1927-03-31&source=imagined-letters.md')).body.total,
      1,
    )
    assert.equal((await get('/api/documents?type=letter&addressee=Рыков')).body.total, 3)
    assert.equal((await get('/api/documents?type=letter&author=Stalin')).body.total, 3)
    assert.equal((await get('/api/documents?type=letter&addressee=Molotov')).body.total, 0)
    const page = await get('/api/documents?type=letter&limit=1&offset=1')
    assert.equal(page.body.documents.length, 1)
    assert.equal(page.body.total, 3)
  })

  it('shows a document with its metadata, text, HTML, notes, markers, mentions and neighbours', async () => {
    const first = await letter('1')
    const { status, body } = await get(`/api/documents/${first.id}`)
    assert.equal(status, 200)
    assert.equal(body.document.place, 'Kazan')
    assert.deepEqual(body.document.addressees, ['Rykov'])
    assert.equal(body.document.editorialDate.iso, '1927-03-03')
    assert.match(body.text, /The grain plan for the Volga is late/)
    assert.doesNotMatch(body.text, /A note in the margin/)
    assert.match(body.html, /<em>Com\. Rykov,<\/em><sup>1<\/sup>/)
    assert.deepEqual(
      body.notes.map((n: { label: string; text: string }) => [n.label, n.text]),
      [
        ['1', 'A note in the margin by Rykov: "Agreed."'],
        ['2', "Bukharin's agreement is in a separate letter—Ed."],
      ],
    )
    assert.deepEqual(
      body.markers.map((m: { label: string }) => m.label),
      ['1', '2'],
    )
    assert.ok(body.editorial.some((e: { text: string }) => e.text === '[3 March 1927]'))
    const people = body.mentions.filter((m: { type: string }) => m.type === 'person')
    assert.ok(people.some((m: { entityId: string }) => m.entityId === 'person:trotsky-l-d'))
    assert.equal(body.previous, null)
    assert.equal(body.next, (await letter('2')).id)
    assert.deepEqual(body.witnesses, [])
  })

  it('searches as the reader types, across spellings and scripts, entities first, with facets', async () => {
    const { status, body } = await get('/api/search?q=Троцкий')
    assert.equal(status, 200)
    assert.equal(body.entities[0].id, 'person:trotsky-l-d')
    const ids = body.documents.map((d: { documentId: string }) => d.documentId)
    assert.ok(ids.includes((await letter('1')).id))
    const latin = await get('/api/search?q=Trotskii')
    assert.deepEqual(
      latin.body.documents.map((d: { documentId: string }) => d.documentId).sort(),
      [...ids].sort(),
    )
    const hit = body.documents.find((d: { documentId: string }) => d.documentId === ids[0])
    assert.match(hit.snippetHtml, /<mark>Trotsky<\/mark>/)
    assert.deepEqual(body.facets.year, [{ value: '1927', label: '1927', count: 1 }])
    assert.ok(body.facets.type.some((f: { value: string }) => f.value === 'letter'))
  })

  it('searches exact phrases and word prefixes, filtered by type and year', async () => {
    const phrase = await get('/api/search?q=%22Volga%20grain%22')
    assert.deepEqual(
      phrase.body.documents.map((d: { title: string }) => d.title),
      ['Letter 2'],
    )
    const prefix = await get('/api/search?q=gra%20Volg&type=letter&year=1927')
    assert.deepEqual(prefix.body.documents.map((d: { title: string }) => d.title).sort(), [
      'Letter 1',
      'Letter 2',
    ])
    assert.equal((await get('/api/search?q=grain&year=1930')).body.total, 0)
  })

  it('lists entities by type and by any spelling, and shows an entity page', async () => {
    const found = await get('/api/entities?q=Бухарин')
    assert.equal(found.body.entities[0].id, 'person:bukharin-n-i')
    assert.ok(
      (await get('/api/entities?type=body')).body.entities.some(
        (e: { id: string }) => e.id === 'body:politburo',
      ),
    )
    const { status, body } = await get('/api/entities/person:bukharin-n-i')
    assert.equal(status, 200)
    assert.equal(body.entity.birthYear, '1888')
    assert.ok(body.entity.variants.includes('Бухарин'))
    assert.ok(body.mentions.length >= 3)
    assert.match(body.mentions[0].prefix + body.mentions[0].exact, /Bukharin/)
    assert.deepEqual(
      body.posts.map((p: { role: string; body: string }) => [p.role, p.body]),
      [['member', 'body:politburo']],
    )
    assert.ok(body.timeline.length >= 1)
    assert.equal(body.timelineTotal, body.timeline.length)
    const mentions = (await get('/api/entities/person:bukharin-n-i/mentions?offset=1&limit=2')).body
    assert.equal(mentions.total, body.mentionTotal)
    assert.deepEqual(mentions.mentions, body.mentions.slice(1, 3))
    assert.equal((await get('/api/entities/person:nobody/mentions')).status, 404)
    const paged = (await get('/api/entities/person:bukharin-n-i?timelineLimit=1&timelineOffset=1')).body
    assert.equal(paged.timelineTotal, body.timelineTotal)
    assert.deepEqual(paged.timeline, body.timeline.slice(1, 2))
    const rykov = await get('/api/entities/person:rykov-a-i')
    assert.ok(rykov.body.correspondents.some((c: { direction: string }) => c.direction === 'written-by'))
    const politburo = await get('/api/entities/body:politburo')
    assert.equal(politburo.body.members.length, 3)
  })

  it('answers facts, who, timeline, members, system, conflicts, citations and diagnostics', async () => {
    assert.equal((await get('/api/facts?type=post')).body.facts.length, 3)
    assert.equal(
      (await get('/api/facts?entity=Rykov&type=correspondence')).body.entity.id,
      'person:rykov-a-i',
    )
    const who = await get('/api/who?body=Political%20Bureau&role=member&on=1927-06-01')
    assert.deepEqual(who.body.holders.map((h: { person: string }) => h.person).sort(), [
      'person:bukharin-n-i',
      'person:rykov-a-i',
      'person:trotsky-l-d',
    ])
    assert.match(who.body.holders[0].passages[0].quote, /full members of the Politburo/)
    assert.equal((await get('/api/timeline?entity=Trotskii')).body.entity.id, 'person:trotsky-l-d')
    assert.equal((await get('/api/members?body=Politburo')).body.members.length, 3)
    const system = await get('/api/system?on=1927-06-01')
    assert.equal(system.body.bodies[0].body, 'body:politburo')
    for (const url of ['/api/conflicts', '/api/citations', '/api/diagnostics?severity=warning']) {
      assert.equal((await get(url)).status, 200, url)
    }
  })

  it('answers bad parameters with 400 and the reason', async () => {
    assert.deepEqual(await get('/api/search').then((r) => [r.status, r.body]), [
      400,
      { error: { code: 'bad-request', message: "querystring must have required property 'q'" } },
    ])
    assert.deepEqual((await get('/api/documents?limit=0')).body, {
      error: { code: 'bad-request', message: 'querystring/limit must be >= 1' },
    })
    assert.deepEqual((await get('/api/documents?from=1927-5')).body, {
      error: {
        code: 'bad-request',
        message: 'querystring/from must match pattern "^\\d{4}(-\\d{2}(-\\d{2})?)?$"',
      },
    })
    assert.deepEqual(await get('/api/system?on=1927-02-30').then((r) => [r.status, r.body]), [
      400,
      { error: { code: 'bad-request', message: 'Expected a day as YYYY-MM-DD, got "1927-02-30"' } },
    ])
    assert.equal((await get('/api/documents?type=poem')).status, 400)
    assert.equal((await get('/api/entities?type=planet')).status, 400)
    assert.equal((await get('/api/documents?colour=red')).status, 400)
  })

  it('answers unknown ids and routes with 404', async () => {
    assert.deepEqual(await get('/api/documents/doc:nope').then((r) => [r.status, r.body]), [
      404,
      { error: { code: 'not-found', message: 'Cannot find document "doc:nope"' } },
    ])
    assert.deepEqual((await get('/api/entities/person:nobody')).body, {
      error: { code: 'not-found', message: 'Cannot find entity "person:nobody"' },
    })
    assert.deepEqual((await get('/api/who?body=Zzyzx&on=1927-01-01')).body, {
      error: { code: 'not-found', message: 'Cannot find body "Zzyzx"' },
    })
    assert.deepEqual(await get('/api/nothing').then((r) => [r.status, r.body]), [
      404,
      { error: { code: 'not-found', message: 'Cannot find route "GET /api/nothing"' } },
    ])
  })

  it('describes every route in the OpenAPI document', async () => {
    const { body } = await get('/api/openapi.json')
    assert.match(body.openapi, /^3\./)
    const listed = Object.entries(body.paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((m) => `${m.toUpperCase()} ${path}`),
    )
    assert.deepEqual(listed.sort(), API_ROUTES.map(([method, path]) => `${method} ${path}`).sort())
    assert.ok(body.paths['/api/documents'].get.parameters.some((p: { name: string }) => p.name === 'from'))
  })

  it('sends the security headers with every response, errors included', async () => {
    for (const url of ['/', '/api/sources', '/api/documents/doc:nope']) {
      const { headers } = await get(url).catch(async () => ({ headers: (await app.inject(url)).headers }))
      assert.equal(headers['content-security-policy'], CONTENT_SECURITY_POLICY, url)
      assert.equal(headers['x-content-type-options'], 'nosniff')
      assert.equal(headers['referrer-policy'], 'no-referrer')
    }
  })

  it('shows a page listing the API until the web edition is built', async () => {
    const reply = await app.inject('/')
    assert.equal(reply.statusCode, 200)
    assert.match(reply.headers['content-type'] as string, /^text\/html/)
    assert.match(reply.body, /pages are not built yet/)
    assert.match(reply.body, /href="\/api\/openapi\.json"/)
  })

  it('requires the access token to import', async () => {
    const post = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/import', headers, payload: { paths: ['/nowhere'] } })
    const missing = await post({})
    assert.equal(missing.statusCode, 401)
    assert.deepEqual(missing.json(), {
      error: {
        code: 'unauthorized',
        message: 'Missing or wrong access token: send "Authorization: Bearer <token>"',
      },
    })
    assert.equal((await post({ authorization: `Bearer ${TEST_TOKEN}x` })).statusCode, 401)
    const ok = await post({ authorization: `Bearer ${TEST_TOKEN}` })
    assert.equal(ok.statusCode, 200)
    assert.equal(ok.json().files[0].status, 'failed')
    const bad = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      payload: { paths: [] },
    })
    assert.deepEqual(bad.json(), {
      error: { code: 'bad-request', message: 'body/paths must NOT have fewer than 1 items' },
    })
  })
})

describe('createApp without a token', () => {
  let store: Store
  before(() => {
    store = createSqliteStore({ path: ':memory:' })
  })
  after(async () => store.close())

  it('is read-only: import is refused even with a token', async () => {
    const app = createApp({ store })
    const reply = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { authorization: 'Bearer anything' },
      payload: { paths: ['/tmp'] },
    })
    assert.equal(reply.statusCode, 401)
    assert.deepEqual(reply.json(), {
      error: {
        code: 'unauthorized',
        message: 'The server is read-only: start it with --token or FOND_TOKEN to allow this',
      },
    })
    await app.close()
  })

  it('answers an unexpected failure with 500 and no detail, and logs it', async () => {
    const failing: Store = {
      ...store,
      listSources: async () => {
        throw new Error('Disk on fire at /secret/path')
      },
    }
    const app = createApp({ store: failing })
    const reply = await app.inject('/api/sources')
    assert.equal(reply.statusCode, 500)
    assert.deepEqual(reply.json(), {
      error: { code: 'internal', message: 'The server failed to answer: see its log' },
    })
    assert.doesNotMatch(reply.body, /secret|Disk|at /)
    await app.close()
  })
})

describe('GET /api/entities/{id}: kept per store revision', () => {
  it('answers with an ETag, 304 on a repeat visit, and anew once an import changes the store', async () => {
    const server = await createTestServer()
    try {
      const page = () => server.app.inject('/api/entities/person:bukharin-n-i')
      const first = await page()
      const etag = first.headers.etag as string
      assert.match(etag, /^"[\w-]+"$/)
      assert.equal((await page()).headers.etag, etag)
      const repeat = await server.app.inject({
        url: '/api/entities/person:bukharin-n-i',
        headers: { 'if-none-match': etag },
      })
      assert.equal(repeat.statusCode, 304)
      await server.importText(
        'more-letters.md',
        '# More Letters\n\n## Letter 1\n\n[1 June 1928]\n\nBukharin came to see me.\n',
      )
      const after = await page()
      assert.notEqual(after.headers.etag, etag)
      assert.equal(after.json().mentionTotal, first.json().mentionTotal + 1)
    } finally {
      await server.cleanUp()
    }
  })
})
