import type {
  DiagnosticRecord,
  DocumentRecord,
  DocumentType,
  EntityType,
  FactRecord,
  MentionRecord,
  ReuseRecord,
  SourceEdition,
  SourceRecord,
} from '../core/index.ts'
import type { EntitySummary } from './merge-entities.ts'

/** Filters for listing documents. Dates compare with the document's normalised date (ISO prefixes). */
export interface DocumentFilter {
  /** Source id, or file name. */
  readonly source?: string
  readonly types?: readonly DocumentType[]
  /** Inclusive lower bound, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly from?: string
  /** Inclusive upper bound, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly to?: string
  readonly limit?: number
}

export interface DiagnosticFilter {
  readonly source?: string
  readonly severity?: DiagnosticRecord['severity']
}

export interface MentionFilter {
  /** Source id, or file name. */
  readonly source?: string
  readonly types?: readonly MentionRecord['type'][]
  readonly entityId?: string
  readonly documentId?: string
  readonly limit?: number
  /** Mentions skipped first (a page further on), counted by the database without reading them. */
  readonly offset?: number
}

export interface FactFilter {
  /** Source id, or file name. */
  readonly source?: string
  readonly types?: readonly FactRecord['type'][]
  /** Facts whose subject or object is this entity. */
  readonly entity?: string
  readonly predicate?: string
}

/** A full-text search over the documents' own text (without the documents nested in them) and titles. */
export interface DocumentSearch {
  /** What the reader typed: words match as prefixes, text in double quotes as a phrase; all must match. */
  readonly text: string
  /**
   * Other ways to write what is sought (e.g. the spellings of an entity found by the query's name keys): a
   * document matches the text or any of these, each matched as a phrase.
   */
  readonly keys?: readonly string[]
  /** @default 20 */
  readonly limit?: number
  /** Source id, or file name. */
  readonly source?: string
  readonly types?: readonly DocumentType[]
  /** Only these documents (e.g. to make the snippets of one page of results). */
  readonly documentIds?: readonly string[]
  /** Without snippets (each hit's `snippet` is empty) the search is much cheaper. @default true */
  readonly snippets?: boolean
}

/** The snippets of some documents for a search already made (e.g. one page of its results). */
export interface SnippetRequest {
  /** What the reader typed, as in `DocumentSearch`. */
  readonly text: string
  /** Other spellings searched with it, as in `DocumentSearch`. */
  readonly keys?: readonly string[]
  readonly documentIds: readonly string[]
}

/** A passage of a document with each match between `MARK_START` and `MARK_END` (see search-text.ts). */
export interface DocumentSnippet {
  readonly documentId: string
  readonly snippet: string
}

/** Which documents mention some entities, with what a list of results shows of them. */
export interface EntityDocumentFilter {
  readonly entityIds: readonly string[]
  /** Source id, or file name. */
  readonly source?: string
  readonly types?: readonly DocumentType[]
}

/** What a list of results shows of a document, without its text. */
export interface DocumentListing {
  readonly documentId: string
  readonly title: string
  readonly type: DocumentType
  readonly sourceId: string
  /** The document's normalised date (ISO, or its bound), when it has one. */
  readonly date?: string
}

/** A document that mentions an entity: one per document and entity, in the order of their first mention. */
export interface EntityDocument extends DocumentListing {
  readonly entityId: string
}

/**
 * Every document a full-text search matches and its score (higher is better; comparable only within one search),
 * as two lists of one length, in no particular order.
 */
export interface DocumentMatches {
  readonly documents: readonly DocumentListing[]
  readonly scores: readonly number[]
}

/** A document found by full-text search, best first. */
export interface DocumentSearchHit {
  readonly documentId: string
  readonly title: string
  readonly type: DocumentType
  readonly sourceId: string
  /** The document's normalised date (ISO, or its bound), when it has one. */
  readonly date?: string
  /** A passage of the document with each match between `MARK_START` and `MARK_END` (see search-text.ts). */
  readonly snippet: string
  /** Higher is better; comparable only within one search. */
  readonly score: number
}

