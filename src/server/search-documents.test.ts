import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../store/index.ts'
import { searchDocuments } from './search-documents.ts'
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

/** A made-up book of letters: many say "grain" often, and the one letter that names Trotsky says it once, at length. */
function manyLetters(count: number): string {
  const letters = Array.from(
    { length: count },
    (_, i) =>
      `## Letter ${i + 1}\n\n[${(i % 28) + 1} May 1928]\n\nGrain, grain and grain again: grain for the towns.\n`,
  )
  const filler = 'The weather was poor and the roads were closed for many days in that district. '.repeat(20)
  const last = `## Letter ${count + 1}\n\n[30 May 1928]\n\n${filler}Trotsky asks about the grain.\n\n${filler}\n`
  return `# Letters about Grain\n\n# 1928\n\n${[...letters, last].join('\n')}`
}

describe('searchDocuments: every match counted, pages cut from one order', () => {
  let store: Store
  let cleanUp: () => Promise<void>
  // The book and its chapter match too, by their title: only the letters are counted here.
  const request = { q: 'grain', source: 'grain-letters.md', types: ['letter' as const], limit: 20, offset: 0 }

  before(async () => {
    const server = await createTestServer()
    ;({ store, cleanUp } = server)
    await server.importText('grain-letters.md', manyLetters(60))
  })
  after(async () => cleanUp())

  it('counts and facets every matching document, also those below the first page', async () => {
    const first = await searchDocuments(store, request)
    assert.equal(first.total, 61)
    assert.equal(first.documents.length, 20)
    assert.ok(!first.documents.some((d) => d.title === 'Letter 61'), 'the letter naming Trotsky ranks low')
    assert.deepEqual(
      first.facets.person.map((f) => [f.value, f.count]),
      [['person:trotsky-l-d', 1]],
    )
    const trotsky = await searchDocuments(store, { ...request, person: 'person:trotsky-l-d' })
    assert.deepEqual(
      trotsky.documents.map((d) => d.title),
      ['Letter 61'],
    )
    assert.equal(trotsky.total, 1)
  })

  it('keeps only the documents that mention both the person and the body', async () => {
    const whole = { q: 'grain', limit: 100, offset: 0 }
    const both = await searchDocuments(store, {
      ...whole,
      person: 'person:trotsky-l-d',
      body: 'body:politburo',
    })
    assert.deepEqual(
      both.documents.map((d) => [d.file, d.title]),
      [['imagined-letters.md', 'Letter 1']],
    )
  })

  it('pages through one order: best first, each document once', async () => {
    const all = await searchDocuments(store, { ...request, limit: 200 })
    assert.equal(all.documents.length, 61)
    const scores = all.documents.map((d) => d.score)
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    )
    assert.equal(all.documents.at(-1)?.title, 'Letter 61')
    const pages = []
    for (let offset = 0; offset < 61; offset += 7)
      pages.push(...(await searchDocuments(store, { ...request, limit: 7, offset })).documents)
    assert.deepEqual(
      pages.map((d) => d.documentId),
      all.documents.map((d) => d.documentId),
    )
  })
})

describe('searchDocuments: every word required, however common', () => {
  it('finds only the letters that have both words, when one of them is in most letters', async () => {
    const server = await createTestServer()
    try {
      // 60 letters: "grain" in 40 of them, "tractor" in 10, both in 5.
      const letters = Array.from({ length: 60 }, (_, i) => {
        const words = [i < 40 ? 'grain' : 'bread', i >= 35 && i < 45 ? 'tractor' : 'plough']
        return `## Letter ${i + 1}\n\n[${(i % 28) + 1} May 1928]\n\nThe ${words.join(' and the ')} for the towns.\n`
      })
      await server.importText('farm-letters.md', `# Farm Letters\n\n# 1928\n\n${letters.join('\n')}`)
      const found = await searchDocuments(server.store, { q: 'grain tractor', limit: 20, offset: 0 })
      assert.deepEqual(found.documents.map((d) => d.title).sort(), [
        'Letter 36',
        'Letter 37',
        'Letter 38',
        'Letter 39',
        'Letter 40',
      ])
      assert.equal(found.total, 5)
    } finally {
      await server.cleanUp()
    }
  })
})

describe('searchDocuments: the spellings of an entity searched once per revision', () => {
  it('reuses what the spellings matched for every query that names the entity, until the store changes', async () => {
    const server = await createTestServer()
    try {
      const spellingSearches: string[][] = []
      const counted: Store = {
        ...server.store,
        matchDocuments: async (query) => {
          if (query.keys !== undefined && query.keys.length > 0) spellingSearches.push([...query.keys])
          return server.store.matchDocuments(query)
        },
      }
      const search = (q: string) => searchDocuments(counted, { q, limit: 20, offset: 0 })
      const first = await search('Trotsky')
      assert.equal(first.entities[0]?.id, 'person:trotsky-l-d')
      const searched = spellingSearches.length
      assert.ok(searched >= 1)
      const again = await search('Троцкий')
      assert.equal(again.entities[0]?.id, 'person:trotsky-l-d')
      assert.equal(spellingSearches.length, searched, 'no spelling of Trotsky searched again')
      assert.deepEqual(
        again.documents.map((d) => d.documentId).sort(),
        first.documents.map((d) => d.documentId).sort(),
      )
      await server.importText('more.md', '# More\n\n## Letter 1\n\n[1 June 1928]\n\nTrotsky wrote again.\n')
      const after = await search('Троцкий')
      assert.ok(spellingSearches.length > searched, 'searched again once the store changed')
      assert.equal(after.total, again.total + 1)
    } finally {
      await server.cleanUp()
    }
  })
})
