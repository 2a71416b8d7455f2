import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { decodeSource, findInvalidUtf8, findLongLine, MAX_LINE_LENGTH } from './decode-source.ts'

const encode = (text: string) => new TextEncoder().encode(text)

describe('decodeSource', () => {
  it('decodes a UTF-8 file and keeps a byte order mark in the raw text', () => {
    assert.equal(decodeSource(encode('\uFEFFЗдравствуй!\n')).raw, '\uFEFFЗдравствуй!\n')
  })

  it('refuses an empty file and a file of white space', () => {
    assert.equal(decodeSource(new Uint8Array()).diagnostics[0]?.reason, 'Cannot read the file: it is empty')
    assert.equal(decodeSource(encode(' \n\t\n')).diagnostics[0]?.ruleId, 'empty-file')
  })

  it('refuses a binary file by its NUL bytes or its control bytes', () => {
    assert.equal(
      decodeSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])).diagnostics[0]?.reason,
      'Cannot read the file: it is binary (a NUL byte at byte 4)',
    )
    const controls = new Uint8Array(100).fill(0x01)
    assert.equal(decodeSource(controls).diagnostics[0]?.ruleId, 'binary-file')
  })

  it('reports the byte offset of invalid UTF-8', () => {
    const result = decodeSource(new Uint8Array([0x4c, 0x65, 0x74, 0xc3, 0x28]))
    assert.equal(result.raw, undefined)
    assert.equal(
      result.diagnostics[0]?.reason,
      'Cannot decode the file as UTF-8: invalid byte sequence at byte 3',
    )
  })

  it('refuses a huge file without line breaks quickly, before decoding it', () => {
    const bytes = new Uint8Array(50_000_000).fill(0x61)
    const started = performance.now()
    const result = decodeSource(bytes)
    assert.equal(result.diagnostics[0]?.ruleId, 'line-too-long')
    assert.ok(performance.now() - started < 500)
  })
})

describe('findLongLine', () => {
  it('counts characters, not bytes, when the byte length leaves doubt', () => {
    const cyrillic = encode('ж'.repeat(MAX_LINE_LENGTH - 10)) // two bytes each
    assert.equal(findLongLine(cyrillic), undefined)
    assert.equal(findLongLine(encode(`short\n${'a'.repeat(MAX_LINE_LENGTH + 1)}`)), 6)
  })
})

describe('findInvalidUtf8', () => {
  it('finds overlong forms, surrogates and truncated sequences', () => {
    assert.equal(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80])), 1)
    assert.equal(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0)
    assert.equal(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe2, 0x80])), 2)
    assert.equal(findInvalidUtf8(encode('Soiuзneftexport')), 16)
  })
})
