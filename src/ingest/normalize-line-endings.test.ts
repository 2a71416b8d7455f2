import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normalizeLineEndings } from './normalize-line-endings.ts'

describe('normalizeLineEndings', () => {
  it('leaves an LF text alone with an identity map', () => {
    const result = normalizeLineEndings('Letter 1\nDear friend')
    assert.equal(result.text, 'Letter 1\nDear friend')
    assert.deepEqual(result.diagnostics, [])
  })

  it('turns CRLF and CR into LF and maps offsets back', () => {
    const raw = 'Regards,\r\nJ. Stalin\rSochi'
    const result = normalizeLineEndings(raw)
    assert.equal(result.text, 'Regards,\nJ. Stalin\nSochi')
    assert.equal(raw.slice(result.map.toRaw(result.text.indexOf('Sochi'))), 'Sochi')
    assert.equal(result.diagnostics[0]?.reason, 'Normalised 2 CRLF or CR line endings to LF')
  })

  it('drops a byte order mark and records it', () => {
    const result = normalizeLineEndings('\uFEFF# Preface')
    assert.equal(result.text, '# Preface')
    assert.equal(result.map.toRaw(0), 1)
    assert.equal(result.diagnostics[0]?.ruleId, 'byte-order-mark')
  })
})
