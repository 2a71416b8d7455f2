import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createSqliteStore } from '../store/index.ts'
import { createAnswerCache, matchesEtag } from './answer-cache.ts'

describe('createAnswerCache', () => {
  it('builds an answer once per revision, with an entity tag that follows its content', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const cache = createAnswerCache(store)
    let builds = 0
    const build = async () => JSON.stringify({ text: `version ${++builds}` })
    const [first, second] = await Promise.all([cache.get('doc:a', build), cache.get('doc:a', build)])
    assert.equal(builds, 1)
    assert.equal(first?.body.toString(), '{"text":"version 1"}')
    assert.equal(second?.etag, first?.etag)
    assert.match(first?.etag ?? '', /^"[\w-]+"$/)
    // Any change to the store (here: removing a source it does not have) is a new revision.
    await store.removeSource('source:none')
    const third = await cache.get('doc:a', build)
    assert.equal(third.body.toString(), '{"text":"version 2"}')
    assert.notEqual(third.etag, first?.etag)
    await store.close()
  })

  it('forgets a failed build and the least recently used answers beyond its size', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const cache = createAnswerCache(store, 10)
    await assert.rejects(
      cache.get('doc:x', async () => {
        throw new Error('Cannot find document "doc:x"')
      }),
    )
    assert.equal((await cache.get('doc:x', async () => '"found"')).body.toString(), '"found"')
    let builds = 0
    const build = async () => `"${++builds}${'x'.repeat(5)}"`
    await cache.get('doc:a', build)
    await cache.get('doc:b', build)
    await cache.get('doc:a', build)
    assert.equal(builds, 3, 'doc:a was dropped to make room for doc:b')
    await store.close()
  })
})

describe('matchesEtag', () => {
  it('matches one tag, a list, a weak tag and *, and nothing else', () => {
    assert.equal(matchesEtag('"abc"', '"abc"'), true)
    assert.equal(matchesEtag('"x", W/"abc"', '"abc"'), true)
    assert.equal(matchesEtag('*', '"abc"'), true)
    assert.equal(matchesEtag('"abcd"', '"abc"'), false)
    assert.equal(matchesEtag(undefined, '"abc"'), false)
  })
})
