import type { Diagnostic } from './diagnostic.ts'
import type { DateQualifier, DocumentType, Insertion } from './document.ts'
import type { Entity } from './entity.ts'
import type { Fact } from './fact.ts'
import type { DateValue } from './historical-date.ts'
import type { DocumentId, NoteId, SourceId } from './ids.ts'
import type { ArchivalCitation, EntityType } from './mention.ts'
import type { Provenance } from './provenance.ts'
import type { Alias, IndexSubentry, Locator, Variant } from './reference.ts'
import type { SourceFormat } from './source.ts'

/**
 * The stored form of an edition: what the store saves and loads, what `fond eval` scores and what the
 * CLI and server show. Every record carries its provenance (raw offsets, lines, quote and rule).
 */

/** A field as stored: the text as printed, and where it stands in the original file. */
export interface FieldRecord {
  readonly text: string
  /** Raw offsets. */
  readonly start: number
  readonly end: number
  /** 1-based line in the original file. */
  readonly line: number
}

export interface DateRecord extends FieldRecord {
  readonly iso?: string
  readonly isoEnd?: string
  readonly qualifier: DateQualifier
  readonly bound?: string
  readonly rule: string
}

export interface SourceRecord {
  readonly id: SourceId
  readonly path: string
  readonly name: string
  readonly contentHash: string
  readonly format?: SourceFormat
  readonly title?: string
  readonly byteLength: number
  readonly lineCount: number
  readonly importedAt: string
}

export interface InsertionRecord extends Omit<Insertion, 'span'> {
  readonly field: FieldRecord
}

export interface DocumentRecord {
  readonly id: DocumentId
  readonly sourceId: SourceId
  readonly parentId?: DocumentId
  readonly type: DocumentType
  readonly number?: string
  readonly title: string
  readonly order: number
  readonly heading?: FieldRecord
  readonly editorialDate?: DateRecord
  readonly headerDate?: FieldRecord
  readonly signoffDate?: FieldRecord
  readonly date?: DateRecord
  readonly place?: FieldRecord
  readonly author?: string
  readonly addressees: readonly string[]
  readonly salutation?: FieldRecord
  readonly signer?: FieldRecord
  readonly insertions: readonly InsertionRecord[]
  /** The document's normalised text. */
  readonly text: string
  /** Where `text` stands in the source's normalised text (`SourceEdition.text`). */
  readonly textSpan: { readonly start: number; readonly end: number }
  readonly provenance: Provenance
}

export interface NoteRecord {
  readonly id: NoteId
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  readonly label: string
  readonly kind: 'footnote' | 'endnote'
  readonly text: string
  /** Where the note text stands in the source's normalised text. */
  readonly textSpan: { readonly start: number; readonly end: number }
  readonly provenance: Provenance
}

export interface MarkerRecord {
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  readonly label: string
  readonly noteId?: NoteId
  readonly provenance: Provenance
}

export interface EditorialRecord {
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  readonly provenance: Provenance
}

export interface GlossaryRecord {
  readonly sourceId: SourceId
  readonly nameAsPrinted: string
  readonly name: string
  readonly entryType: 'person' | 'cross-reference'
  readonly aliases: readonly Alias[]
  readonly birthYear?: string
  readonly deathYear?: string
  readonly datesAsPrinted?: string
  readonly description: string
  readonly see?: string
  readonly provenance: Provenance
}

export interface IndexRecord {
  readonly sourceId: SourceId
  readonly headingAsPrinted: string
  readonly heading: string
  readonly locators: readonly Locator[]
  readonly subentries: readonly IndexSubentry[]
  readonly see: readonly string[]
  readonly seeAlso: readonly string[]
  readonly provenance: Provenance
}

export interface VariantRecord extends Omit<Variant, 'span' | 'baseSpan' | 'rule'> {
  readonly provenance: Provenance
  /** Where the base reading stands, when known. */
  readonly base?: FieldRecord
}

export interface WitnessSetRecord {
  readonly sourceId: SourceId
  readonly documentId: string
  readonly baseLabel: string
  readonly otherLabel: string
  readonly variants: readonly VariantRecord[]
}

export interface RemovalRecord {
  readonly reason: string
  readonly start: number
  readonly end: number
  readonly line: number
  readonly text: string
}

export interface DiagnosticRecord extends Diagnostic {
  readonly sourceId: SourceId
  readonly file: string
  /** 1-based line and column of `place.start`, when the diagnostic has a place. */
  readonly line?: number
  readonly column?: number
}

/** A mention as stored: what it is, what it says, what it refers to, and where it stands. */
export interface MentionRecord {
  readonly type: 'date' | 'citation' | EntityType
  readonly sourceId: SourceId
  readonly documentId?: DocumentId
  /** The text that refers (for names without titles and possessive endings; for dates and citations as written). */
  readonly surface: string
  /** Names: the name key shared by every spelling and script. */
  readonly key?: string
  readonly entityId?: string
  /** The entity's preferred name. */
  readonly entityName?: string
  /** Entities a name could refer to when context could not decide. */
  readonly candidates?: readonly string[]
  /** Dates: the ISO value (interval `a/b` for ranges) and the full value. */
  readonly iso?: string
  readonly date?: DateValue
  readonly citation?: ArchivalCitation
  readonly confidence: number
  readonly provenance: Provenance
}

/** An entity as stored with the source that refers to it (the same entity id may come from several sources). */
export interface EntityRecord extends Entity {
  readonly sourceId: SourceId
}

/** A fact as stored: its evidence as provenance (raw offsets, lines, quote, rule) of each passage. */
export interface FactRecord extends Omit<Fact, 'evidence'> {
  readonly sourceId: SourceId
  readonly evidence: readonly (Provenance & { readonly documentId?: DocumentId })[]
}

/** Everything stored for one source. */
export interface SourceEdition {
  readonly source: SourceRecord
  /** The original file, decoded (kept whole so any passage can be shown). */
  readonly raw: string
  /** The normalised text the stages read; documents' `textSpan`s point into it. */
  readonly text: string
  readonly documents: readonly DocumentRecord[]
  readonly notes: readonly NoteRecord[]
  readonly markers: readonly MarkerRecord[]
  readonly editorial: readonly EditorialRecord[]
  readonly glossary: readonly GlossaryRecord[]
  readonly index: readonly IndexRecord[]
  readonly witnesses: readonly WitnessSetRecord[]
  readonly removals: readonly RemovalRecord[]
  readonly mentions: readonly MentionRecord[]
  readonly entities: readonly EntityRecord[]
  readonly facts: readonly FactRecord[]
  readonly diagnostics: readonly DiagnosticRecord[]
}
