import type { ImportedFile, ImportJob } from '../api.ts'
import { Link, paths } from '../router.tsx'

/** Where an upload or an import stands, as the page shows it. */
export type Progress =
  | { readonly phase: 'uploading'; readonly sent: number; readonly total: number }
  | { readonly phase: 'importing'; readonly job: ImportJob }

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`

/** A progress bar with its words: bytes sent while uploading, then files imported, the file at work and the stage. */
export function ImportProgress({ progress }: { progress: Progress }) {
  if (progress.phase === 'uploading') {
    const { sent, total } = progress
    return (
      <div className="import-progress">
        <label>
          Uploading: {kilobytes(sent)} of {kilobytes(total)}
          <progress max={Math.max(total, 1)} value={sent} />
        </label>
      </div>
    )
  }
  const { job } = progress
  const words =
    job.stage === 'queued'
      ? 'Waiting for an earlier import to finish'
      : job.stage === 'importing' && job.total > 0 && job.done === job.total
        ? `All ${job.total} files read; finishing (text reuse across sources, diagnostics)`
        : job.stage === 'importing'
          ? `Importing: ${job.done} of ${job.total} files done${job.current ? `, now ${job.current}` : ''}`
          : job.stage === 'done'
            ? `Imported: ${job.done} of ${job.total} files`
            : (job.message ?? 'The import failed')
  return (
    <div className="import-progress" data-stage={job.stage}>
      <label>
        {words}
        <progress max={Math.max(job.total, 1)} value={job.done} />
      </label>
    </div>
  )
}

/** One diagnostic, linked to its passage when it has a line. */
function DiagnosticItem({ d }: { d: ImportedFile['diagnostics'][number] }) {
  const text = `${d.severity}: ${d.reason}`
  return (
    <li>
      {d.line === null ? (
        text
      ) : (
        <Link to={paths.passage(d.sourceId, d.line)}>
          {text} (line {d.line})
        </Link>
      )}
    </li>
  )
}

/** The outcome of each file of an import, with its first diagnostics linked to their passages. */
export function ImportResult({ files }: { files: readonly ImportedFile[] }) {
  return (
    <table className="import-result">
      <caption>What the import made of each file</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Status</th>
          <th scope="col">Documents</th>
          <th scope="col">Notes</th>
          <th scope="col">Errors</th>
          <th scope="col">Warnings</th>
        </tr>
      </thead>
      <tbody>
        {files.map((f) => (
          <tr key={f.name}>
            <td>
              {f.status === 'failed' ? (
                f.name
              ) : (
                <Link to={`/library?source=${encodeURIComponent(f.name.split('/').pop() ?? f.name)}`}>
                  {f.name}
                </Link>
              )}
              {f.diagnostics.length > 0 ? (
                <ul className="plain hint">
                  {f.diagnostics.map((d, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a result's list never changes
                    <DiagnosticItem key={i} d={d} />
                  ))}
                </ul>
              ) : null}
            </td>
            <td>{f.status}</td>
            <td>{f.documents}</td>
            <td>{f.notes}</td>
            <td>{f.errors}</td>
            <td>{f.warnings}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
