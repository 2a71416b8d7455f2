import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { UsageError } from '../core/index.ts'
import { wholeNumber } from './whole-number.ts'

describe('wholeNumber', () => {
  it('takes a whole number in range and refuses anything else, naming the option', () => {
    const port = wholeNumber('--port', 0, 65535)
    assert.equal(port('8080'), 8080)
    assert.equal(port('0'), 0)
    for (const bad of ['65536', '-1', '2.5', '3x', '', 'port'])
      assert.throws(
        () => port(bad),
        (error: unknown) => error instanceof UsageError && /--port/.test(error.message),
      )
    assert.throws(() => wholeNumber('--offset', 0)('-1'), /use a whole number of 0 or more/)
    assert.equal(wholeNumber('--offset', 0)('1000000'), 1_000_000)
  })
})
