import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestServer } from './test-edition.ts'

type App = Awaited<ReturnType<typeof createTestServer>>['app']
interface Facet {
  value: string
  label: string
  count: number
}

describe('GET /api/search: person and body facets', () => {
  let app: App
  let cleanUp: () => Promise<void>
  const search = async (query: string) => {
    const reply = await app.inject(`/api/search?${query}`)
    assert.equal(reply.statusCode, 200, reply.body)
    return reply.json()
  }
  const titles = (body: { documents: { title: string }[] }) => body.documents.map((d) => d.title).sort()

  before(async () => {
    ;({ app, cleanUp } = await createTestServer())
  })
  after(async () => cleanUp())

  it('counts the people and bodies that the matching documents mention', async () => {
    const body = await search('q=grain')
    assert.deepEqual(titles(body), ['Letter 1', 'Letter 2'])
    const person = new Map(body.facets.person.map((f: Facet) => [f.value, f]))
    assert.deepEqual(person.get('person:bukharin-n-i'), {
      value: 'person:bukharin-n-i',
      label: 'Bukharin, Nikolai Ivanovich',
      count: 2,
    })
    assert.equal((person.get('person:trotsky-l-d') as Facet | undefined)?.count, 1)
    assert.deepEqual(
      body.facets.body.map((f: Facet) => [f.value, f.count]),
      [['body:politburo', 1]],
    )
    const counts = body.facets.person.map((f: Facet) => f.count)
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most frequent first',
    )
  })

  it('keeps only the documents that mention the chosen person or body', async () => {
    assert.deepEqual(titles(await search('q=grain&person=person%3Atrotsky-l-d')), ['Letter 1'])
    assert.deepEqual(titles(await search('q=grain&body=body%3Apolitburo')), ['Letter 1'])
    const both = await search('q=grain&person=person%3Abukharin-n-i&body=body%3Apolitburo')
    assert.deepEqual(titles(both), ['Letter 1'])
    assert.deepEqual(
      both.facets.person.find((f: Facet) => f.value === 'person:bukharin-n-i')?.count,
      1,
      'facets count the documents kept',
    )
    const nobody = await search('q=grain&person=person%3Anobody')
    assert.equal(nobody.total, 0)
    assert.deepEqual(nobody.facets.person, [])
  })

  it('refuses an empty person or body', async () => {
    assert.equal((await app.inject('/api/search?q=grain&person=')).statusCode, 400)
    assert.equal((await app.inject('/api/search?q=grain&body=')).statusCode, 400)
  })
})
