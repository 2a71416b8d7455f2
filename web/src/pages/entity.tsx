import { useState } from 'react'
import { type EntityPage as EntityAnswer, type Fact, get, type ListedDocument } from '../api.ts'
import { PassageLink, passagePath } from '../components/passage-link.tsx'
import { Link, paths } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

const MENTIONS_PAGE = 30
/** Mentions the server sends per request (its default page). */
const SERVER_PAGE = 200
const year = (iso: string | null | undefined) => (iso ? iso.slice(0, 4) : '?')

/** An entity's page: a person, a body, a place or an event, with everything the sources say of it. */
export function EntityPage({ id }: { id: string }) {
  const answer = useApi<EntityAnswer>(`/api/entities/${encodeURIComponent(id)}`)
  if (answer.error) return <Failure message={answer.error} />
  const data = answer.data
  if (data === undefined) return <Loading />
  const e = data.entity
  return (
    <article aria-labelledby="entity-title" className="entity">
      <p className="kicker">{e.type}</p>
      <h1 id="entity-title">{e.name}</h1>
      {e.birthYear || e.deathYear ? (
        <p className="life">
          {e.birthYear ?? '?'}–{e.deathYear ?? '?'}
        </p>
      ) : null}
      {e.description ? <p>{e.description}</p> : null}
      {e.variants.length > 0 ? (
        <section>
          <h2>Names and variants</h2>
          <p className="variants">{e.variants.join(' · ')}</p>
        </section>
      ) : null}
      {data.posts.length > 0 ? <Posts posts={data.posts} /> : null}
      {data.members.length > 0 ? <Members members={data.members} /> : null}
      {e.type === 'body' ? <Relations id={e.id} /> : null}
      {e.type === 'place' ? <PlaceDocuments names={[e.name, ...e.variants]} data={data} /> : null}
      {data.correspondents.length > 0 ? (
        <section>
          <h2>Correspondents</h2>
          <ul>
            {data.correspondents.map((c) => (
              <li key={`${c.correspondent}-${c.direction}`}>
                {c.count} {c.count === 1 ? 'letter' : 'letters'}{' '}
                {c.direction === 'written-by' ? 'from' : 'to'}{' '}
                <Link to={paths.entity(c.correspondent)}>{c.name}</Link>:{' '}
                {c.letters.slice(0, 12).map((letter, i) => (
                  <span key={letter}>
                    <Link to={paths.document(letter)}>{i + 1}</Link>{' '}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Mentions key={e.id} entityId={e.id} first={data.mentions} total={data.mentionTotal} />
    </article>
  )
}

function Posts({ posts }: { posts: EntityAnswer['posts'] }) {
  return (
    <section>
      <h2>Posts</h2>
      <ol className="timeline-list">
        {posts.map((p) => (
          <li key={p.fact}>
            <span className="when">
              {p.start?.text ?? year(p.day)}
              {p.end ? `–${p.end.text}` : ''}
            </span>{' '}
            <strong>{p.role}</strong>
            {p.bodyName ? (
              <>
                {' of '}
                {p.body ? <Link to={paths.entity(p.body)}>{p.bodyName}</Link> : p.bodyName}
              </>
            ) : null}
            <div className="evidence">
              {p.passages.slice(0, 2).map((passage) => (
                <PassageLink key={`${passage.sourceId}-${passage.lineStart}`} passage={passage} />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Members({ members }: { members: EntityAnswer['members'] }) {
  return (
    <section>
      <h2>Members over time</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role and period</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.person}>
              <td>
                <Link to={paths.entity(m.person)}>{m.name}</Link>
              </td>
              <td>
                {m.periods.map((p) => `${p.role} ${year(p.from)}–${p.to ? year(p.to) : ''}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Relations({ id }: { id: string }) {
  const facts = useApi<{ facts: Fact[] }>('/api/facts', { entity: id, type: 'relation' })
  const list = facts.data?.facts ?? []
  if (list.length === 0) return null
  return (
    <section>
      <h2>Relations to other bodies</h2>
      <ul>
        {list.map((f) => {
          const other = f.subject === id ? f.object : f.subject
          return (
            <li key={f.id}>
              {f.subject === id ? '' : 'is the other party of: '}
              {f.predicate}{' '}
              {other ? (
                <Link to={paths.entity(other)}>{String(f.attributes?.objectName ?? other)}</Link>
              ) : null}{' '}
              {f.evidence[0] ? <PassageLink passage={f.evidence[0]} /> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function PlaceDocuments({ names, data }: { names: string[]; data: EntityAnswer }) {
  const docs = useApi<{ documents: ListedDocument[] }>('/api/documents', { limit: 1000 })
  const lower = names.map((n) => n.toLowerCase())
  const all = docs.data?.documents ?? []
  const written = all.filter((d) => d.place && lower.some((n) => d.place?.toLowerCase().includes(n)))
  const aboutIds = new Set(data.mentions.flatMap((m) => (m.documentId ? [m.documentId] : [])))
  const about = all.filter((d) => aboutIds.has(d.id))
  const list = (items: ListedDocument[]) => (
    <ul>
      {items.map((d) => (
        <li key={d.id}>
          <Link to={paths.document(d.id)}>{d.title}</Link>{' '}
          <span className="hint">
            {d.type} · {d.editorialDate?.text ?? d.date?.text ?? ''}
          </span>
        </li>
      ))}
    </ul>
  )
  return (
    <>
      <section>
        <h2>Documents written here</h2>
        {written.length ? list(written) : <p className="hint">None.</p>}
      </section>
      <section>
        <h2>Documents about it</h2>
        {about.length ? list(about) : <p className="hint">None.</p>}
      </section>
    </>
  )
}

/** Every mention with its context: a page at a time, further pages fetched from the server as the reader asks. */
function Mentions(props: { entityId: string; first: EntityAnswer['mentions']; total: number }) {
  const [mentions, setMentions] = useState(props.first)
  const [shown, setShown] = useState(MENTIONS_PAGE)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const more = async () => {
    if (shown < mentions.length) return setShown(shown + MENTIONS_PAGE)
    setLoading(true)
    try {
      const next = await get<{ mentions: EntityAnswer['mentions'] }>(
        `/api/entities/${encodeURIComponent(props.entityId)}/mentions`,
        { offset: mentions.length, limit: SERVER_PAGE },
      )
      setMentions([...mentions, ...next.mentions])
      setShown(shown + MENTIONS_PAGE)
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setLoading(false)
    }
  }
  const total = props.total
  return (
    <section>
      <h2>
        Mentions (
        {Math.min(shown, mentions.length) < total ? `${Math.min(shown, mentions.length)} of ${total}` : total}
        )
      </h2>
      <ol className="mentions">
        {mentions.slice(0, shown).map((m) => (
          <li key={`${m.sourceId}-${m.line}-${m.prefix.length}-${m.exact}`}>
            <Link
              to={
                m.documentId
                  ? passagePath(m.documentId, { line: m.line, quote: `${m.exact}${m.suffix.slice(0, 40)}` })
                  : paths.passage(m.sourceId, m.line)
              }
            >
              {m.file}:{m.line}
            </Link>{' '}
            <q>
              …{m.prefix.replace(/\s+/g, ' ')}
              <mark>{m.exact}</mark>
              {m.suffix.replace(/\s+/g, ' ')}…
            </q>
          </li>
        ))}
      </ol>
      {error ? <Failure message={error} /> : null}
      {Math.min(shown, mentions.length) < total ? (
        <button type="button" onClick={() => void more()} disabled={loading}>
          {loading ? 'Loading…' : 'Show more mentions'}
        </button>
      ) : null}
    </section>
  )
}
