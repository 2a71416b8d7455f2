import { useEffect } from 'react'
import { get, type ListedDocument, type Passage, quoteOf } from '../api.ts'
import { Failure, Loading } from '../pages/status.tsx'
import { Link, navigate, paths } from '../router.tsx'
import { type PassageTarget, QUOTE_LIMIT } from './passage-target.ts'

/**
 * The reader's address for a passage of a document: the document, and the line and the start of the quote that the
 * reader scrolls to and highlights.
 * @example passagePath('doc:1', { line: 40, quote: 'The plan is late' }) // '/doc/doc%3A1?line=40&quote=The+plan+is+late'
 */
export function passagePath(documentId: string, target: PassageTarget = {}): string {
  const query = new URLSearchParams()
  if (target.line !== undefined) query.set('line', String(target.line))
  const quote = target.quote?.replace(/\s+/g, ' ').trim().slice(0, QUOTE_LIMIT)
  if (quote) query.set('quote', quote)
  return `${paths.document(documentId)}${query.size === 0 ? '' : `?${query}`}`
}

/** A link to the passage a fact or diagnostic rests on: its document when known, else its line in the source. */
export function PassageLink({ passage, label }: { passage: Passage; label?: string }) {
  const to = passage.documentId
    ? passagePath(passage.documentId, { line: passage.lineStart, quote: quoteOf(passage) })
    : paths.passage(passage.sourceId, passage.lineStart)
  const quote = quoteOf(passage).replace(/\s+/g, ' ')
  return (
    <Link to={to} className="passage" title={`Line ${passage.lineStart}: ${passage.rule}`}>
      {label ?? `“${quote.length > 140 ? `${quote.slice(0, 140)}…` : quote}”`}
    </Link>
  )
}

/** The innermost document of a source that holds a line. */
export function documentAtLine(
  documents: readonly ListedDocument[],
  line: number,
): ListedDocument | undefined {
  return documents
    .filter((d) => d.lines.start <= line && line <= d.lines.end)
    .sort((a, b) => a.lines.end - a.lines.start - (b.lines.end - b.lines.start))[0]
}

/** /passage?source=…&line=…: opens the document that holds the line in the reader, at that line. */
export function PassagePage({ source, line }: { source: string; line: number }) {
  useEffect(() => {
    let current = true
    get<{ documents: ListedDocument[] }>('/api/documents', { source, limit: 1000 }).then(
      ({ documents }) => {
        const doc = documentAtLine(documents, line)
        if (current && doc) navigate(passagePath(doc.id, { line }), true)
      },
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [source, line])
  if (!source || !Number.isFinite(line)) return <Failure message="Expected a source and a line" />
  return (
    <>
      <Loading />
      <p>
        Line {line} of {source}.{' '}
        <Link to={`/library?source=${encodeURIComponent(source)}`}>All its documents</Link>
      </p>
    </>
  )
}
