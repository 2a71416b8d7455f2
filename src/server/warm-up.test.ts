import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { Store } from '../store/index.ts'
import { createApp } from './app.ts'
import { loadEntityIndex } from './entity-index.ts'
import { loadMentionIndex } from './mention-index.ts'
import { createTestServer, TEST_TOKEN } from './test-edition.ts'
import { warmUp } from './warm-up.ts'

/** The store, counting how often the entities and who mentions them are read from it. */
function countingReads(store: Store) {
  const counter = { reads: 0 }
  const counted: Store = {
    ...store,
    listEntities: async (filter) => {
      counter.reads++
      return store.listEntities(filter)
    },
    listEntityDocuments: async (filter) => {
      counter.reads++
      return store.listEntityDocuments(filter)
    },
  }
  return { counted, counter }
}

describe('warmUp', () => {
  it('builds the per-revision indexes once, so that requests after it read none of them again', async () => {
    const { store, cleanUp } = await createTestServer()
    try {
      const { counted, counter } = countingReads(store)
      await warmUp(counted)
      const built = counter.reads
      assert.ok(built >= 2, 'the entities and who mentions them were read')
      const index = await loadEntityIndex(counted)
      assert.ok(index.byId.has('person:bukharin-n-i'))
      await loadMentionIndex(counted)
      assert.equal(counter.reads, built)
    } finally {
      await cleanUp()
    }
  })
})

describe('createApp with warm', () => {
  /** Whether `done()` comes to hold, checking every 10 ms for at most `ms` milliseconds. */
  async function eventually(done: () => boolean, ms = 2000): Promise<boolean> {
    for (let waited = 0; waited < ms && !done(); waited += 10) await new Promise((r) => setTimeout(r, 10))
    return done()
  }

  it('builds the indexes when ready and after an import, with no request asking', async () => {
    const { store, folder, cleanUp } = await createTestServer()
    const { counted, counter } = countingReads(store)
    const app = createApp({ store: counted, token: TEST_TOKEN, warm: true, webRoot: join(folder, 'no-web') })
    try {
      await app.ready()
      assert.ok(await eventually(() => counter.reads > 0), 'built when the server was ready')
      const before = counter.reads
      writeFileSync(join(folder, 'more.md'), '# More\n\n## Letter 1\n\n[1 June 1928]\n\nRykov wrote.\n')
      const reply = await app.inject({
        method: 'POST',
        url: '/api/import',
        headers: { authorization: `Bearer ${TEST_TOKEN}` },
        payload: { paths: [join(folder, 'more.md')] },
      })
      assert.equal(reply.statusCode, 200, reply.body)
      assert.ok(await eventually(() => counter.reads > before), 'built again after the import')
    } finally {
      await app.close()
      await cleanUp()
    }
  })

  it('builds nothing before a request without it', async () => {
    const { store, folder, cleanUp } = await createTestServer()
    const { counted, counter } = countingReads(store)
    const app = createApp({ store: counted, webRoot: join(folder, 'no-web') })
    try {
      await app.ready()
      assert.equal(await eventually(() => counter.reads > 0, 200), false)
    } finally {
      await app.close()
      await cleanUp()
    }
  })
})
