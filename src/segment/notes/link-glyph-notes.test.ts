import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic, SourceText } from '../../core/index.ts'
import { createId, identityMap } from '../../core/index.ts'
import { linkNotes } from './link-notes.ts'

const SOURCE = createId('source', 'ocr')

function run(text: string) {
  const source: SourceText = {
    sourceId: SOURCE,
    format: 'plain-text',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
  const diagnostics: Diagnostic[] = []
  const result = linkNotes(source, [], { sourceId: SOURCE, report: (d) => diagnostics.push(d) })
  const labelOf = (id: string | undefined) => result.notes.find((n) => n.id === id)?.label
  return {
    ...result,
    diagnostics,
    links: result.markers.map((m) => [m.label, text.slice(m.span.start, m.span.end), labelOf(m.noteId)]),
  }
}

// Short excerpt of an OCR'd article: superscripts became quote marks; notes 9–10 sit at the page foot in mid-sentence.
const OCR_PAGE = [
  "Central Committee (CC) to discuss them.' Instead, on October 25-27,",
  '1923, the Workers’ Opposition met (the ‘Lenin levy’). As a result the',
  'workers joined the party.’',
  '',
  '“Dear comrade V.,',
  '',
  "We’ received your'” letter and materials about the discussion in Baku.",
  'we are sending a clarification of our general positions — the steno-',
  '',
  '9. “We” probably refers to himself together with Shliapnikov.',
  '',
  '10. Uses formal “you” (Bbr).',
  ' graphic report of comrade Shliapnikov’s speech.',
  '',
  '1. About your resolution.',
  '',
].join('\n')

describe('linkNotes on OCR text', () => {
  it('numbers the glyph markers from the page-foot notes and keeps the letter’s own points apart', () => {
    const { links, notes } = run(OCR_PAGE)
    assert.deepEqual(links, [
      ['7', "'", undefined],
      ['8', '’', undefined],
      ['9', '’', '9'],
      ['10', "'”", '10'],
    ])
    assert.deepEqual(
      notes.map((n) => [n.label, n.kind]),
      [
        ['9', 'footnote'],
        ['10', 'footnote'],
      ],
    )
  })

  it('reports the markers whose note text is missing', () => {
    const { diagnostics } = run(OCR_PAGE)
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      ['footnote-without-note', 'footnote-without-note'],
    )
  })

  it('keeps an unnumbered * note without a marker, and reads an asterisk glyph as a marker', () => {
    const text = [
      'Background',
      '',
      'He wrote an article in Pravda in January 1924.*',
      '',
      '* I offer many thanks to a colleague.',
      ' Meanwhile, foreign affairs intruded.',
      '',
      'Still more text.',
      '',
      '2. The article appeared on 18 January.',
      '',
    ].join('\n')
    const { links, notes, diagnostics } = run(text)
    assert.deepEqual(links, [['2', '*', '2']])
    assert.deepEqual(
      notes.map((n) => n.label),
      ['*', '2'],
    )
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId),
      ['note-without-marker'],
    )
  })
})
