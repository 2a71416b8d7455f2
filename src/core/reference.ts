import type { SourceId } from './ids.ts'
import type { Span } from './span.ts'

/** A name given as an alias with its label: "real name: Bronstein", "pseudonym: Koba". */
export interface Alias {
  readonly label: string
  readonly name: string
}

/** An entry in a book's glossary (biographical dictionary) of names: an authority record from the source. */
export interface GlossaryEntry {
  readonly sourceId: SourceId
  readonly span: Span
  readonly nameAsPrinted: string
  /** The name without alias parenthesis or final period ("Surname, Given names"). */
  readonly name: string
  readonly entryType: 'person' | 'cross-reference'
  readonly aliases: readonly Alias[]
  readonly birthYear?: string
  readonly deathYear?: string
  readonly datesAsPrinted?: string
  /** The biography after the dates, as printed. */
  readonly description: string
  /** For cross-references: the entry it points to. */
  readonly see?: string
  readonly rule: string
}

/** A page locator in a book index: "217n4" is page 217, note 4. */
export interface Locator {
  readonly page: string
  readonly pageEnd?: string
  readonly note?: string
}

export interface IndexSubentry {
  readonly text: string
  readonly locators: readonly Locator[]
}

/** An entry of a book's index: heading, locators, sub-entries and cross-references. */
export interface IndexEntry {
  readonly sourceId: SourceId
  readonly span: Span
  readonly headingAsPrinted: string
  readonly heading: string
  readonly locators: readonly Locator[]
  readonly subentries: readonly IndexSubentry[]
  readonly see: readonly string[]
  readonly seeAlso: readonly string[]
  readonly rule: string
}

/** One place where two witnesses of a text differ. */
export interface Variant {
  readonly kind: 'omission' | 'substitution' | 'addition'
  /** Where the variant is marked in the source (the bracket). */
  readonly span: Span
  /** Reading of the base witness (the running text); empty for additions. */
  readonly baseReading: string
  readonly baseSpan?: Span
  /** Reading of the other witness (the bracket content, or the omission mark as written). */
  readonly otherReading: string
  /** How sure the extent of the base reading is (italics lost in OCR make it uncertain). */
  readonly certainty: 'high' | 'medium' | 'low'
  readonly rule: string
}

/** A work transmitted in two witnesses inside one document (a base text with the other's readings in brackets). */
export interface WitnessSet {
  readonly sourceId: SourceId
  readonly documentId: string
  readonly baseLabel: string
  readonly otherLabel: string
  readonly variants: readonly Variant[]
  readonly rule: string
}
