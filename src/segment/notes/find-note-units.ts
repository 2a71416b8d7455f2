import type { Document, DocumentId } from '../../core/index.ts'
import type { TextLine } from './text-lines.ts'
import { isHeadingLine } from './text-lines.ts'

/** Document types whose notes are numbered on their own (numbering restarts in each). */
const SEQUENCE_TYPES: ReadonlySet<string> = new Set([
  'letter',
  'telegram',
  'note',
  'chapter',
  'section',
  'article',
])

/** A stretch of text whose notes may form a sequence of their own: a document, or the text under a heading. */
export interface NoteUnit {
  /** Where the unit starts (offset into the normalised text). */
  readonly start: number
  readonly end: number
  /** The innermost document that holds the unit. */
  readonly documentId?: DocumentId
}

/** Finds the unit that holds an offset. */
export interface NoteUnits {
  unitAt(offset: number): NoteUnit
  /** The innermost document of any type that holds the offset. */
  documentAt(offset: number): DocumentId | undefined
}

/**
 * Divides a text into the units that restart note numbering: the innermost letter, telegram, note, chapter,
 * section or article; when no such document is given, the text under each Markdown heading.
 * @example findNoteUnits(lines, text.length, documents).unitAt(120).documentId
 */
export function findNoteUnits(
  lines: readonly TextLine[],
  length: number,
  documents: readonly Document[],
): NoteUnits {
  const innermost = (offset: number, types?: ReadonlySet<string>): Document | undefined => {
    let best: Document | undefined
    for (const doc of documents) {
      if (types !== undefined && !types.has(doc.type)) continue
      if (offset < doc.span.start || offset >= Math.max(doc.span.end, doc.span.start + 1)) continue
      if (best === undefined || doc.span.end - doc.span.start <= best.span.end - best.span.start) best = doc
    }
    return best
  }
  const documentAt = (offset: number): DocumentId | undefined => innermost(offset)?.id
  if (documents.some((doc) => SEQUENCE_TYPES.has(doc.type))) {
    return {
      documentAt,
      unitAt(offset) {
        const doc = innermost(offset, SEQUENCE_TYPES)
        if (doc === undefined) return withDocument({ start: 0, end: length }, documentAt(offset))
        return { start: doc.span.start, end: doc.span.end, documentId: doc.id }
      },
    }
  }
  const starts = [
    0,
    ...lines.filter((line) => isHeadingLine(line) && line.start > 0).map((line) => line.start),
  ]
  return {
    documentAt,
    unitAt(offset) {
      let index = 0
      while (index + 1 < starts.length && (starts[index + 1] as number) <= offset) index++
      const span = { start: starts[index] as number, end: starts[index + 1] ?? length }
      return withDocument(span, documentAt(offset))
    },
  }
}

function withDocument(span: { start: number; end: number }, documentId: DocumentId | undefined): NoteUnit {
  return documentId === undefined ? span : { ...span, documentId }
}
