import type { DocumentId, NoteId, SourceId } from './ids.ts'
import type { Span } from './span.ts'

/**
 * Kinds of document. Structural units (front matter, chapter, section, glossary, index, article) hold the
 * primary documents embedded in them (letter, telegram, note, appendix document, quoted document).
 */
export const DOCUMENT_TYPES = [
  'source',
  'front-matter',
  'part',
  'chapter',
  'section',
  'article',
  'letter',
  'telegram',
  'note',
  'appendix-document',
  'quoted-document',
  'glossary',
  'index',
  'back-matter',
  'facsimiles',
] as const

/** Kinds of document (see DOCUMENT_TYPES). */
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** How exactly a document's date is known (letters-001 uses the same vocabulary). */
export type DateQualifier =
  | 'exact'
  | 'month'
  | 'year'
  | 'before'
  | 'after'
  | 'no_earlier_than'
  | 'no_later_than'
  | 'range'
  | 'undetermined'

/** A piece of text found in a document, with where it stands (offsets into the normalised text). */
export interface TextField {
  readonly text: string
  readonly span: Span
}

/** A document's date: as printed, and normalised as far as the printed form allows. */
export interface DocumentDate extends TextField {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; absent when only a bound is known. */
  readonly iso?: string
  readonly qualifier: DateQualifier
  /** ISO bound for qualified dates ("No later than 1 August 1925" → 1925-08-01). */
  readonly bound?: string
  /** Ranges: the end of the range. */
  readonly isoEnd?: string
  /** Which rule read it. */
  readonly rule: string
}

/** A passage inside a document written by someone other than its author (a reply, a countersignature). */
export interface Insertion {
  readonly kind: 'reply' | 'countersignature' | 'annotation' | 'enclosure'
  readonly span: Span
  readonly author?: string
  readonly rule: string
}

/** Block-level pieces of a document's text. */
export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'dateline'
  | 'salutation'
  | 'closing'
  | 'signature'
  | 'postscript'
  | 'editorial'
  | 'quote'
  | 'list-item'
  | 'table'

export interface Block {
  readonly type: BlockType
  readonly span: Span
}

/** A primary or structural document, with its metadata. Every span points into the normalised text. */
export interface Document {
  readonly id: DocumentId
  readonly sourceId: SourceId
  readonly parentId?: DocumentId
  readonly type: DocumentType
  /** The number or label the source gives it ("12", "A1"). */
  readonly number?: string
  readonly title: string
  /** The whole document, heading included. */
  readonly span: Span
  readonly heading?: TextField
  /** The editors' date (authoritative in an edition), as printed and normalised. */
  readonly editorialDate?: DocumentDate
  /** The date as the author wrote it in the header ("7/20/25"). */
  readonly headerDate?: TextField
  /** The date (and place) written after the signature ("Sochi 7/28/25"). */
  readonly signoffDate?: TextField
  /** Normalised date of the document from the best evidence available. */
  readonly date?: DocumentDate
  readonly place?: TextField
  readonly author?: string
  readonly addressees: readonly string[]
  readonly salutation?: TextField
  readonly signer?: TextField
  readonly insertions: readonly Insertion[]
  readonly blocks: readonly Block[]
  /** Order of the document within its source (depth-first). */
  readonly order: number
  /** Which rule found the document. */
  readonly rule: string
}

/** A note: footnote or endnote text, with the label printed before it. */
export interface Note {
  readonly id: NoteId
  readonly sourceId: SourceId
  /** The document whose notes sequence it belongs to (numbering restarts per letter or chapter). */
  readonly documentId?: DocumentId
  readonly label: string
  /** The note's text, without its label. */
  readonly span: Span
  readonly kind: 'footnote' | 'endnote'
  readonly rule: string
}

/** A note marker in running text, linked to its note when the note could be found. */
export interface NoteMarker {
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  readonly label: string
  /** The marker as printed (`<sup>3</sup>`, `[3]`, a stray quote mark). */
  readonly span: Span
  readonly noteId?: NoteId
  readonly rule: string
}

/** A stretch the editors inserted (`[…]`, `[illegible]`): kept as editorial, not as the author's text. */
export interface EditorialSpan {
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  readonly span: Span
  readonly rule: string
}
