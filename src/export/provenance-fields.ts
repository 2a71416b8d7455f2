import type { Provenance, SourceEdition } from '../core/index.ts'

/** The provenance columns every CSV row and JSON-LD evidence node carries. */
export interface ProvenanceFields {
  readonly file: string
  readonly line: number
  readonly start: number
  readonly end: number
  readonly quote: string
  readonly rule: string
}

/** A provenance as flat fields: file name, first line, raw offsets, the quoted text and the rule. */
export function provenanceFields(provenance: Provenance, file: string): ProvenanceFields {
  return {
    file,
    line: provenance.lineStart,
    start: provenance.span.start,
    end: provenance.span.end,
    quote: provenance.quote.exact,
    rule: provenance.rule,
  }
}

/** File names by source id. */
export function fileNames(editions: readonly SourceEdition[]): Map<string, string> {
  return new Map(editions.map((e) => [e.source.id as string, e.source.name]))
}

/** Editions in a stable order: by file name. */
export function sortEditions(editions: readonly SourceEdition[]): SourceEdition[] {
  return [...editions].sort(
    (a, b) => a.source.name.localeCompare(b.source.name) || a.source.id.localeCompare(b.source.id),
  )
}
