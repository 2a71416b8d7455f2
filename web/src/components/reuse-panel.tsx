import { useId } from 'react'
import type { ReusePair } from '../api.ts'
import { Link } from '../router.tsx'
import { passagePath } from './passage-link.tsx'

const lines = (start: number, end: number) => (start === end ? `line ${start}` : `lines ${start}–${end}`)

/**
 * Text reuse: each passage this document shares with another, the other document as a link that opens the reader
 * at its passage, and the two quotes side by side (stacked at phone width). Nothing when there is no reuse.
 */
export function ReusePanel(props: { reuse: readonly ReusePair[] | undefined }) {
  const heading = useId()
  const pairs = props.reuse ?? []
  if (pairs.length === 0) return null
  return (
    <section className="reuse" aria-labelledby={heading}>
      <h2 id={heading}>Text reuse</h2>
      <p className="hint">
        {pairs.length === 1 ? 'One passage' : `${pairs.length} passages`} of this document also stand in
        another.
      </p>
      <ol className="plain">
        {pairs.map((pair) => (
          <li key={pair.id} className="reuse-pair">
            <p>
              <Link
                to={passagePath(pair.other.documentId, {
                  line: pair.other.lineStart,
                  quote: pair.other.quote,
                })}
              >
                {pair.other.documentTitle || pair.other.documentId}
              </Link>{' '}
              <span className="hint">
                {lines(pair.other.lineStart, pair.other.lineEnd)} · score {pair.score.toFixed(2)} ·{' '}
                {pair.rule}
              </span>
            </p>
            <div className="reuse-quotes">
              <blockquote>
                <span className="witness-cell-label">
                  Here, {lines(pair.here.lineStart, pair.here.lineEnd)}
                </span>
                {pair.here.quote}
              </blockquote>
              <blockquote>
                <span className="witness-cell-label">{pair.other.documentTitle || 'The other document'}</span>
                {pair.other.quote}
              </blockquote>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
