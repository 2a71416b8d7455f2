import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CONTENT_SECURITY_POLICY } from './security-headers.ts'
import { createTestServer } from './test-edition.ts'

describe('a hostile source imported and served', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>
  before(async () => {
    server = await createTestServer()
  })
  after(async () => server.cleanUp())

  it('loses every script, handler, javascript: URL, frame, object and style in its HTML', async () => {
    const list = await server.app.inject('/api/documents?source=hostile.md&type=letter')
    const [doc] = list.json().documents
    assert.ok(doc, 'the hostile letter was imported')
    const reply = await server.app.inject(`/api/documents/${doc.id}`)
    assert.equal(reply.headers['content-security-policy'], CONTENT_SECURITY_POLICY)
    const { html, notes } = reply.json()
    const all = [html, ...notes.map((n: { html: string }) => n.html)].join('\n')
    for (const forbidden of [
      /<script/i,
      /<iframe/i,
      /<img/i,
      /<svg/i,
      /<object/i,
      /\son\w+=/i,
      /href\s*=\s*["']?\s*javascript:/i,
      /style=/i,
      /alert\('(script|note|img|a|p|svg|b)'\)/,
    ]) {
      assert.doesNotMatch(all, forbidden)
    }
    assert.match(html, /<sup>1<\/sup>/)
    assert.match(html, /Styled/)
    assert.match(all, /<b>bold<\/b>/)
  })

  it('returns its raw text only as JSON strings, never as a page', async () => {
    const reply = await server.app.inject('/api/search?q=Styled')
    assert.match(reply.headers['content-type'] as string, /^application\/json/)
    for (const hit of reply.json().documents) assert.doesNotMatch(hit.snippetHtml, /<(?!\/?mark>)/)
  })
})
