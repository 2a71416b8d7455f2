import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type {
  DocumentRecord,
  ReusePassageRecord,
  ReuseRecord,
  SourceEdition,
  SourceId,
} from '../core/index.ts'
import { createId } from '../core/index.ts'
import { MARK_END, MARK_START } from './search-text.ts'
import type { Store } from './store.ts'

/** A small edition made by hand: two dated letters and a note, in one source. */
export function createSampleEdition(key = 'sample', contentHash = 'hash-1'): SourceEdition {
  const sourceId = createId('source', key) as SourceId
  const raw = 'Letter 1\n[12 July 1925]\nCom. Molotov,1 greetings.\n1. A note.\nLetter 2\n[3 March 1926]\n'
  const provenance = (start: number, end: number, lineStart: number, lineEnd: number, rule: string) => ({
    sourceId,
    span: { start, end },
    quote: { exact: raw.slice(start, end), prefix: '', suffix: '' },
    lineStart,
    lineEnd,
    rule,
  })
  const letter = (n: number, iso: string, start: number, end: number, line: number): DocumentRecord => ({
    id: createId('doc', `${key}-${n}`),
    sourceId,
    type: 'letter',
    number: String(n),
    title: `Letter ${n}`,
    order: n,
    editorialDate: { text: iso, start, end, line, iso, qualifier: 'exact', rule: 'test' },
    addressees: ['Molotov'],
    insertions: [],
    text: raw.slice(start, end),
    textSpan: { start, end },
    provenance: provenance(start, end, line, line + 2, 'test'),
  })
  const noteId = createId('note', `${key}-1`)
  return {
    source: {
      id: sourceId,
      path: `/tmp/${key}.txt`,
      name: `${key}.txt`,
      contentHash,
      format: 'plain-text',
      byteLength: raw.length,
      lineCount: 6,
      importedAt: '2026-01-01T00:00:00.000Z',
    },
    raw,
    text: raw,
    documents: [letter(1, '1925-07-12', 0, 61, 1), letter(2, '1926-03-03', 61, raw.length, 5)],
    notes: [
      {
        id: noteId,
        sourceId,
        label: '1',
        kind: 'footnote',
        text: 'A note.',
        textSpan: { start: 53, end: 60 },
        provenance: provenance(53, 60, 4, 4, 'test'),
      },
    ],
    markers: [{ sourceId, label: '1', noteId, provenance: provenance(35, 36, 3, 3, 'test') }],
    editorial: [{ sourceId, provenance: provenance(9, 23, 2, 2, 'test') }],
    glossary: [],
    index: [],
    witnesses: [],
    removals: [],
    mentions: [
      {
        type: 'person',
        sourceId,
        documentId: createId('doc', `${key}-1`),
        surface: 'Molotov',
        key: 'molotov',
        entityId: 'person:molotov-v-m',
        entityName: 'Molotov, V. M.',
        confidence: 1,
        provenance: provenance(28, 35, 3, 3, 'test'),
      },
      {
        type: 'date',
        sourceId,
        surface: '12 July 1925',
        iso: '1925-07-12',
        confidence: 1,
        provenance: provenance(10, 22, 2, 2, 'test'),
      },
    ],
    entities: [
      {
        id: 'person:molotov-v-m',
        sourceId,
        type: 'person',
        name: key === 'sample' ? 'Molotov, V. M.' : 'Molotov',
        variants: key === 'sample' ? ['Molotov'] : ['Скрябин'],
        origin: key === 'sample' ? 'authority:people.json' : 'text',
      },
    ],
    facts: [
      {
        id: `fact:${key}-1`,
        type: 'correspondence',
        subject: createId('doc', `${key}-1`),
        predicate: 'wrote-to',
        object: 'person:molotov-v-m',
        start: { text: '12 July 1925', iso: '1925-07-12' },
        confidence: 0.9,
        sourceId,
        evidence: [provenance(0, 23, 1, 2, 'test')],
      },
    ],
    diagnostics: [
      {
        severity: 'warning',
        reason: 'Something odd',
        source: 'test',
        ruleId: 'odd',
        sourceId,
        file: `/tmp/${key}.txt`,
      },
    ],
  }
}

/**
 * The contract every Store adapter passes, run against a real database (no mocks).
 * @example describeStoreContract('sqlite', () => createSqliteStore({ path: ':memory:' }))
 */
