import { type ReactNode, useId } from 'react'
import type { ReusePair, ReuseSide } from '../api.ts'
import { Link } from '../router.tsx'
import { passagePath } from './passage-link.tsx'

const lines = (start: number, end: number) => (start === end ? `line ${start}` : `lines ${start}–${end}`)

/** A quote with the words it shares with the other passage marked (as React text: nothing is parsed as HTML). */
function MarkedQuote({ side }: { side: ReuseSide }) {
  const parts: ReactNode[] = []
  let done = 0
  for (const [start, end] of [...(side.matches ?? [])].sort((x, y) => x[0] - y[0])) {
    if (start < done || end > side.quote.length) continue
    parts.push(side.quote.slice(done, start))
    parts.push(
      <mark key={start} className="reuse-match">
        {side.quote.slice(start, end)}
      </mark>,
    )
    done = end
  }
  parts.push(side.quote.slice(done))
  return <>{parts}</>
}

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
        another; the words the two share are marked.
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
                <MarkedQuote side={pair.here} />
              </blockquote>
              <blockquote>
                <span className="witness-cell-label">{pair.other.documentTitle || 'The other document'}</span>
                <MarkedQuote side={pair.other} />
              </blockquote>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
