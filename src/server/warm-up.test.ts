import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Store } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { loadMentionIndex } from './mention-index.ts'
import { createTestServer } from './test-edition.ts'
import { warmUp } from './warm-up.ts'

describe('warmUp', () => {
  it('builds the per-revision indexes once, so that requests after it read none of them again', async () => {
    const { store, cleanUp } = await createTestServer()
    try {
      let reads = 0
      const counted: Store = {
        ...store,
        listEntities: async (filter) => {
          reads++
          return store.listEntities(filter)
        },
        listEntityDocuments: async (filter) => {
          reads++
          return store.listEntityDocuments(filter)
        },
      }
      await warmUp(counted)
      const built = reads
      assert.ok(built >= 2, 'the entities and who mentions them were read')
      const index = await loadEntityIndex(counted)
      assert.ok(index.byId.has('person:bukharin-n-i'))
      await loadMentionIndex(counted)
      assert.equal(reads, built)
    } finally {
      await cleanUp()
    }
  })
})
