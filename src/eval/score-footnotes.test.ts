import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { MarkerRecord, NoteId, NoteRecord, SourceEdition } from '../core/index.ts'
import { createId } from '../core/index.ts'
import { scoreFootnotes } from './score-footnotes.ts'
import { scoreLetterNotes } from './score-letter-notes.ts'

const SOURCE = createId('source', 's')

function provenance(line: number, exact = 'x') {
  return {
    sourceId: SOURCE,
    span: { start: 0, end: 1 },
    quote: { exact, prefix: '', suffix: '' },
    lineStart: line,
    lineEnd: line,
    rule: 't',
  }
}
function note(label: string, line: number): NoteRecord {
  return {
    id: createId('note', `${label}-${line}`),
    sourceId: SOURCE,
    documentId: createId('doc', '0'),
    label,
    kind: 'footnote',
    text: '',
    textSpan: { start: 0, end: 0 },
    provenance: provenance(line),
  }
}
function marker(label: string, line: number, noteId?: NoteId, exact = 'x'): MarkerRecord {
  return {
    sourceId: SOURCE,
    documentId: createId('doc', '0'),
    label,
    ...(noteId === undefined ? {} : { noteId }),
    provenance: provenance(line, exact),
  }
}
function edition(
  name: string,
  notes: NoteRecord[],
  markers: MarkerRecord[],
  types: string[] = [],
): SourceEdition {
  const documents = types.map((type, i) => ({ id: createId('doc', `${i}`), type }))
  return { source: { name }, notes, markers, documents } as unknown as SourceEdition
}

const GOLD = {
  name: 'footnotes-other.tsv',
  rows: [
    { file: 'a.txt', note_number: '1', marker_line: '10', note_text_line: '50' },
    { file: 'a.txt', note_number: '2', marker_line: '12', note_text_line: '' },
    { file: 'a.txt', note_number: '*', marker_line: '', note_text_line: '3' },
    { file: 'a.txt', note_number: '3', marker_line: '20', note_text_line: '60' },
  ],
}

describe('scoreFootnotes', () => {
  it('counts a row right when the marker on its line links to the note on its line', () => {
    const one = note('1', 50)
    const three = note('3', 60)
    const found = edition(
      'a.txt',
      [one, note('*', 3), three],
      [marker('1', 10, one.id), marker('2', 12), marker('3', 20, one.id)],
    )
    const score = scoreFootnotes(GOLD, [found])
    assert.deepEqual(score.metrics, {
      linked_accuracy: 0.75,
      marker_recall: 1,
      note_recall: 1,
      precision: 0.5,
    })
    assert.equal(score.misses.length, 1)
    assert.match(
      score.misses[0] ?? '',
      /^a\.txt note "3": expected marker line 20 → note line 60; found marker at line 20 → note at line 50/,
    )
  })

  it('counts a marker without a note wrong when it links somewhere', () => {
    const one = note('1', 50)
    const score = scoreFootnotes({ ...GOLD, rows: [GOLD.rows[1] as (typeof GOLD.rows)[number]] }, [
      edition('a.txt', [one], [marker('2', 12, one.id)]),
    ])
    assert.equal(score.metrics.linked_accuracy, 0)
  })
})

describe('scoreLetterNotes', () => {
  it('scores the edition with letters: markers linked, notes with a marker, labels equal', () => {
    const one = note('1', 5)
    const lone = note('2', 7)
    const letters = edition(
      'b.txt',
      [one, lone],
      [marker('1', 1, one.id, '<sup>1</sup>'), marker('3', 2, undefined, '<sup>3</sup>')],
      ['letter'],
    )
    const score = scoreLetterNotes({ name: 'letters-001.tsv', rows: [] }, [edition('a.txt', [], []), letters])
    assert.deepEqual(score.metrics, { markers_linked: 0.5, notes_with_marker: 0.5, labels_match: 1 })
  })
})
