import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import { findCitations } from '../../src/annotate/citations/find-citations.ts'
import type { CitationMention, Diagnostic } from '../../src/core/index.ts'
import { readSourceFile } from '../../src/importer/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { segment } from '../../src/segment/index.ts'

const corpus = new URL('../../../shared/corpus/', import.meta.url)

/**
 * Per corpus file (by its number): archival citations found, how many of them are "Ibid." forms, and how many
 * "Ibid." of printed sources were skipped (docs/corpus-001.md §8; corpus-000-002-003-004.md §1.5, §2.3).
 */
const EXPECTED: Readonly<Record<string, { citations: number; ibid: number; skipped: number }>> = {
  '000': { citations: 2, ibid: 0, skipped: 0 },
  '001': { citations: 204, ibid: 109, skipped: 1 },
  '002': { citations: 3, ibid: 0, skipped: 2 },
  '003': { citations: 0, ibid: 0, skipped: 2 },
  '004': { citations: 0, ibid: 0, skipped: 0 },
}

/**
 * The citations no rule can parse. In letter 44 of the letters book, notes 3–5 cite "ibid., d. 761" with no
 * archival citation before them in the letter's notes: the fond and opis they inherit are not printed there.
 */
const KNOWN_UNPARSED: readonly string[] = [
  '*ibid.*, d. 761, l. 51',
  '*ibid.*, d. 756, l. 5',
  '*ibid.*, d. 754, l. 3',
  '*ibid.*, d. 769, l. 2',
  '*ibid.*, d. 770, l. 4',
]

function annotateFile(name: string): {
  found: CitationMention[]
  diagnostics: Diagnostic[]
  quote: (d: Diagnostic) => string
} {
  const file = readSourceFile(new URL(name, corpus).pathname)
  const diagnostics: Diagnostic[] = []
  const context = { sourceId: file.id, report: (d: Diagnostic) => diagnostics.push(d) }
  const text = ingest(file).text
  assert.ok(text !== undefined)
  const segments = segment(text, { sourceId: file.id, report: () => {} })
  const found = findCitations(text, segments, context)
  const quote = (d: Diagnostic) => (d.place === undefined ? '' : text.text.slice(d.place.start, d.place.end))
  return { found, diagnostics, quote }
}

describe('archival citations of the corpus', () => {
  const files = readdirSync(corpus).filter((name) => /^\d{3}_/.test(name))
  const unparsed: string[] = []
  for (const name of files.sort()) {
    const number = name.slice(0, 3)
    it(`parses every archival citation of ${number} into fields`, () => {
      const { found, diagnostics, quote } = annotateFile(name)
      const incomplete = found.filter(({ citation, rule }) => {
        const hasOpis = citation.opis !== undefined || rule.endsWith(':archival-case-number')
        return (
          citation.archive === undefined ||
          citation.fond === undefined ||
          citation.delo === undefined ||
          !hasOpis
        )
      })
      assert.deepEqual(incomplete, [])
      const skipped = diagnostics.filter((d) => d.ruleId === 'ibid-not-archival').length
      const counts = { citations: found.length, ibid: found.filter((m) => m.citation.ibid).length, skipped }
      console.log(`${number}: ${JSON.stringify(counts)}`)
      assert.deepEqual(counts, EXPECTED[number])
      unparsed.push(...diagnostics.filter((d) => d.ruleId === 'unparsed-citation').map(quote))
    })
  }

  it('leaves only the known unparsable citations', { skip: files.length < 5 }, () => {
    console.log(`unparsed: ${JSON.stringify(unparsed)}`)
    assert.deepEqual(unparsed, KNOWN_UNPARSED)
  })
})
