import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DocumentId, Note, NoteId, SourceId } from '../../core/index.ts'
import { createId, emptySegmentResult } from '../../core/index.ts'
import { createSequenceLocator } from './note-sequences.ts'

function note(doc: string, label: string, start: number, end: number): Note {
  return {
    id: createId('note', `${doc}-${label}`) as NoteId,
    sourceId: createId('source', 'test') as SourceId,
    documentId: createId('doc', doc) as DocumentId,
    label,
    span: { start, end },
    kind: 'footnote',
    rule: 'test',
  }
}

describe('createSequenceLocator', () => {
  const notes = [
    note('a', '1', 0, 10),
    note('a', '2', 10, 20),
    note('b', '3', 20, 30),
    note('c', '1', 30, 40),
    note('c', '2', 40, 60),
  ]
  const locate = createSequenceLocator({ ...emptySegmentResult(), notes })
  const at = (start: number) => locate({ start, end: start + 1 })

  it('keeps notes whose numbers run on in one sequence, across documents', () => {
    assert.equal(at(2), at(25))
  })

  it('starts a new sequence when numbering restarts', () => {
    assert.notEqual(at(25), at(35))
    assert.equal(at(35), at(45))
  })

  it('places text outside every note in its document, or the source', () => {
    assert.equal(at(70), 'source')
  })
})
