import { useEffect, useState } from 'react'
import type { Facet, SearchAnswer } from '../api.ts'
import { Snippet } from '../components/note-body.tsx'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure } from './status.tsx'

const DEBOUNCE_MS = 250
const FACETS = [
  ['source', 'Source'],
  ['type', 'Type'],
  ['year', 'Year'],
  ['person', 'Person'],
  ['body', 'Body'],
] as const

function searchUrl(params: URLSearchParams, change: Record<string, string | undefined>) {
  const next = new URLSearchParams(params)
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === '') next.delete(key)
    else next.set(key, value)
  }
  return `/search?${next}`
}

/** Search as you type, across spellings and scripts: entities first, then passages with the match marked. */
export function SearchPage() {
  const { query } = useLocation()
  const q = query.get('q') ?? ''
  const [typed, setTyped] = useState(q)
  useEffect(() => {
    if (typed === q) return
    const timer = setTimeout(() => navigate(searchUrl(query, { q: typed }), true), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [typed, q, query])
  const filters = {
    source: query.get('source') ?? '',
    type: query.get('type') ?? '',
    year: query.get('year') ?? '',
    person: query.get('person') ?? '',
    body: query.get('body') ?? '',
  }
  const answer = useApi<SearchAnswer>(q.trim() === '' ? undefined : '/api/search', {
    q,
    ...filters,
    limit: 50,
  })
  const data = q.trim() === '' ? undefined : answer.data
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <search>
        <form onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="search-box">Words, names in any spelling or script, or "an exact phrase"</label>
          <input
            id="search-box"
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder='Троцкий, Trotskii, "grain procurements"'
            autoComplete="off"
          />
        </form>
      </search>
      {answer.error && q ? <Failure message={answer.error} /> : null}
      {data ? (
        <div className="search-layout">
          <aside className="facets" aria-label="Narrow the results">
            {FACETS.map(([key, label]) => (
              <FacetList
                key={key}
                name={key}
                label={label}
                facets={data.facets[key] ?? []}
                selected={filters[key]}
              />
            ))}
          </aside>
          <div>
            {data.entities.length > 0 ? (
              <section aria-labelledby="entity-results">
                <h2 id="entity-results">People, bodies, places and events</h2>
                <ul className="cards">
                  {data.entities.map((e) => (
                    <li key={e.id} className="card">
                      <Link to={paths.entity(e.id)}>{e.name}</Link>
                      <span className="hint">
                        {e.type}
                        {e.mentions ? ` · ${e.mentions} mentions` : ''}
                        {e.variants.length ? ` · ${e.variants.slice(0, 6).join(', ')}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <h2 aria-live="polite">
              {data.total} passages{answer.loading ? ' (updating…)' : ''}
            </h2>
            <ol className="results">
              {data.documents.map((hit) => (
                <li key={hit.documentId}>
                  <Link to={paths.document(hit.documentId)}>{hit.title || hit.type}</Link>{' '}
                  <span className="hint">
                    {hit.type}
                    {hit.date ? ` · ${hit.date}` : ''} · {hit.file}
                  </span>
                  <p>
                    <Snippet html={hit.snippetHtml} />
                  </p>
                </li>
              ))}
            </ol>
          </div>
        </div>
      ) : q ? (
        <p role="status">{answer.loading ? 'Searching…' : ''}</p>
      ) : (
        <p className="hint">Type to search every document; names find all their spellings.</p>
      )}
    </section>
  )
}

function FacetList(props: { name: string; label: string; facets: Facet[]; selected: string }) {
  const { query } = useLocation()
  if (props.facets.length === 0) return null
  return (
    <section>
      <h2>{props.label}</h2>
      <ul className="plain">
        {props.selected ? (
          <li>
            <Link to={searchUrl(query, { [props.name]: undefined })}>× any {props.label.toLowerCase()}</Link>
          </li>
        ) : null}
        {props.facets.slice(0, 12).map((f) => (
          <li key={f.value}>
            <Link
              to={searchUrl(query, { [props.name]: f.value })}
              className={props.selected === f.value ? 'selected' : undefined}
            >
              {f.label}
            </Link>{' '}
            <span className="hint">{f.count}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
