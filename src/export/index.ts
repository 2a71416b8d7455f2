/** Export: pure functions from stored editions to standard formats (TEI, CMIF, CSV, JSON-LD, CSL-JSON, BibTeX). */

export { type EditionJsonResult, fromJson } from './from-json.ts'
export { EXPORT_FORMATS, type ExportFormat, needsEntities, renderExport } from './render-export.ts'
export { archiveLocation, escapeBibtex, toBibtex, toCslJson } from './to-citations.ts'
export { FOND_IRI, toCmif } from './to-cmif.ts'
export { CSV_KINDS, type CsvKind, toCsv } from './to-csv.ts'
export { toJson } from './to-json.ts'
export { FOND_VOCAB, JSONLD_CONTEXT, toJsonLd } from './to-jsonld.ts'
export { toTei } from './to-tei.ts'
export { escapeXml, xmlId } from './xml.ts'
