import { useState } from 'react'
import type { Holder } from '../api.ts'
import { PassageLink } from '../components/passage-link.tsx'
import { Link, navigate, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

const FIRST_YEAR = 1917
const LAST_YEAR = 1938
const DEFAULT_DAY = '1926-02-01'

interface SystemAnswer {
  on: string
  bodies: { body: string; name: string; holders: Holder[] }[]
}

/** The party-state on a day: every body with who sat in it, a year slider, each seat linked to its evidence. */
export function SystemPage() {
  const { query } = useLocation()
  const on = query.get('on') ?? DEFAULT_DAY
  const [filter, setFilter] = useState('')
  const answer = useApi<SystemAnswer>('/api/system', { on })
  const go = (day: string) => navigate(`/system?on=${day}`, true)
  const bodies = (answer.data?.bodies ?? [])
    .filter((b) => b.name.toLowerCase().includes(filter.toLowerCase()))
    // Known bodies (with an id) first, largest first.
    .sort(
      (a, b) =>
        Number(b.body.startsWith('body:')) - Number(a.body.startsWith('body:')) ||
        b.holders.length - a.holders.length,
    )
  return (
    <section aria-labelledby="system-title">
      <h1 id="system-title">The system on {on}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Year
          <input
            type="range"
            min={FIRST_YEAR}
            max={LAST_YEAR}
            value={Number(on.slice(0, 4))}
            onChange={(e) => go(`${e.target.value}${on.slice(4)}`)}
            aria-valuetext={on.slice(0, 4)}
          />
        </label>
        <label>
          Day
          <input
            type="date"
            value={on}
            min={`${FIRST_YEAR}-01-01`}
            onChange={(e) => e.target.value && go(e.target.value)}
          />
        </label>
        <label>
          Body
          <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Politburo" />
        </label>
      </form>
      {answer.error ? <Failure message={answer.error} /> : null}
      {answer.data === undefined ? <Loading /> : <p role="status">{bodies.length} bodies</p>}
      <div className="bodies">
        {bodies.map((b) => (
          <section key={b.body} className="body-card" aria-label={b.name}>
            <h2>{b.body.startsWith('body:') ? <Link to={paths.entity(b.body)}>{b.name}</Link> : b.name}</h2>
            <ul className="plain">
              {b.holders.map((h) => (
                <li key={`${h.person}-${h.role}`}>
                  <Link to={paths.entity(h.person)}>{h.name}</Link> <span className="hint">{h.role}</span>
                  {h.certainty !== 'stated' ? <span className="hint"> ({h.certainty})</span> : null}{' '}
                  {h.passages[0] ? <PassageLink passage={h.passages[0]} label="evidence" /> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  )
}
