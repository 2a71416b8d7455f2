import type { Diagnostic, IngestResult, SourceFile } from '../core/index.ts'
import { identityMap } from '../core/index.ts'

/**
 * Reads a source file into a normalised text that maps back to the original.
 * @example ingest(file).text?.text
 */
export function ingest(file: SourceFile): IngestResult {
  const diagnostics: Diagnostic[] = []
  let raw: string
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    diagnostics.push({ severity: 'error', reason: 'File is not valid UTF-8', source: 'ingest', ruleId: 'invalid-utf8' })
    return { diagnostics }
  }
  return {
    text: { sourceId: file.id, format: 'plain-text', raw, text: raw, map: identityMap(raw.length), removals: [], nonProse: [] },
    diagnostics,
  }
}
