import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { parse as parseCsv } from 'csv-parse/sync'
import Fastify from 'fastify'
import { create } from 'xmlbuilder2'
import type { SourceEdition } from '../../core/index.ts'
import { toJson } from '../../export/index.ts'
import { installErrorHandlers } from '../errors.ts'
import { createTestServer } from '../test-edition.ts'
import { attachment, registerExportRoutes } from './export.ts'

describe('GET /api/export', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>
  const get = (query: string) => server.app.inject(`/api/export?${query}`)
  before(async () => {
    server = await createTestServer()
  })
  after(async () => server.cleanUp())

  it('gives the TEI of one source as an XML download that parses, named after its file', async () => {
    const reply = await get('format=tei&source=imagined-letters.md')
    assert.equal(reply.statusCode, 200, reply.body)
    assert.equal(reply.headers['content-type'], 'application/tei+xml; charset=utf-8')
    assert.match(
      reply.headers['content-disposition'] as string,
      /^attachment; filename="imagined-letters\.tei\.xml"/,
    )
    const tei = create(reply.body).root()
    assert.equal(tei.node.nodeName, 'TEI')
    assert.equal((tei.node as unknown as Element).namespaceURI, 'http://www.tei-c.org/ns/1.0')
    assert.match(reply.body, /Volga/)
  })

  it('gives the whole edition in the other formats with their media types', async () => {
    const expected = {
      cmif: /^application\/tei\+xml/,
      csv: /^text\/csv/,
      jsonld: /^application\/ld\+json/,
      csl: /^application\/vnd\.citationstyles\.csl\+json/,
      bibtex: /^application\/x-bibtex/,
      json: /^application\/json/,
    }
    for (const [format, type] of Object.entries(expected)) {
      const reply = await get(`format=${format}`)
      assert.equal(reply.statusCode, 200, `${format}: ${reply.body.slice(0, 200)}`)
      assert.match(reply.headers['content-type'] as string, type, format)
      assert.match(reply.headers['content-disposition'] as string, /^attachment; filename="fond-edition\./)
    }
    const rows = parseCsv((await get('format=csv&kind=facts')).body, { columns: true }) as object[]
    assert.ok(rows.length > 0, 'facts as CSV rows')
    assert.ok(Array.isArray(JSON.parse((await get('format=csl')).body)))
    assert.match((await get('format=bibtex')).body, /^@misc\{/)
  })

  it('streams the whole edition as JSON, byte for byte what `fond export --format json` writes', async () => {
    const reply = await get('format=json')
    assert.equal(reply.statusCode, 200)
    assert.equal(reply.headers['content-type'], 'application/json; charset=utf-8')
    assert.equal(reply.headers['content-disposition'], attachment('fond-edition.json.json'))
    const sources = await server.store.listSources()
    const editions = (await Promise.all(
      sources.map((s) => server.store.loadEdition(s.id)),
    )) as SourceEdition[]
    editions.sort((a, b) => a.source.name.localeCompare(b.source.name))
    assert.equal(editions.length, 2)
    assert.equal(reply.body, toJson(editions))
    assert.deepEqual(JSON.parse(reply.body), JSON.parse(toJson(editions)))
    const one = await get('format=json&source=imagined-letters.md')
    const letters = editions.find((e) => e.source.name === 'imagined-letters.md') as SourceEdition
    assert.equal(one.body, toJson(letters), 'one source is one edition, not an array')
  })

  it('narrows a citation to one document and its source', async () => {
    const list = (await server.app.inject('/api/documents?source=imagined-letters.md&type=letter')).json()
    const [letter] = list.documents as { id: string; title: string }[]
    assert.ok(letter)
    const reply = await get(`format=csl&source=imagined-letters.md&document=${encodeURIComponent(letter.id)}`)
    const items = JSON.parse(reply.body) as { id: string }[]
    assert.deepEqual(
      items.map((i) => i.id),
      [list.documents[0].sourceId, letter.id],
    )
  })

  it('answers an unknown format or kind with 400, TEI without a source with 400, an unknown source with 404', async () => {
    const unknown = await get('format=docx')
    assert.equal(unknown.statusCode, 400)
    assert.equal(unknown.json().error.code, 'bad-request')
    assert.equal((await get('format=csv&kind=letters')).statusCode, 400)
    assert.equal((await get('')).statusCode, 400)
    const tei = await get('format=tei')
    assert.deepEqual(tei.json(), {
      error: { code: 'bad-request', message: 'TEI is one file per source: give "source"' },
    })
    const missing = await get('format=tei&source=nowhere.md')
    assert.equal(missing.statusCode, 404)
    assert.equal(missing.json().error.code, 'not-found')
    const document = await get('format=csl&source=imagined-letters.md&document=doc:none')
    assert.equal(document.statusCode, 404)
  })

  it('is in the OpenAPI document', async () => {
    const openapi = (await server.app.inject('/api/openapi.json')).json()
    const route = openapi.paths['/api/export'].get
    assert.ok(route.parameters.some((p: { name: string }) => p.name === 'format'))
    assert.ok(route.responses['200'].content['application/tei+xml'])
  })
})

describe('GET /api/export: an edition too large to build in memory', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>
  let app: ReturnType<typeof Fastify>
  const get = (query: string) => app.inject(`/api/export?${query}`)
  before(async () => {
    server = await createTestServer()
    app = Fastify({ ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false } } })
    installErrorHandlers(app)
    const largest = Math.max(...(await server.store.listSources()).map((s) => s.byteLength))
    registerExportRoutes(
      app,
      { store: server.store, authority: [], requireToken: () => {} },
      {
        maxInMemoryBytes: largest,
      },
    )
  })
  after(async () => {
    await app.close()
    await server.cleanUp()
  })

  it('refuses CMIF, CSV and JSON-LD of the whole edition with 413 when the sources exceed the bound', async () => {
    for (const format of ['cmif', 'csv', 'jsonld']) {
      const reply = await get(`format=${format}`)
      assert.equal(reply.statusCode, 413, format)
      assert.equal(reply.json().error.code, 'too-large')
      assert.match(
        reply.json().error.message,
        /too large to export at once.*export one source, or use `fond export`/,
      )
    }
  })

  it('still gives one source in those formats, and the whole edition as JSON or citations', async () => {
    for (const query of [
      'format=cmif&source=hostile.md',
      'format=csv&source=hostile.md',
      'format=json',
      'format=csl',
    ])
      assert.equal((await get(query)).statusCode, 200, query)
  })
})

describe('attachment', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    assert.equal(
      attachment('письма.tei.xml'),
      `attachment; filename="______.tei.xml"; filename*=UTF-8''%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%B0.tei.xml`,
    )
  })
})
