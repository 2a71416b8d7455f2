import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { Diagnostic, SourceId, SourceText, StageContext } from '../../core/index.ts'
import { identityMap } from '../../core/index.ts'
import { parseBookIndex } from './parse-book-index.ts'

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

describe('parseBookIndex', () => {
  it('parses a made-up plain-text index, reports a bad line and stops before the plates', () => {
    const text = [
      'Chapter text.',
      '',
      'INDEX',
      '',
      'Navy, 12, 45-47',
      'Norway',
      'Oslo, 3n2',
      '',
      '',
      'Plate 1: the harbour',
      'Plate 2: the fleet',
      '',
    ].join('\n')
    const { context, diagnostics } = collect()
    const entries = parseBookIndex(sourceText(text), [], context)
    assert.deepEqual(
      entries.map((entry) => entry.heading),
      ['Navy', 'Oslo'],
    )
    assert.deepEqual(entries[0]?.locators, [{ page: '12' }, { page: '45', pageEnd: '47' }])
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      ['index-unparsed-entry', 'index-section-end'],
    )
  })

  it('reads all 523 entries of the book index in the corpus', () => {
    const name = readdirSync(CORPUS).find((file) => file.startsWith('001_'))
    assert.ok(name !== undefined)
    const { context, diagnostics } = collect()
    const entries = parseBookIndex(sourceText(readFileSync(new URL(name, CORPUS), 'utf8')), [], context)
    assert.equal(entries.length, 523)
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      ['index-section-end'],
    )
  })
})
