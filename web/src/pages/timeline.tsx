import { type Fact, quoteOf } from '../api.ts'
import { passagePath } from '../components/passage-link.tsx'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

const WIDTH = 1100
const ROW = 70
const PAD = 50
const ROWS = ['correspondence', 'post', 'event', 'life-event'] as const
const ROW_LABEL: Record<string, string> = {
  correspondence: 'Letters',
  post: 'Posts',
  event: 'Events',
  'life-event': 'Life',
}

const MONTHS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D']

/** The years shown after zooming by `factor` (0.5 in, 2 out) around the middle of from–to, at least one year. */
export function zoomed(from: number, to: number, factor: number): [number, number] {
  const middle = (from + to + 1) / 2
  const half = Math.max(0.5, ((to + 1 - from) * factor) / 2)
  const start = Math.floor(middle - half)
  return [start, Math.max(start, Math.ceil(middle + half) - 1)]
}

const yearOf = (iso: string | undefined) => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : undefined)
/** A date as a fractional year: 1926-07-01 → 1926.5. */
const at = (iso: string | undefined) => {
  const y = yearOf(iso)
  if (y === undefined || iso === undefined) return undefined
  const m = Number(iso.slice(5, 7) || 1)
  const d = Number(iso.slice(8, 10) || 1)
  return y + (m - 1) / 12 + (d - 1) / 365
}

const when = (f: Fact) => (f.start?.text ? ` (${f.start.text.replace(/\s+/g, ' ')})` : '')
const label = (f: Fact) => {
  if (f.type === 'correspondence') return `Letter${when(f)}`
  const what = String(f.attributes?.name ?? f.role ?? f.predicate)
  const body = f.object ? ` of ${f.object.replace(/^\w+:/, '').replaceAll('-', ' ')}` : ''
  return `${what}${f.type === 'post' ? body : ''}${when(f)}`
}

/** A fact's letter, or the passage its first evidence rests on (the reader scrolls to it). */
const linkOf = (f: Fact) => {
  if (f.type === 'correspondence') return paths.document(f.subject)
  const evidence = f.evidence[0]
  if (evidence === undefined) return '/timeline'
  return evidence.documentId
    ? passagePath(evidence.documentId, { line: evidence.lineStart, quote: quoteOf(evidence) })
    : paths.passage(evidence.sourceId, evidence.lineStart)
}

