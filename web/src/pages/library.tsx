import { type FormEvent, useState } from 'react'
import type { ListedDocument, Source } from '../api.ts'
import { Downloads } from '../components/downloads.tsx'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

export const DOCUMENT_TYPES = [
  'letter',
  'telegram',
  'note',
  'article',
  'section',
  'chapter',
  'quoted-document',
  'appendix-document',
]
const FIELDS = ['source', 'type', 'from', 'to', 'author', 'addressee'] as const
const PAGE = 100

/** The date a list shows: the editorial date as printed, or the document's own. */
export const dateOf = (d: ListedDocument) => d.editorialDate?.text ?? d.date?.text ?? ''

/** The library: sources and their documents, filtered by source, type, date range, author and addressee. */
export function LibraryPage() {
  const { query } = useLocation()
  const filters = Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >
  const [limit, setLimit] = useState(PAGE)
  const sources = useApi<{ sources: Source[] }>('/api/sources')
  const docs = useApi<{ total: number; documents: ListedDocument[] }>('/api/documents', { ...filters, limit })
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next = new URLSearchParams()
    for (const f of FIELDS) {
      const value = String(form.get(f) ?? '').trim()
      if (value !== '') next.set(f, value)
    }
    setLimit(PAGE)
    navigate(`/library${next.size ? `?${next}` : ''}`)
  }
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      {sources.error ? <Failure message={sources.error} /> : null}
      <ul className="cards">
        {sources.data?.sources.map((s) => (
          <li key={s.id} className="card">
            <Link to={`/library?source=${encodeURIComponent(s.name)}`}>{s.title || s.name}</Link>
            <span className="hint">
              {s.name} · {s.format} · {s.documents} documents · {s.notes} notes
            </span>
            <Downloads
              label="Download"
              formats={['tei', 'csl', 'bibtex']}
              scope={{ source: s.name }}
              what={`${s.title || s.name}`}
            />
          </li>
        ))}
      </ul>
      {sources.data && sources.data.sources.length > 0 ? (
        <p className="edition-downloads">
          <Downloads
            label="The whole edition"
            formats={['cmif', 'csv', 'jsonld', 'json']}
            what="The whole edition"
          />
        </p>
      ) : null}
      <form className="filters" onSubmit={submit} key={query.toString()} aria-label="Filter documents">
        <label>
          Source
          <select name="source" defaultValue={filters.source}>
            <option value="">All sources</option>
            {sources.data?.sources.map((s) => (
              <option key={s.id} value={s.name}>
                {s.title ? `${s.title.slice(0, 50)} (${s.name})` : s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type
          <select name="type" defaultValue={filters.type}>
            <option value="">All types</option>
            {DOCUMENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            name="from"
            defaultValue={filters.from}
            placeholder="1925 or 1925-06"
            pattern="\d{4}(-\d{2}){0,2}"
          />
        </label>
        <label>
          To
          <input name="to" defaultValue={filters.to} placeholder="1926-12" pattern="\d{4}(-\d{2}){0,2}" />
        </label>
        <label>
          Author
          <input name="author" defaultValue={filters.author} placeholder="Stalin" />
        </label>
        <label>
          Addressee
          <input name="addressee" defaultValue={filters.addressee} placeholder="Molotov" />
        </label>
        <button type="submit">Filter</button>
        <Link to="/library">Clear</Link>
      </form>
      {docs.error ? <Failure message={docs.error} /> : null}
      {docs.data === undefined ? (
        <Loading />
      ) : (
        <>
          <p role="status">
            {docs.data.total} documents
            {docs.data.total > docs.data.documents.length ? `, showing ${docs.data.documents.length}` : ''}
          </p>
          <table className="documents">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Type</th>
                <th scope="col">Date</th>
                <th scope="col">From → to</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {docs.data.documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={paths.document(d.id)}>{d.title || `(untitled ${d.type})`}</Link>
                  </td>
                  <td>{d.type}</td>
                  <td>{dateOf(d)}</td>
                  <td>{[d.author ?? d.signer, d.addressees.join(', ')].filter(Boolean).join(' → ')}</td>
                  <td className="file">{d.file}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {docs.data.total > docs.data.documents.length ? (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              Show more
            </button>
          ) : null}
        </>
      )}
    </section>
  )
}
