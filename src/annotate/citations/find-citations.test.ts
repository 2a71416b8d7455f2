import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type {
  Diagnostic,
  DocumentId,
  Note,
  NoteId,
  SegmentResult,
  SourceId,
  SourceText,
  Span,
} from '../../core/index.ts'
import { createId, emptySegmentResult, identityMap } from '../../core/index.ts'
import spec from './citations.spec.json' with { type: 'json' }
import { findCitations } from './find-citations.ts'

const SOURCE = createId('source', 'citations-test') as SourceId

function toSourceText(text: string): SourceText {
  return {
    sourceId: SOURCE,
    format: 'plain-text',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
}

function run(text: string, segments: SegmentResult = emptySegmentResult()) {
  const diagnostics: Diagnostic[] = []
  const mentions = findCitations(toSourceText(text), segments, {
    sourceId: SOURCE,
    report: (d) => diagnostics.push(d),
  })
  return { mentions, diagnostics }
}

/** Notes "n. text" of made-up letters: each entry is [document key, label, text]. */
function withNotes(entries: readonly (readonly [string, string, string])[]): {
  text: string
  segments: SegmentResult
} {
  let text = ''
  const notes: Note[] = []
  for (const [doc, label, body] of entries) {
    text += `${label}. `
    const span: Span = { start: text.length, end: text.length + body.length }
    text += `${body}\n\n`
    notes.push({
      id: createId('note', `${doc}-${label}`) as NoteId,
      sourceId: SOURCE,
      documentId: createId('doc', doc) as DocumentId,
      label,
      span,
      kind: 'footnote',
      rule: 'test',
    })
  }
  return { text, segments: { ...emptySegmentResult(), notes } }
}

describe('findCitations', () => {
  describe('spec table (citations.spec.json)', () => {
    for (const row of spec.rows) {
      it(`reads ${row.kind} "${row.input.slice(0, 70)}"`, () => {
        const { mentions } = run(row.input)
        assert.deepEqual(
          mentions.map((mention) => mention.citation),
          row.expected,
        )
      })
    }
  })

  it('keeps the span of the citation as printed, with its rule', () => {
    const text = 'See (RTsKhIDNI f. 17, op. 3, d. 510, l. 5).'
    const [mention] = run(text).mentions
    assert.equal(text.slice(mention?.span.start, mention?.span.end), 'RTsKhIDNI f. 17, op. 3, d. 510, l. 5')
    assert.equal(mention?.rule, 'annotate/citations:archival-fond-opis-delo')
  })

  it('resolves "Ibid." only within the notes of one letter', () => {
    const { text, segments } = withNotes([
      ['letter-1', '1', 'RTsKhIDNI f. 558, op. 1, d. 5297.'],
      ['letter-1', '2', 'Ibid., d. 5298, l. 4.'],
      ['letter-2', '1', 'Ibid., d. 761, l. 51.'],
    ])
    const { mentions, diagnostics } = run(text, segments)
    assert.deepEqual(
      mentions.map((mention) => [mention.citation.fond, mention.citation.delo]),
      [
        ['558', '5297'],
        ['558', '5298'],
      ],
    )
    assert.deepEqual(
      diagnostics.map((d) => [d.ruleId, d.reason]),
      [
        [
          'unparsed-citation',
          'Cannot resolve "Ibid., d. 761, l. 51": no earlier archival citation in the same note sequence or document',
        ],
      ],
    )
  })

  it('follows a chapter whose notes run on across sections', () => {
    const { text, segments } = withNotes([
      ['section-1', '7', 'GARF f. 5446, op. 6, d. 656, ll. 1–3.'],
      ['section-2', '8', 'Ibid., d. 725, l. 13.'],
    ])
    const [, second] = run(text, segments).mentions
    assert.equal(second?.citation.archive, 'GARF')
    assert.equal(second?.citation.opis, '6')
  })

  it('skips a bare "Ibid." that follows a printed source, and counts it', () => {
    const { text, segments } = withNotes([
      ['letter-1', '1', 'RGAE f. 3429, op. 1, d. 2245.'],
      ['letter-1', '2', 'E. H. Carr, *Socialism in One Country* (London, 1958), 2:45.'],
      ['letter-1', '3', 'Ibid.'],
    ])
    const { mentions, diagnostics } = run(text, segments)
    assert.equal(mentions.length, 1)
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, d.ruleId]),
      [['info', 'ibid-not-archival']],
    )
  })

  it('warns about citation-like strings it cannot parse', () => {
    const { mentions, diagnostics } = run('The file (RGASPI, d. 12, l. 5) and (op. 3, d. 7) were lost.')
    assert.equal(mentions.length, 0)
    assert.deepEqual(
      diagnostics.map((d) => [d.ruleId, d.place]),
      [
        ['unparsed-citation', { start: 10, end: 20 }],
        ['unparsed-citation', { start: 36, end: 47 }],
      ],
    )
  })

  it('does not read initials, "ff." or dates of death as citations', () => {
    const { mentions, diagnostics } = run(
      'F. E. Dzerzhinsky (b. 1877, d. 1926) wrote to I. V. Stalin; see pp. 12 f. 14.',
    )
    assert.deepEqual([mentions, diagnostics], [[], []])
  })
})
