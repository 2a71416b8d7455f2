import type { Diagnostic, Source } from '../api.ts'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

/** What the importer could not read, parse or link, each with a link to its passage. */
export function DiagnosticsPage() {
  const { query } = useLocation()
  const severity = query.get('severity') ?? ''
  const source = query.get('source') ?? ''
  const answer = useApi<{ diagnostics: Diagnostic[] }>('/api/diagnostics', { severity, source })
  const sources = useApi<{ sources: Source[] }>('/api/sources')
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query)
    if (value) next.set(key, value)
    else next.delete(key)
    navigate(`/diagnostics?${next}`, true)
  }
  return (
    <section aria-labelledby="diagnostics-title">
      <h1 id="diagnostics-title">Diagnostics</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Severity
          <select value={severity} onChange={(e) => set('severity', e.target.value)}>
            <option value="">All</option>
            <option>error</option>
            <option>warning</option>
            <option>info</option>
          </select>
        </label>
        <label>
          Source
          <select value={source} onChange={(e) => set('source', e.target.value)}>
            <option value="">All sources</option>
            {sources.data?.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {answer.error ? <Failure message={answer.error} /> : null}
      {answer.data === undefined ? (
        <Loading />
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">What</th>
              <th scope="col">Rule</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {answer.data.diagnostics.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no id
              <tr key={i}>
                <td>
                  <span className={`badge ${d.severity}`}>{d.severity}</span>
                </td>
                <td>{d.reason}</td>
                <td>
                  {d.source}/{d.ruleId}
                </td>
                <td>
                  {d.line === undefined ? (
                    d.file.split('/').pop()
                  ) : (
                    <Link to={paths.passage(d.sourceId, d.line)}>
                      {d.file.split('/').pop()}:{d.line}
                      {d.column ? `:${d.column}` : ''}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
