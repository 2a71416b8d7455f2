import type { Diagnostic } from './diagnostic.ts'
import type { SourceId } from './ids.ts'
import type { OffsetMap } from './offset-map.ts'
import type { Span } from './span.ts'

/** The formats fond reads; detected from content, never from the file name. */
export type SourceFormat = 'plain-text' | 'markdown' | 'html' | 'wiki'

/** A file as read from disk: the edges (cli) make it, the pipeline never touches the file system. */
export interface SourceFile {
  readonly id: SourceId
  /** Path as given by the user, for messages. */
  readonly path: string
  /** File name without folders. */
  readonly name: string
  readonly bytes: Uint8Array
  /** sha256 of the bytes, hex. */
  readonly contentHash: string
}

/** Why a stretch of the original was left out of the normalised text. */
export type RemovalReason =
  | 'line-break-hyphen'
  | 'page-number'
  | 'running-header'
  | 'wiki-residue'
  | 'web-boilerplate'
  | 'ocr-gibberish'
  | 'markup'
  | 'blank-lines'

/** A recorded removal: the span of the ORIGINAL that is not in the normalised text, and why. */
export interface Removal {
  readonly reason: RemovalReason
  /** Raw offsets. */
  readonly span: Span
}

/**
 * A source after ingest: the original text kept whole, a normalised text for the later stages,
 * and the map between them. Every span later stages make points into `text`; `map` takes it back to `raw`.
 */
export interface SourceText {
  readonly sourceId: SourceId
  readonly format: SourceFormat
  /** The original file, decoded. */
  readonly raw: string
  /** The normalised text that later stages read. */
  readonly text: string
  readonly map: OffsetMap
  readonly removals: readonly Removal[]
  /** Spans of `text` that are not prose (OCR gibberish, facsimile residue): later stages skip them. */
  readonly nonProse: readonly Span[]
  /** Title found in the content (first heading, HTML title), if any. */
  readonly title?: string
}

/** The outcome of reading a file: a text, or only diagnostics when it cannot be read. */
export interface IngestResult {
  readonly text?: SourceText
  readonly diagnostics: readonly Diagnostic[]
}
