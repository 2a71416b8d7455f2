import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { SourceFile, SourceText } from '../core/index.ts'
import { createId, createLineIndex } from '../core/index.ts'
import { ingest } from './ingest.ts'

const CORPUS = new URL('../../../shared/corpus/', import.meta.url)

function fileOf(bytes: Uint8Array, name = 'source.txt'): SourceFile {
  return { id: createId('source', name), path: name, name, bytes, contentHash: 'x' }
}
function textOf(content: string): SourceText {
  const text = ingest(fileOf(new TextEncoder().encode(content))).text
  assert.ok(text)
  return text
}
function corpusFile(prefix: string): SourceFile {
  const name = readdirSync(CORPUS).find((entry) => entry.startsWith(prefix))
  assert.ok(name, `corpus file ${prefix} is missing`)
  return fileOf(readFileSync(new URL(name, CORPUS)), name)
}

/** A repeatable pseudo-random sequence (mulberry32), so failures can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const LAYOUT_REASONS = new Set(['line-break-hyphen', 'blank-lines'])

/** Checks 200 random spans: the raw span, without joined hyphens and line breaks, reads as the text span. */
function assertRoundTrip(text: SourceText): void {
  const next = random(7)
  const flatten = (value: string) => value.replace(/-\n[ \t]*(?:- )?/g, '').replace(/\s+/g, ' ')
  for (let i = 0; i < 200; i++) {
    const start = Math.floor(next() * (text.text.length - 1))
    const end = Math.min(text.text.length, start + 1 + Math.floor(next() * 60))
    const raw = text.map.spanToRaw({ start, end })
    const touched = text.removals.filter(
      (removal) => removal.span.start < raw.end && removal.span.end > raw.start,
    )
    if (touched.some((removal) => !LAYOUT_REASONS.has(removal.reason))) continue
    const rawSlice = text.raw.slice(raw.start, raw.end)
    const textSlice = text.text.slice(start, end)
    if (touched.length === 0)
      assert.equal(rawSlice.replace(/\s/g, ' '), textSlice.replace(/\s/g, ' '), `span ${start}-${end}`)
    else
      assert.equal(
        flatten(rawSlice).replace(/ /g, ''),
        flatten(textSlice).replace(/ /g, ''),
        `span ${start}-${end}`,
      )
  }
}

describe('ingest', () => {
  it('refuses bad input with a diagnostic and no text', () => {
    const result = ingest(fileOf(new Uint8Array([0x61, 0xff, 0x62])))
    assert.equal(result.text, undefined)
    assert.equal(result.diagnostics[0]?.ruleId, 'invalid-utf8')
  })

  it('drops a byte order mark and CRLF line endings while mapping to the raw file', () => {
    const text = textOf('\uFEFFLetter 1\r\nDear friend\r\n')
    assert.equal(text.text, 'Letter 1\nDear friend\n')
    assert.equal(text.raw.slice(text.map.toRaw(9)), 'Dear friend\r\n')
  })

  it('joins a hyphenated word and keeps the line count of the original', () => {
    const source =
      'In a letter to the Politburo in early October, he at-\ntacked the party’s economic policy; and\ncondemned it.\n'
    const text = textOf(source)
    assert.match(text.text, /he attacked\nthe party’s/)
    assert.equal(text.text.split('\n').length, source.split('\n').length)
    assert.deepEqual(
      text.removals.map((removal) => removal.reason),
      ['line-break-hyphen'],
    )
  })

  it('reads an HTML page as Markdown-flavoured text with a title', () => {
    const text = textOf(
      '<!doctype html><html><head><title>Letter 1</title></head><body><h2>To Molotov</h2><p>Greetings&nbsp;friend<sup>1</sup></p></body></html>',
    )
    assert.equal(text.format, 'html')
    assert.equal(text.title, 'Letter 1')
    assert.equal(text.text, '## To Molotov\n\nGreetings friend<sup>1</sup>')
  })
})

describe('ingest on the corpus', () => {
  const expected: ReadonlyArray<[string, string]> = [
    ['000', 'plain-text'],
    ['001', 'markdown'],
    ['002', 'markdown'],
    ['003', 'markdown'],
    ['004', 'wiki'],
  ]
  for (const [prefix, format] of expected) {
    it(`reads file ${prefix} as ${format} and maps 200 random spans back`, () => {
      const result = ingest(corpusFile(prefix))
      assert.ok(result.text)
      assert.equal(result.text.format, format)
      assertRoundTrip(result.text)
    })
  }

  it('repairs the OCR article: hyphens joined, compounds kept, the running head dropped', () => {
    const text = ingest(corpusFile('000')).text as SourceText
    assert.match(text.text, /he attacked\n/)
    assert.match(text.text, /hyperinflation/)
    assert.match(text.text, /all-\ndefining/)
    assert.match(text.text, /self-\nexpulsion/)
    assert.match(text.text, /its development,\n/)
    assert.ok(text.removals.some((removal) => removal.reason === 'running-header'))
  })

  it('finds the facsimile gibberish of the book but not its captions', () => {
    const result = ingest(corpusFile('001'))
    const text = result.text as SourceText
    assert.ok(text.nonProse.length >= 4)
    for (const span of text.nonProse)
      assert.doesNotMatch(text.text.slice(span.start, span.end), /Molotov and Stalin/)
    assert.ok(result.diagnostics.some((diagnostic) => diagnostic.ruleId === 'mixed-script-word'))
    assert.match(text.text, /The Stalin-Bukharin leadership/)
  })

  it('drops the web boilerplate and the wiki residue', () => {
    const web = ingest(corpusFile('002')).text as SourceText
    assert.doesNotMatch(web.text, /To contact/)
    const wiki = ingest(corpusFile('004')).text as SourceText
    assert.doesNotMatch(wiki.text, /\[edit source\]|Jump to navigation|From Marxists/)
    assert.equal(wiki.title, 'Alarm Signal! Danger Draws Closer in USSR')
  })

  it('keeps line numbers right for a word after a join', () => {
    const text = ingest(corpusFile('000')).text as SourceText
    const offset = text.text.indexOf('attacked')
    const lines = createLineIndex(text.raw)
    assert.equal(lines.lineAt(text.map.toRaw(offset + 2)), lines.lineAt(text.map.toRaw(offset)) + 1)
  })

  it('ingests the 758 KB book well under 200 ms', () => {
    const file = corpusFile('001')
    const times: number[] = []
    for (let run = 0; run < 3; run++) {
      const started = performance.now()
      ingest(file)
      times.push(performance.now() - started)
    }
    assert.ok(Math.min(...times) < 200, `took ${Math.min(...times)} ms`)
  })
})
