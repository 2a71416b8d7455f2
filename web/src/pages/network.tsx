import type { EntitySummary, Fact } from '../api.ts'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

const SIZE = 720
const RADIUS = 270

interface Edge {
  from: string
  to: string
  letters: string[]
}

/** Who wrote to whom, from the correspondence facts: edges by sender and addressee, optionally in one year. */
export function buildEdges(facts: readonly Fact[], year: string): Edge[] {
  const edges = new Map<string, Edge>()
  for (const f of facts) {
    if (year && f.start?.iso?.slice(0, 4) !== year) continue
    const sender = f.attributes?.sender
    const addressees = f.attributes?.addressees
    if (typeof sender !== 'string' || !Array.isArray(addressees)) continue
    for (const to of addressees) {
      if (typeof to !== 'string') continue
      const key = `${sender}→${to}`
      const edge = edges.get(key) ?? { from: sender, to, letters: [] }
      edge.letters.push(f.subject)
      edges.set(key, edge)
    }
  }
  return [...edges.values()]
}

/** The correspondence network: edge weight = number of letters, filter by year, click through to the letters. */
export function NetworkPage() {
  const { query } = useLocation()
  const year = query.get('year') ?? ''
  const selected = query.get('edge') ?? ''
  const facts = useApi<{ facts: Fact[] }>('/api/facts', { type: 'correspondence' })
  const people = useApi<{ entities: EntitySummary[] }>('/api/entities', { limit: 1000 })
  const names = new Map((people.data?.entities ?? []).map((e) => [e.id, e.name]))
  const nameOf = (id: string) => names.get(id) ?? id.replace(/^\w+:/, '')
  const all = facts.data?.facts ?? []
  const years = [...new Set(all.flatMap((f) => (f.start?.iso ? [f.start.iso.slice(0, 4)] : [])))].sort()
  const edges = buildEdges(all, year)
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort()
  const place = new Map(
    nodes.map((id, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2
      return [id, { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle) }]
    }),
  )
  const set = (change: Record<string, string>) => {
    const next = new URLSearchParams(query)
    for (const [k, v] of Object.entries(change)) v ? next.set(k, v) : next.delete(k)
    navigate(`/network?${next}`, true)
  }
  const chosen = edges.find((e) => `${e.from}→${e.to}` === selected)
  return (
    <section aria-labelledby="network-title">
      <h1 id="network-title">Correspondence</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Year
          <select value={year} onChange={(e) => set({ year: e.target.value, edge: '' })}>
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
      </form>
      {facts.error ? <Failure message={facts.error} /> : null}
      {facts.data === undefined ? (
        <Loading />
      ) : (
        <p role="status">
          {edges.length} lines of correspondence between {nodes.length} people
        </p>
      )}
      <div className="network">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label="Correspondence network">
          {edges.map((e) => {
            const a = place.get(e.from)
            const b = place.get(e.to)
            if (!a || !b) return null
            const key = `${e.from}→${e.to}`
            return (
              <a
                key={key}
                href={`/network?edge=${encodeURIComponent(key)}`}
                onClick={(ev) => {
                  ev.preventDefault()
                  set({ edge: key })
                }}
              >
                <title>
                  {nameOf(e.from)} → {nameOf(e.to)}: {e.letters.length}{' '}
                  {e.letters.length === 1 ? 'letter' : 'letters'}
                </title>
                <line
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  className={key === selected ? 'edge selected' : 'edge'}
                  strokeWidth={Math.min(14, 1 + Math.sqrt(e.letters.length) * 2)}
                />
              </a>
            )
          })}
          {nodes.map((id) => {
            const p = place.get(id)
            if (!p) return null
            return (
              <a
                key={id}
                href={paths.entity(id)}
                onClick={(ev) => {
                  ev.preventDefault()
                  navigate(paths.entity(id))
                }}
              >
                <circle cx={p.x} cy={p.y} r={7} className="node" />
                <text x={p.x} y={p.y - 12} textAnchor="middle" className="node-label">
                  {nameOf(id).split(',')[0]}
                </text>
              </a>
            )
          })}
        </svg>
        <div>
          <h2>Lines</h2>
          <ul className="plain">
            {[...edges]
              .sort((a, b) => b.letters.length - a.letters.length)
              .map((e) => (
                <li key={`${e.from}→${e.to}`}>
                  <Link to={paths.entity(e.from)}>{nameOf(e.from)}</Link> →{' '}
                  <Link to={paths.entity(e.to)}>{nameOf(e.to)}</Link>:{' '}
                  <Link
                    to={`/network?${new URLSearchParams({ ...(year ? { year } : {}), edge: `${e.from}→${e.to}` })}`}
                  >
                    {e.letters.length} {e.letters.length === 1 ? 'letter' : 'letters'}
                  </Link>
                </li>
              ))}
          </ul>
          {chosen ? (
            <>
              <h2>
                Letters from {nameOf(chosen.from)} to {nameOf(chosen.to)}
              </h2>
              <ol>
                {chosen.letters.map((id, i) => (
                  <li key={id}>
                    <Link to={paths.document(id)}>Letter {i + 1}</Link>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      </div>
    </section>
  )
}
