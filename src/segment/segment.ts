import type { Document, SegmentResult, SourceText, StageContext } from '../core/index.ts'
import { createId, emptySegmentResult, hashKey } from '../core/index.ts'
import { findQuotedDocuments } from './articles/find-quoted-documents.ts'
import { findWitnesses } from './articles/find-witnesses.ts'
import { parseBookIndex } from './book-index/parse-book-index.ts'
import { parseGlossary } from './glossary/parse-glossary.ts'
import { nestDocuments } from './nest-documents.ts'
import { linkNotes } from './notes/link-notes.ts'
import { splitStructure } from './structure/split-structure.ts'

/**
 * Splits a source text into its document tree, notes and reference apparatus.
 * @example segment(text, context).documents[0]?.type // 'source'
 */
export function segment(text: SourceText, context: StageContext): SegmentResult {
  const root: Document = {
    id: createId('doc', hashKey(text.sourceId, 'root')),
    sourceId: text.sourceId,
    type: 'source',
    title: text.title ?? 'Untitled source',
    span: { start: 0, end: text.text.length },
    addressees: [],
    insertions: [],
    blocks: [],
    order: 0,
    rule: 'segment:source-root',
  }
  const structure = splitStructure(text, context).map((doc) =>
    doc.parentId === undefined ? { ...doc, parentId: root.id } : doc,
  )
  const quoted = findQuotedDocuments(text, [root, ...structure], context)
  const documents = nestDocuments([root, ...structure, ...quoted])
  const { notes, markers } = linkNotes(text, documents, context)
  const { witnesses, editorial } = findWitnesses(text, documents, context)
  return {
    documents,
    notes,
    markers,
    editorial,
    glossary: parseGlossary(text, documents, context),
    index: parseBookIndex(text, documents, context),
    witnesses,
  }
}

/**
 * Only a source's authority apparatus: its glossary of names and its index, found in the document structure
 * (no notes, quoted documents or witnesses). What the first pass of an import needs, at a fraction of the cost.
 * @example segmentApparatus(text, context).glossary.length
 */
export function segmentApparatus(text: SourceText, context: StageContext): SegmentResult {
  const documents = splitStructure(text, context)
  return {
    ...emptySegmentResult(),
    documents,
    glossary: parseGlossary(text, documents, context),
    index: parseBookIndex(text, documents, context),
  }
}
