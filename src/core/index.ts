/**
 * fond's domain types and pure helpers. Imports nothing else from src/.
 * @example import { createId, quoteSpan } from '../core/index.ts'
 */
export type { Diagnostic } from './diagnostic.ts'
export type {
  Block,
  BlockType,
  DateQualifier,
  Document,
  DocumentDate,
  DocumentType,
  EditorialSpan,
  Insertion,
  Note,
  NoteMarker,
  TextField,
} from './document.ts'
export { DOCUMENT_TYPES } from './document.ts'
export type { PipelineResult, SegmentResult, StageContext } from './edition.ts'
export { emptySegmentResult } from './edition.ts'
export type { Entity } from './entity.ts'
export { NotFoundError, UsageError } from './errors.ts'
export type { Evidence, Fact, FactDate, FactType } from './fact.ts'
export type { DateKind, DatePart, DateValue, HistoricalDate } from './historical-date.ts'
export { toIsoDate } from './historical-date.ts'
export type { DocumentId, Id, NoteId, SourceId } from './ids.ts'
export { createId, hashKey } from './ids.ts'
export type { LineIndex } from './line-index.ts'
export { createLineIndex } from './line-index.ts'
export type {
  ArchivalCitation,
  CitationMention,
  DateMention,
  EntityType,
  Mention,
  NameMention,
} from './mention.ts'
export { MONTH_NAMES, monthNumber } from './months.ts'
export { foldLatinWord, LATIN_FOLDS, nameKey, nameKeys } from './name-key.ts'
export type { OffsetMap, TextBuilder } from './offset-map.ts'
export { composeMaps, createTextBuilder, identityMap } from './offset-map.ts'
export type { PersonName } from './person-name.ts'
export {
  entitySlug,
  givenInitials,
  givenKeys,
  initialsCompatible,
  isInitial,
  parsePersonName,
  personId,
  surnameKey,
} from './person-name.ts'
export type { Provenance } from './provenance.ts'
export type {
  DateRecord,
  DiagnosticRecord,
  DocumentRecord,
  EditorialRecord,
  EntityRecord,
  FactRecord,
  FieldRecord,
  GlossaryRecord,
  IndexRecord,
  InsertionRecord,
  MarkerRecord,
  MentionRecord,
  NoteRecord,
  RemovalRecord,
  SourceEdition,
  SourceRecord,
  VariantRecord,
  WitnessSetRecord,
} from './records.ts'
export type {
  Alias,
  GlossaryEntry,
  IndexEntry,
  IndexSubentry,
  Locator,
  Variant,
  WitnessSet,
} from './reference.ts'
export type { ReuseLinkRecord, ReusePassageRecord, ReuseRecord } from './reuse.ts'
export type { IngestResult, Removal, RemovalReason, SourceFile, SourceFormat, SourceText } from './source.ts'
export type { Quote, Span } from './span.ts'
export { isWithin, QUOTE_CONTEXT_LENGTH, quoteSpan } from './span.ts'
