import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { jsonArrayChunks, jsonPieces } from './json-chunks.ts'

/** Values with everything JSON treats specially: left-out members, empty containers, toJSON, escapes. */
const TRICKY = {
  text: 'line\nbreak "quoted" \u2028 Троцкий',
  absent: undefined,
  call: () => 1,
  nothing: null,
  numbers: [0, -1.5, Number.NaN, Number.POSITIVE_INFINITY],
  holes: [undefined, () => 1, 'kept'],
  empty: { list: [], object: {}, nested: [[], [{}]] },
  date: new Date(Date.UTC(1927, 2, 3)),
  deep: { a: { b: { c: { d: [1, { e: 'f' }] } } } },
}

describe('jsonPieces', () => {
  it('joins to what JSON.stringify writes, at every depth', () => {
    for (const depth of [0, 1, 2, 3, 6])
      for (const value of [TRICKY, [TRICKY, 1], [], {}, 'plain', 7, null])
        assert.equal(
          [...jsonPieces(value, '', depth)].join(''),
          JSON.stringify(value, null, 2),
          `depth ${depth}`,
        )
  })

  it('writes a member at the depth in one piece, and indents every line', () => {
    const pieces = [...jsonPieces({ documents: [{ id: 'a' }, { id: 'b' }] }, '  ', 2)]
    assert.ok(pieces.includes('{\n        "id": "a"\n      }'), pieces.join('|'))
    assert.equal(
      pieces.join(''),
      JSON.stringify({ documents: [{ id: 'a' }, { id: 'b' }] }, null, 2).replaceAll('\n', '\n  '),
    )
  })
})

describe('jsonArrayChunks', () => {
  async function* from(items: unknown[]) {
    yield* items
  }
  const joined = async (items: unknown[]) => {
    let text = ''
    for await (const chunk of jsonArrayChunks(from(items))) text += chunk
    return text
  }

  it('writes an array as JSON.stringify does, with a final line break', async () => {
    assert.equal(await joined([TRICKY, TRICKY]), `${JSON.stringify([TRICKY, TRICKY], null, 2)}\n`)
    assert.equal(await joined([{ a: 1 }]), `${JSON.stringify([{ a: 1 }], null, 2)}\n`)
    assert.equal(await joined([]), '[]\n')
    assert.equal(await joined([undefined, 2, undefined]), '[\n  2\n]\n', 'undefined items are left out')
  })

  it('asks for an item only when the one before it is written, in pieces of bounded size', async () => {
    const big = {
      documents: Array.from({ length: 2000 }, (_, i) => ({ id: `doc:${i}`, body: 'x'.repeat(100) })),
    }
    const asked: number[] = []
    async function* lazy() {
      for (let i = 0; i < 3; i += 1) {
        asked.push(i)
        yield big
      }
    }
    const chunks: string[] = []
    for await (const chunk of jsonArrayChunks(lazy())) {
      if (chunks.length === 0)
        assert.deepEqual(asked, [0], 'the first chunk comes before the second item is asked for')
      chunks.push(chunk)
    }
    assert.ok(chunks.length > 3)
    assert.ok(Math.max(...chunks.map((c) => c.length)) < 70 * 1024)
    assert.equal(chunks.join(''), `${JSON.stringify([big, big, big], null, 2)}\n`)
  })
})