export function describeStoreContract(name: string, createStore: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store
    before(async () => {
      store = await createStore()
    })
    after(async () => {
      await store.close()
    })

    it('saves an edition and loads it back unchanged', async () => {
      const edition = createSampleEdition()
      await store.saveEdition(edition)
      assert.deepEqual(await store.loadEdition(edition.source.id), edition)
      assert.equal(await store.findContentHash(edition.source.id), 'hash-1')
    })

    it('finds a source by id or by file name', async () => {
      assert.equal((await store.findSource('sample.txt'))?.id, 'source:sample')
      assert.equal(await store.findSource('missing.txt'), undefined)
    })

    it('replaces everything derived from a source when it is saved again', async () => {
      const changed = createSampleEdition('sample', 'hash-2')
      await store.saveEdition({ ...changed, documents: changed.documents.slice(0, 1) })
      const loaded = await store.loadEdition('source:sample')
      assert.equal(loaded?.documents.length, 1)
      assert.equal(loaded?.diagnostics.length, 1)
      assert.equal(await store.findContentHash('source:sample'), 'hash-2')
      await store.saveEdition(createSampleEdition())
    })

    it('filters documents by source, type and date range', async () => {
      await store.saveEdition(createSampleEdition('other', 'hash-x'))
      assert.equal((await store.listDocuments()).length, 4)
      assert.equal((await store.listDocuments({ source: 'other.txt' })).length, 2)
      assert.deepEqual(
        (await store.listDocuments({ source: 'sample.txt', from: '1926' })).map((d) => d.number),
        ['2'],
      )
      assert.deepEqual(
        (await store.listDocuments({ source: 'sample.txt', to: '1925-07' })).map((d) => d.number),
        ['1'],
      )
      assert.equal((await store.listDocuments({ types: ['telegram'] })).length, 0)
    })

    it('counts what each source holds', async () => {
      const summary = (await store.listSources()).find((s) => s.name === 'sample.txt')
      assert.equal(summary?.documents, 2)
      assert.equal(summary?.notes, 1)
      assert.equal(summary?.markers, 1)
      assert.equal(summary?.diagnostics, 1)
    })

    it('keeps diagnostics of files that could not be imported', async () => {
      await store.saveFileDiagnostics('/tmp/broken.bin', [
        {
          severity: 'error',
          reason: 'Binary',
          source: 'ingest',
          ruleId: 'binary-file',
          sourceId: createId('source', 'broken'),
          file: '/tmp/broken.bin',
        },
      ])
      const list = await store.listDiagnostics({ source: 'broken.bin' })
      assert.deepEqual(
        list.map((d) => d.ruleId),
        ['binary-file'],
      )
      assert.equal((await store.listDiagnostics({ severity: 'error' })).length, 1)
    })

    it('lists mentions by source, type and entity, in the order of the text', async () => {
      const mentions = await store.listMentions({ source: 'sample.txt' })
      assert.deepEqual(
        mentions.map((m) => m.surface),
        ['12 July 1925', 'Molotov'],
      )
      assert.equal((await store.listMentions({ types: ['date'] })).length, 2)
      assert.equal((await store.listMentions({ entityId: 'person:molotov-v-m' })).length, 2)
      assert.equal((await store.listMentions({ source: 'other.txt', limit: 1 })).length, 1)
    })

    it('pages mentions by offset, in the same order as the whole list', async () => {
      const all = (await store.listMentions()).map((m) => `${m.sourceId}:${m.provenance.span.start}`)
      assert.ok(all.length >= 4)
      const page = async (filter: { limit?: number; offset?: number }) =>
        (await store.listMentions(filter)).map((m) => `${m.sourceId}:${m.provenance.span.start}`)
      assert.deepEqual(await page({ offset: 1, limit: 2 }), all.slice(1, 3))
      assert.deepEqual(await page({ offset: 2 }), all.slice(2))
      assert.deepEqual(await page({ offset: all.length }), [])
      const molotov = (await store.listMentions({ entityId: 'person:molotov-v-m' })).map((m) => m.sourceId)
      assert.deepEqual(
        (await store.listMentions({ entityId: 'person:molotov-v-m', offset: 1, limit: 5 })).map(
          (m) => m.sourceId,
        ),
        molotov.slice(1),
      )
    })

    it('merges an entity over the sources that hold it, preferring authority data for its name', async () => {
      const entity = await store.findEntity('person:molotov-v-m')
      assert.equal(entity?.name, 'Molotov, V. M.')
      assert.deepEqual([...(entity?.variants ?? [])].sort(), ['Molotov', 'Скрябин'])
      assert.deepEqual(entity?.sources, ['source:other', 'source:sample'])
      assert.equal(entity?.mentions, 2)
      assert.equal((await store.listEntities({ types: ['place'] })).length, 0)
      assert.equal(await store.findEntity('person:nobody'), undefined)
    })

    it('lists facts by source, type, entity and predicate', async () => {
      assert.equal((await store.listFacts()).length, 2)
      assert.equal((await store.listFacts({ source: 'sample.txt' })).length, 1)
      assert.equal((await store.listFacts({ entity: 'person:molotov-v-m', predicate: 'wrote-to' })).length, 2)
      assert.equal((await store.listFacts({ types: ['post'] })).length, 0)
    })

    it('searches the documents by word prefixes, phrases and keys, marking each match', async () => {
      const hits = await store.searchDocuments({ text: 'molot greet' })
      assert.deepEqual(hits.map((h) => h.documentId).sort(), ['doc:other-1', 'doc:sample-1'])
      const [first] = hits
      assert.equal(first?.type, 'letter')
      assert.equal(first?.title, 'Letter 1')
      assert.equal(first?.date, '1925-07-12')
      assert.ok(first?.snippet.includes(`${MARK_START}Molotov${MARK_END}`), first?.snippet)
      assert.ok((first?.score ?? 0) > 0)
      assert.equal((await store.searchDocuments({ text: '"a note"', source: 'sample.txt' })).length, 1)
      assert.equal((await store.searchDocuments({ text: '"note a"' })).length, 0)
      assert.equal((await store.searchDocuments({ text: 'Молотов' })).length, 0)
      assert.equal((await store.searchDocuments({ text: 'Молотов', keys: ['Molotov'] })).length, 2)
      assert.equal((await store.searchDocuments({ text: 'molotov', types: ['telegram'] })).length, 0)
      assert.equal((await store.searchDocuments({ text: 'molotov', limit: 1 })).length, 1)
    })

    it('finds nothing for text without words, and reads query syntax as plain words', async () => {
      assert.deepEqual(await store.searchDocuments({ text: ' "" ' }), [])
      assert.deepEqual(await store.searchDocuments({ text: 'molotov" OR NEAR(x' }), [])
      assert.equal((await store.searchDocuments({ text: "molotov' & !(" })).length, 2)
    })

    it('searches without snippets, or only in given documents', async () => {
      const bare = await store.searchDocuments({ text: 'molot', snippets: false })
      assert.deepEqual(
        bare.map((h) => h.snippet),
        ['', ''],
      )
      const only = await store.searchDocuments({ text: 'molot', documentIds: ['doc:other-1', 'doc:x'] })
      assert.deepEqual(
        only.map((h) => h.documentId),
        ['doc:other-1'],
      )
      assert.ok(only[0]?.snippet.includes(`${MARK_START}Molotov${MARK_END}`), only[0]?.snippet)
      assert.deepEqual(await store.searchDocuments({ text: 'molot', documentIds: [] }), [])
    })

    it('matches every document of a search with its score, as the ranked search scores it', async () => {
      const { documents, scores } = await store.matchDocuments({ text: 'molot greet' })
      assert.equal(scores.length, documents.length)
      const byId = new Map(documents.map((d, i) => [d.documentId, { ...d, score: scores[i] }]))
      assert.deepEqual([...byId.keys()].sort(), ['doc:other-1', 'doc:sample-1'])
      const { score, ...listing } = byId.get('doc:sample-1') ?? {}
      assert.deepEqual(listing, {
        documentId: 'doc:sample-1',
        title: 'Letter 1',
        type: 'letter',
        sourceId: 'source:sample',
        date: '1925-07-12',
      })
      for (const hit of await store.searchDocuments({ text: 'molot greet', snippets: false }))
        assert.equal(byId.get(hit.documentId)?.score, hit.score, hit.documentId)
      const none = { documents: [], scores: [] }
      assert.deepEqual(await store.matchDocuments({ text: 'Молотов' }), none)
      assert.deepEqual(await store.matchDocuments({ text: ' "" ' }), none)
      assert.equal((await store.matchDocuments({ text: 'Молотов', keys: ['Molotov'] })).documents.length, 2)
      await store.saveEdition(createSampleEdition('fourth'))
      const again = await store.matchDocuments({ text: 'molot greet' })
      assert.ok(
        again.documents.some((d) => d.documentId === 'doc:fourth-1'),
        'a source saved since is matched',
      )
      await store.removeSource('source:fourth')
      assert.equal((await store.matchDocuments({ text: 'molot greet' })).documents.length, 2)
    })

    it('makes the snippets of given documents without searching again', async () => {
      const snippets = await store.makeSnippets({
        text: 'Молотов',
        keys: ['Molotov'],
        documentIds: ['doc:x', 'doc:other-1', 'doc:sample-1'],
      })
      assert.deepEqual(
        snippets.map((s) => s.documentId),
        ['doc:other-1', 'doc:sample-1'],
      )
      for (const { snippet } of snippets)
        assert.ok(snippet.includes(`${MARK_START}Molotov${MARK_END}`), snippet)
      const none = await store.makeSnippets({ text: 'zzzz', documentIds: ['doc:other-1'] })
      assert.deepEqual(none, [{ documentId: 'doc:other-1', snippet: '' }])
      assert.deepEqual(await store.makeSnippets({ text: 'molot', documentIds: [] }), [])
    })

    it('lists the documents that mention entities, once per document and entity', async () => {
      const found = await store.listEntityDocuments({ entityIds: ['person:molotov-v-m', 'person:nobody'] })
      assert.deepEqual(
        found.map((d) => [d.documentId, d.entityId, d.sourceId, d.title, d.type, d.date]),
        [
          ['doc:other-1', 'person:molotov-v-m', 'source:other', 'Letter 1', 'letter', '1925-07-12'],
          ['doc:sample-1', 'person:molotov-v-m', 'source:sample', 'Letter 1', 'letter', '1925-07-12'],
        ],
      )
      const filtered = await store.listEntityDocuments({
        entityIds: ['person:molotov-v-m'],
        source: 'sample.txt',
      })
      assert.deepEqual(
        filtered.map((d) => d.documentId),
        ['doc:sample-1'],
      )
      assert.equal(
        (await store.listEntityDocuments({ entityIds: ['person:molotov-v-m'], types: ['note'] })).length,
        0,
      )
      assert.deepEqual(await store.listEntityDocuments({ entityIds: [] }), [])
    })

    it('saves several editions in one transaction: none of them when one is refused', async () => {
      const sources = async () => (await store.listSources()).map((source) => source.id).sort()
      const before = await sources()
      // The second edition's documents take ids that another source's documents hold: the store refuses it.
      const clashing = createSampleEdition('sixth')
      const taken = {
        ...clashing,
        documents: createSampleEdition('sample').documents.map((doc) => ({
          ...doc,
          sourceId: clashing.source.id,
        })),
      }
      await assert.rejects(store.saveEditions([createSampleEdition('fifth'), taken]))
      assert.deepEqual(await sources(), before, 'neither edition was saved')
      assert.equal(await store.findSource('source:fifth'), undefined)
      await store.saveEditions([createSampleEdition('fifth'), createSampleEdition('sixth')])
      assert.deepEqual(await sources(), [...before, 'source:fifth', 'source:sixth'].sort())
      await store.removeSource('source:fifth')
      await store.removeSource('source:sixth')
    })

    it('changes its revision when a source is saved or removed, and only then', async () => {
      const before = await store.revision()
      assert.equal(await store.revision(), before)
      await store.listSources()
      assert.equal(await store.revision(), before)
      await store.saveEdition(createSampleEdition('third'))
      const saved = await store.revision()
      assert.notEqual(saved, before)
      await store.removeSource('source:third')
      assert.notEqual(await store.revision(), saved)
    })

    it('replaces and lists reuse items; saving a source again drops those with a passage in it', async () => {
      const side = (key: string, n: number): ReusePassageRecord => {
        const doc = createSampleEdition(key).documents[n - 1] as DocumentRecord
        return {
          sourceId: doc.sourceId,
          documentId: doc.id,
          textSpan: doc.textSpan,
          provenance: doc.provenance,
        }
      }
      const item = (
        id: string,
        score: number,
        a: ReusePassageRecord,
        b: ReusePassageRecord,
      ): ReuseRecord => ({
        id,
        score,
        rule: 'collate/reuse:verbatim',
        a,
        b,
        alignment: [{ a: a.provenance.span, b: b.provenance.span }],
      })
      const items = [
        item('reuse:1', 0.5, side('sample', 1), side('other', 1)),
        item('reuse:2', 0.9, side('sample', 2), side('sample', 1)),
      ]
      await store.replaceReuse([items[0] as ReuseRecord])
      const revision = await store.revision()
      await store.replaceReuse(items)
      assert.notEqual(await store.revision(), revision)
      assert.deepEqual(await store.listReuse(), [items[1], items[0]])
      assert.deepEqual(await store.listReuse({ documentId: 'doc:other-1' }), [items[0]])
      assert.deepEqual(await store.listReuse({ documentId: 'doc:missing' }), [])
      await store.saveEdition(createSampleEdition('other', 'hash-y'))
      assert.deepEqual(await store.listReuse(), [items[1]])
      await store.replaceReuse([])
      assert.deepEqual(await store.listReuse(), [])
    })

    it('removes a source and all that was derived from it', async () => {
      assert.equal(await store.removeSource('source:other'), true)
      assert.equal(await store.loadEdition('source:other'), undefined)
      assert.equal((await store.listDocuments({ source: 'source:other' })).length, 0)
      assert.equal(await store.removeSource('source:other'), false)
    })
  })
}
