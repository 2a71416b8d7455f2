import type { Entity, SourceEdition } from '../core/index.ts'
import { toBibtex, toCslJson } from './to-citations.ts'
import { toCmif } from './to-cmif.ts'
import { type CsvKind, toCsv } from './to-csv.ts'
import { toJson } from './to-json.ts'
import { toJsonLd } from './to-jsonld.ts'
import { toTei } from './to-tei.ts'

/** Every export format, as the CLI's `--format` and the server's `format` name them. */
export const EXPORT_FORMATS = ['tei', 'cmif', 'csv', 'jsonld', 'csl', 'bibtex', 'json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Whether a format needs the entity list (names, variants) beside the editions. */
export const needsEntities = (format: ExportFormat) => !['json', 'csl', 'bibtex'].includes(format)

/**
 * One export as text: TEI of the first edition (TEI is one file per source), the others of all editions given;
 * JSON of one edition alone when `single` is set, else a list.
 * @example renderExport('csv', editions, entities, { kind: 'facts' })
 */
export function renderExport(
  format: ExportFormat,
  editions: readonly SourceEdition[],
  entities: readonly Entity[],
  options: { readonly kind?: CsvKind; readonly single?: boolean } = {},
): string {
  switch (format) {
    case 'tei':
      return toTei(editions[0] as SourceEdition, entities)
    case 'cmif':
      return toCmif(editions, entities)
    case 'csv':
      return toCsv(options.kind ?? 'entities', editions, entities)
    case 'jsonld':
      return toJsonLd(editions, entities)
    case 'csl':
      return toCslJson(editions)
    case 'bibtex':
      return toBibtex(editions)
    case 'json':
      return toJson(options.single === true ? (editions[0] as SourceEdition) : editions)
  }
}
