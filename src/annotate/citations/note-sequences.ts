import type { Document, Note, SegmentResult, Span } from '../../core/index.ts'

/**
 * Builds the function that tells which note sequence or document a span stands in. "Ibid." refers back only
 * within one: the notes of one letter or chapter (numbering that runs on: 1, 2, 3 …), or, in running text, the
 * innermost document that is not a quoted document (a citation introducing a quoted letter and the "ibid." after
 * it belong to the chapter that quotes it).
 * @example createSequenceLocator(segments)({ start: 120, end: 140 }) // 'notes:3' or 'document:doc:…'
 */
export function createSequenceLocator(segments: SegmentResult): (span: Span) => string {
  const notes = [...segments.notes].sort((a, b) => a.span.start - b.span.start)
  const sequences = numberSequences(notes)
  const documents = segments.documents.filter((doc) => doc.type !== 'quoted-document')
  return (span) => {
    const note = findNote(notes, span)
    if (note !== undefined) return `notes:${sequences.get(note)}`
    const doc = findInnermost(documents, span)
    return doc === undefined ? 'source' : `document:${doc.id}`
  }
}

/**
 * Splits the notes (in text order) into sequences: a sequence goes on while the labels count up by one
 * (1, 2, 3 — across the sections of one chapter, whose notes run on) or while the document stays the same.
 */
function numberSequences(notes: readonly Note[]): Map<Note, number> {
  const sequences = new Map<Note, number>()
  let sequence = 0
  let previous: Note | undefined
  for (const note of notes) {
    if (previous !== undefined && !continues(previous, note)) sequence += 1
    sequences.set(note, sequence)
    previous = note
  }
  return sequences
}

function continues(previous: Note, note: Note): boolean {
  const before = Number(previous.label)
  const label = Number(note.label)
  if (Number.isInteger(before) && Number.isInteger(label)) {
    if (label === before + 1) return true
    return label > before && note.documentId === previous.documentId
  }
  return note.documentId === previous.documentId
}

/** The last note starting at or before the span that still contains its start (note spans may overlap). */
function findNote(notes: readonly Note[], span: Span): Note | undefined {
  let low = 0
  let high = notes.length - 1
  let last = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if ((notes[middle]?.span.start ?? 0) <= span.start) {
      last = middle
      low = middle + 1
    } else high = middle - 1
  }
  const note = notes[last]
  return note !== undefined && span.start < note.span.end ? note : undefined
}

function findInnermost(documents: readonly Document[], span: Span): Document | undefined {
  let best: Document | undefined
  for (const doc of documents) {
    if (doc.span.start > span.start || doc.span.end < span.end) continue
    if (best === undefined || doc.span.end - doc.span.start < best.span.end - best.span.start) best = doc
  }
  return best
}
