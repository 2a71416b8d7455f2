import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { Diagnostic, SourceId, SourceText, StageContext } from '../../core/index.ts'
import { identityMap } from '../../core/index.ts'
import { parseGlossary } from './parse-glossary.ts'

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url)

function sourceText(text: string): SourceText {
  return {
    sourceId: 'source:test' as SourceId,
    format: 'markdown',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
}

function collect(): { context: StageContext; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  return { context: { sourceId: 'source:test' as SourceId, report: (d) => diagnostics.push(d) }, diagnostics }
}

describe('parseGlossary', () => {
  it('parses a made-up glossary under its heading and reports a stray paragraph', () => {
    const text = [
      '# Biographical Notes',
      '',
      'Dates are given where known.',
      '',
      '**Jones, Mary** (1850–1920). Suffragist.',
      '',
      '**Tito.** *See* Broz, Josip.',
      '',
      'Photographs follow.',
      '',
      '# Index',
      '',
      'Jones, Mary, 12',
    ].join('\n')
    const { context, diagnostics } = collect()
    const entries = parseGlossary(sourceText(text), [], context)
    assert.deepEqual(
      entries.map((entry) => [entry.name, entry.entryType, entry.see]),
      [
        ['Jones, Mary', 'person', undefined],
        ['Tito', 'cross-reference', 'Broz, Josip'],
      ],
    )
    assert.equal(
      text.slice(entries[0]?.span.start, entries[0]?.span.end),
      '**Jones, Mary** (1850–1920). Suffragist.',
    )
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      ['glossary-unparsed-paragraph'],
    )
  })

  it('finds nothing in a text without a glossary', () => {
    assert.deepEqual(
      parseGlossary(sourceText('# Letters\n\n**Dear friend**, I write.'), [], collect().context),
      [],
    )
  })

  it('reads all 264 entries of the book glossary in the corpus without a diagnostic', () => {
    const name = readdirSync(CORPUS).find((file) => file.startsWith('001_'))
    assert.ok(name !== undefined)
    const { context, diagnostics } = collect()
    const entries = parseGlossary(sourceText(readFileSync(new URL(name, CORPUS), 'utf8')), [], context)
    assert.equal(entries.length, 264)
    assert.equal(entries.filter((entry) => entry.entryType === 'cross-reference').length, 7)
    assert.deepEqual(diagnostics, [])
  })
})