/** Which reuse items to list. */
export interface ReuseFilter {
  /** Only items with a passage in this document. */
  readonly documentId?: string
}

export interface EntityFilter {
  readonly types?: readonly EntityType[]
}

/** A source as listed, with counts of what was made of it. */
export interface SourceSummary extends SourceRecord {
  readonly documents: number
  readonly notes: number
  readonly markers: number
  readonly glossaryEntries: number
  readonly indexEntries: number
  readonly variants: number
  readonly diagnostics: number
}

/**
 * The storage port. SQLite is the default adapter; every adapter passes the same contract tests
 * (src/store/store.contract.ts). Saving an edition replaces everything stored for its source in one transaction.
 */
export interface Store {
  /** The content hash stored for a source, to skip re-importing an unchanged file. */
  findContentHash(sourceId: string): Promise<string | undefined>
  saveEdition(edition: SourceEdition): Promise<void>
  /** Saves several editions in one transaction: all of them, or (when one is refused) none. */
  saveEditions(editions: readonly SourceEdition[]): Promise<void>
  /** Records diagnostics about a file that could not be imported at all (no edition to save). */
  saveFileDiagnostics(file: string, diagnostics: readonly DiagnosticRecord[]): Promise<void>
  listSources(): Promise<SourceSummary[]>
  /** Finds a source by id or file name. */
  findSource(idOrName: string): Promise<SourceRecord | undefined>
  listDocuments(filter?: DocumentFilter): Promise<DocumentRecord[]>
  findDocument(id: string): Promise<DocumentRecord | undefined>
  /** Everything stored for one source, or undefined. */
  loadEdition(sourceId: string): Promise<SourceEdition | undefined>
  listDiagnostics(filter?: DiagnosticFilter): Promise<DiagnosticRecord[]>
  /** Mentions in source order (by source name, then position). */
  listMentions(filter?: MentionFilter): Promise<MentionRecord[]>
  /** Entities merged over all sources, with mention counts. */
  listEntities(filter?: EntityFilter): Promise<EntitySummary[]>
  findEntity(id: string): Promise<EntitySummary | undefined>
  /** Facts in source order. */
  listFacts(filter?: FactFilter): Promise<FactRecord[]>
  /** Documents whose own text or title match, best first (no terms: nothing). */
  searchDocuments(query: DocumentSearch): Promise<DocumentSearchHit[]>
  /**
   * Every document whose own text or title match (the text and keys as in `searchDocuments`), unranked and
   * without snippets: what a search needs to count all its results and facets and to rank them itself. Much
   * cheaper per document than `searchDocuments`, which sorts, joins and cuts snippets.
   */
  matchDocuments(query: Pick<DocumentSearch, 'text' | 'keys'>): Promise<DocumentMatches>
  /**
   * Snippets of the given documents for a search, in the order given (unknown ids left out), without ranking
   * them again: far cheaper than `searchDocuments` with `documentIds`. A document without a match gets ''.
   */
  makeSnippets(request: SnippetRequest): Promise<DocumentSnippet[]>
  /** The documents that mention any of the entities, ordered by source name, then first mention. */
  listEntityDocuments(filter: EntityDocumentFilter): Promise<EntityDocument[]>
  /**
   * A cheap token that changes whenever a source is saved or removed (by this or, where the database can tell,
   * another process), so callers can keep what they derive from the store until it changes.
   */
  revision(): Promise<string>
  removeSource(sourceId: string): Promise<boolean>
  /**
   * Replaces every stored reuse item with these, in one transaction. Both passages' sources must be stored; saving
   * or removing a source drops the items that have a passage in it.
   */
  replaceReuse(items: readonly ReuseRecord[]): Promise<void>
  /** Reuse items, best score first (then by id). */
  listReuse(filter?: ReuseFilter): Promise<ReuseRecord[]>
  close(): Promise<void>
}