/** Letters, posts and events on one time axis, between two years, for everyone or one person or body. */
export function TimelinePage() {
  const { query } = useLocation()
  const entity = query.get('entity') ?? ''
  const from = Number(query.get('from') ?? 1917)
  const to = Math.max(from, Number(query.get('to') ?? 1930))
  const all = useApi<{ facts: Fact[] }>(entity ? undefined : '/api/facts', {
    type: 'correspondence,event,post',
  })
  const one = useApi<{ entries: { fact: Fact }[] }>(entity ? '/api/timeline' : undefined, { entity })
  const facts = entity ? (one.data?.entries.map((e) => e.fact) ?? []) : (all.data?.facts ?? [])
  const error = entity ? one.error : all.error
  const set = (change: Record<string, string>) => {
    const next = new URLSearchParams(query)
    for (const [k, v] of Object.entries(change)) v ? next.set(k, v) : next.delete(k)
    navigate(`/timeline?${next}`, true)
  }
  // The axis runs from 1 January of `from` to 31 December of `to`; at three years or less it shows months.
  const span = to + 1 - from
  const x = (t: number) => PAD + ((t - from) / span) * (WIDTH - 2 * PAD)
  const zoom = (factor: number) => {
    const [a, b] = zoomed(from, to, factor)
    set({ from: String(a), to: String(b) })
  }
  const pan = (direction: -1 | 1) => {
    const step = Math.max(1, Math.round(span / 2)) * direction
    set({ from: String(from + step), to: String(to + step) })
  }
  const shown = facts.filter((f) => {
    const t = at(f.start?.iso)
    return t !== undefined && t >= from && t <= to + 1
  })
  const years = Array.from({ length: span + 1 }, (_, i) => from + i)
  const months =
    span <= 3 ? years.slice(0, -1).flatMap((y) => MONTHS.map((m, i) => ({ m, t: y + i / 12 }))) : []
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline{entity ? ` of ${entity}` : ''}</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault()
          set({ entity: String(new FormData(e.currentTarget).get('entity') ?? '') })
        }}
      >
        <label>
          Person or body
          <input name="entity" defaultValue={entity} placeholder="Bukharin, Politburo" />
        </label>
        <button type="submit">Show</button>
        <label>
          From
          <input
            type="number"
            value={from}
            min={1850}
            max={to}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="number"
            value={to}
            min={from}
            max={2000}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
      </form>
      <fieldset className="zoom">
        <legend className="visually-hidden">Zoom and move the time axis</legend>
        <button type="button" onClick={() => zoom(0.5)} disabled={from === to}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoom(2)} disabled={span >= 200}>
          Zoom out
        </button>
        <button type="button" onClick={() => pan(-1)}>
          ← Earlier
        </button>
        <button type="button" onClick={() => pan(1)}>
          Later →
        </button>
      </fieldset>
      {error ? <Failure message={error} /> : null}
      {(entity ? one : all).loading ? (
        <Loading />
      ) : (
        <p role="status">
          {shown.length} items between {from} and {to}
        </p>
      )}
      <div className="chart">
        <svg viewBox={`0 0 ${WIDTH} ${ROWS.length * ROW + 44}`} role="img" aria-label="Timeline chart">
          {years.map((y) => (
            <g key={y}>
              <line x1={x(y)} x2={x(y)} y1={0} y2={ROWS.length * ROW} className="grid" />
              {/* The last line closes the axis at the end of `to`: it starts no year of its own. */}
              {y <= to ? (
                <text x={x(y)} y={ROWS.length * ROW + 20} className="axis" textAnchor="middle">
                  {y}
                </text>
              ) : null}
            </g>
          ))}
          {months.map(({ m, t }) => (
            <text
              key={t}
              x={x(t + 1 / 24)}
              y={ROWS.length * ROW + 34}
              className="axis month"
              textAnchor="middle"
            >
              {m}
            </text>
          ))}
          {ROWS.map((row, i) => (
            <text key={row} x={4} y={i * ROW + 14} className="row-label">
              {ROW_LABEL[row]}
            </text>
          ))}
          {shown.map((f, n) => {
            const row = Math.max(0, ROWS.indexOf(f.type as (typeof ROWS)[number]))
            const start = at(f.start?.iso) ?? from
            const end = at(f.end?.iso)
            const y = row * ROW + 24 + (n % 5) * 8
            return (
              <a
                key={f.id}
                href={linkOf(f)}
                onClick={(e) => {
                  e.preventDefault()
                  navigate(linkOf(f))
                }}
              >
                <title>{label(f)}</title>
                {end !== undefined && end > start ? (
                  <rect
                    x={x(start)}
                    y={y - 3}
                    width={Math.max(3, x(Math.min(end, to + 1)) - x(start))}
                    height={6}
                    className={`mark ${f.type}`}
                  />
                ) : (
                  <circle cx={x(start)} cy={y} r={4} className={`mark ${f.type}`} />
                )}
              </a>
            )
          })}
        </svg>
      </div>
      <h2>In date order</h2>
      <ol className="timeline-list">
        {[...shown]
          .sort((a, b) => (at(a.start?.iso) ?? 0) - (at(b.start?.iso) ?? 0))
          .slice(0, 200)
          .map((f) => (
            <li key={f.id}>
              <span className="when">{f.start?.iso}</span>{' '}
              <span className="hint">{ROW_LABEL[f.type] ?? f.type}</span>{' '}
              <Link to={linkOf(f)}>{label(f)}</Link>
            </li>
          ))}
      </ol>
    </section>
  )
}
