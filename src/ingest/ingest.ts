import type {
  Diagnostic,
  IngestResult,
  OffsetMap,
  Removal,
  SourceFile,
  SourceFormat,
  Span,
} from '../core/index.ts'
import { composeMaps } from '../core/index.ts'
import { decodeSource } from './decode-source.ts'
import { detectFormat } from './detect-format.ts'
import { findTitle } from './find-title.ts'
import { normalizeLineEndings } from './normalize-line-endings.ts'
import { readHtml } from './read-html.ts'
import { repairText } from './repair-text.ts'

/** A text read by its format's reader, before repairs, with its map to the decoded file. */
interface ReadText {
  readonly text: string
  /** Maps `text` to the decoded file; undefined when `text` is the decoded file itself. */
  readonly map?: OffsetMap
  readonly removals: readonly Removal[]
  readonly title?: string
}

/**
 * Reads a source file into a normalised text that maps back to the original: decodes it (refusing binary,
 * invalid, empty and unprocessable files with a diagnostic), detects its format from content, reads HTML
 * as Markdown-flavoured text, and repairs page and conversion residue. Diagnostics carry raw offsets.
 * @example ingest(file).text?.format // 'markdown'
 */
export function ingest(file: SourceFile): IngestResult {
  const decoded = decodeSource(file.bytes)
  if (decoded.raw === undefined) return { diagnostics: decoded.diagnostics }
  const raw = decoded.raw
  const diagnostics: Diagnostic[] = [...decoded.diagnostics]
  const normalized = normalizeLineEndings(raw)
  diagnostics.push(...normalized.diagnostics)
  const format = detectFormat(normalized.text)
  const read = readFormat(normalized.text, format, normalized.text === raw ? undefined : normalized.map)
  const toRaw = (span: Span): Span => (read.map === undefined ? span : read.map.spanToRaw(span))
  const repaired = repairText(read.text, format)
  for (const run of repaired.nonProseRuns) {
    diagnostics.push({
      severity: 'info',
      reason: `Found OCR gibberish on ${run.lastLine - run.firstLine + 1} lines: marked as not prose`,
      source: 'ingest',
      ruleId: 'ocr-gibberish',
      place: toRaw(run.span),
    })
  }
  for (const word of repaired.mixedScriptWords) {
    diagnostics.push({
      severity: 'warning',
      reason: `Word "${word.word}" mixes Latin and Cyrillic letters`,
      source: 'ingest',
      ruleId: 'mixed-script-word',
      place: toRaw(word.span),
    })
  }
  const title = read.title ?? findTitle(repaired.text, format)
  return {
    text: {
      sourceId: file.id,
      format,
      raw,
      text: repaired.text,
      map: read.map === undefined ? repaired.map : composeMaps(repaired.map, read.map),
      removals: [
        ...read.removals,
        ...repaired.removals.map((removal) => ({ ...removal, span: toRaw(removal.span) })),
      ],
      nonProse: repaired.nonProse,
      ...(title === undefined ? {} : { title }),
    },
    diagnostics,
  }
}

/** Runs the reader for a format: HTML becomes Markdown-flavoured text; the other formats are read as they are. */
function readFormat(text: string, format: SourceFormat, map: OffsetMap | undefined): ReadText {
  if (format !== 'html') return { text, removals: [], ...(map === undefined ? {} : { map }) }
  const html = readHtml(text)
  const toRaw = (span: Span): Span => (map === undefined ? span : map.spanToRaw(span))
  return {
    text: html.text,
    map: map === undefined ? html.map : composeMaps(html.map, map),
    removals: html.removals.map((removal) => ({ ...removal, span: toRaw(removal.span) })),
    ...(html.title === undefined ? {} : { title: html.title }),
  }
}
