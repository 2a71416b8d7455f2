import type { DateValue } from './historical-date.ts'
import type { DocumentId } from './ids.ts'
import type { Span } from './span.ts'

/** Fields every mention has. Spans point into the normalised text. */
interface MentionBase {
  readonly span: Span
  /** The innermost document the mention stands in. */
  readonly documentId?: DocumentId
  /** Which rule found it, e.g. 'annotate/dates:day-month-year'. */
  readonly rule: string
  /** How sure the rule is, 0–1. */
  readonly confidence: number
}

/** A date expression: "12 July 1925", "early November", "1924–29", "October 10 (23), 1917". */
export interface DateMention extends MentionBase {
  readonly type: 'date'
  readonly value: DateValue
}

/** An archival reference, structured: "RGASPI, f. 17, op. 3, d. 510, l. 5", "Ibid., d. 615". */
export interface ArchivalCitation {
  /** The archive's current name (RTsKhIDNI and RGASPI are one archive: 'RGASPI'). */
  readonly archive?: string
  /** The archive's name as printed. */
  readonly archiveAsPrinted?: string
  readonly fond?: string
  readonly opis?: string
  readonly delo?: string
  readonly volume?: string
  /** First list (folio), as printed ("54ob"). */
  readonly list?: string
  /** Last list of a range. */
  readonly listEnd?: string
  /** Every list or list range as printed, when more than one is cited ("ll. 124, 127ob., 137" → 124, 127ob, 137). */
  readonly lists?: readonly string[]
  /** True for "Ibid." forms; the fields then include those taken from the previous citation. */
  readonly ibid: boolean
  /** Fields that were taken from the previous citation in the same note sequence. */
  readonly inherited?: readonly ('archive' | 'fond' | 'opis' | 'delo' | 'volume' | 'list')[]
}

export interface CitationMention extends MentionBase {
  readonly type: 'citation'
  readonly citation: ArchivalCitation
}

/** Kinds of named thing fond recognises. */
export type EntityType = 'person' | 'body' | 'place' | 'event'

/** A name of a person, a body (party or state organ), a place or an event, as written. */
export interface NameMention extends MentionBase {
  readonly type: EntityType
  /** The name without titles ("Com.", "comrade") and possessive endings: the surface that refers. */
  readonly surface: string
  /** The name key (resolve/normalize-name) shared by every spelling and script of the name. */
  readonly key: string
  /** The entity it refers to, once resolved. */
  readonly entityId?: string
  /** Other entities it could refer to when context cannot decide (then `entityId` is absent). */
  readonly candidates?: readonly string[]
}

export type Mention = DateMention | CitationMention | NameMention
