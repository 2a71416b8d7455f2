/** The export formats GET /api/export gives, and what a button calls them. */
export const FORMAT_LABELS = {
  tei: 'TEI',
  cmif: 'CMIF',
  csv: 'CSV',
  jsonld: 'JSON-LD',
  csl: 'CSL-JSON',
  bibtex: 'BibTeX',
  json: 'JSON',
} as const

export type ExportFormat = keyof typeof FORMAT_LABELS

/**
 * The address of an export: the whole edition, one source, or one document's citation.
 * @example exportPath('tei', { source: '001_letters.txt' }) // '/api/export?format=tei&source=001_letters.txt'
 */
export function exportPath(
  format: ExportFormat,
  scope: { source?: string; document?: string; kind?: string } = {},
): string {
  const query = new URLSearchParams({ format })
  for (const [key, value] of Object.entries(scope)) if (value !== undefined) query.set(key, value)
  return `/api/export?${query}`
}

/** One download: a plain link the browser saves (the server answers with Content-Disposition: attachment). */
function Download(props: { href: string; label: string; title: string }) {
  return (
    <a className="download" href={props.href} download title={props.title}>
      {props.label}
    </a>
  )
}

/** Download links for a list of formats over one scope, under a label ("Download", "Cite"). */
export function Downloads(props: {
  label: string
  formats: readonly ExportFormat[]
  scope?: { source?: string; document?: string; kind?: string }
  what: string
}) {
  return (
    <span className="downloads">
      <span className="hint">{props.label}:</span>
      {props.formats.map((format) => (
        <Download
          key={format}
          href={exportPath(format, props.scope)}
          label={FORMAT_LABELS[format]}
          title={`${props.what} as ${FORMAT_LABELS[format]}`}
        />
      ))}
    </span>
  )
}
