import { useEffect, useMemo, useRef, useState } from 'react'
import type { Citation, DocumentView, Source } from '../api.ts'
import { DocumentMetadata } from '../components/document-metadata.tsx'
import { DocumentText, noteAnchor } from '../components/document-text.tsx'
import { Downloads } from '../components/downloads.tsx'
import { NoteBody } from '../components/note-body.tsx'
import { type PassageTarget, passageFromQuery, showPassage } from '../components/passage-target.ts'
import { ReusePanel } from '../components/reuse-panel.tsx'
import { WitnessColumns, WitnessReading } from '../components/witness-view.tsx'
import { Link, paths, useLocation } from '../router.tsx'
import { useApi } from '../use-api.ts'
import { Failure, Loading } from './status.tsx'

/** An archival reference as an archivist writes it: archive, f., op., d., l. */
export function formatCitation(c: Citation): string {
  const parts = [c.archive ?? c.archiveAsPrinted ?? 'archive not named']
  if (c.fond) parts.push(`f. ${c.fond}`)
  if (c.opis) parts.push(`op. ${c.opis}`)
  if (c.delo) parts.push(`d. ${c.delo}`)
  if (c.list) parts.push(c.listEnd ? `ll. ${c.list}–${c.listEnd}` : `l. ${c.list}`)
  return parts.join(', ')
}

/** The citation of a passage: quote, document, date, source, lines and archival references. */
export function citePassage(quote: string, view: DocumentView, source: Source | undefined, refs: string[]) {
  const doc = view.document
  const date = doc.editorialDate?.text ?? doc.date?.text
  const where = `${source?.title ?? doc.file} (${doc.file}, lines ${doc.lines.start}–${doc.lines.end})`
  const archive = refs.length > 0 ? ` Archive: ${refs.join('; ')}.` : ''
  const text = quote.replace(/\s+/g, ' ').trim()
  return `“${text}” — ${doc.title}${date ? `, ${date}` : ''}. In ${where}.${archive} ${location.origin}${paths.document(doc.id)}`
}

function useSelectionIn(selector: string): string {
  const [selected, setSelected] = useState('')
  useEffect(() => {
    const update = () => {
      const selection = document.getSelection()
      const node = selection?.anchorNode
      const element = node instanceof Element ? node : node?.parentElement
      setSelected(selection && element?.closest(selector) ? selection.toString().trim() : '')
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [selector])
  return selected
}

type ReadingMode = 'edition' | 'base' | 'other' | 'side'

/**
 * Scrolls the reader's text to the passage the address asks for (`?line=…&quote=…`) and highlights it, once the
 * text is rendered; again when the address changes.
 */
function usePassageScroll(view: DocumentView | undefined, target: PassageTarget | undefined, on: boolean) {
  const ref = useRef<HTMLDivElement>(null)
  const key = JSON.stringify(target ?? null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the target
  useEffect(() => {
    const text = ref.current?.querySelector('.document-text')
    if (!on || view === undefined || target === undefined || !text) return
    showPassage(text, target, view.document.lines.start)
  }, [view, key, on])
  return ref
}

/** The reader: one document with its notes, metadata, witnesses, neighbours and "cite this passage". */
export function ReaderPage(props: { id: string }) {
  const doc = useApi<DocumentView>(`/api/documents/${encodeURIComponent(props.id)}`)
  const sources = useApi<{ sources: Source[] }>('/api/sources')
  const [active, setActive] = useState<{ id: string; rect: DOMRect } | undefined>()
  const [reading, setReading] = useState<ReadingMode>('edition')
  const { query } = useLocation()
  const textRef = usePassageScroll(doc.data, passageFromQuery(query), reading === 'edition')
  const [citation, setCitation] = useState('')
  const selected = useSelectionIn('.reader-text')
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new document starts afresh
  useEffect(() => {
    setReading('edition')
    setCitation('')
    setActive(undefined)
  }, [props.id])
  const view = doc.data
  const refs = useMemo(
    () =>
      view === undefined
        ? []
        : [
            ...new Set(
              view.mentions.flatMap((m) => (m.citation === undefined ? [] : [formatCitation(m.citation)])),
            ),
          ],
    [view],
  )
  if (doc.error) return <Failure message={doc.error} />
  if (view === undefined) return <Loading />
  const d = view.document
  const source = sources.data?.sources.find((s) => s.id === d.sourceId)
  const witnesses = view.witnesses[0]
  const activeNote = view.notes.find((n) => n.id === active?.id)
  const cite = () => {
    const text = citePassage(selected, view, source, refs)
    setCitation(text)
    void navigator.clipboard?.writeText(text).catch(() => undefined)
  }
  return (
    <article className="reader" aria-labelledby="doc-title">
      <nav className="crumbs" aria-label="Where this document is">
        <Link to={`/library?source=${encodeURIComponent(d.file)}`}>{source?.title ?? d.file}</Link>
        {d.parentId ? (
          <>
            {' › '}
            <Link to={paths.document(d.parentId)}>part of</Link>
          </>
        ) : null}
      </nav>
      <h1 id="doc-title">{d.title}</h1>
      <Neighbours view={view} />
      <DocumentMetadata document={d} refs={refs} />
      {witnesses ? (
        <fieldset className="readings">
          <legend>Reading</legend>
          {(
            [
              ['edition', 'Edition text'],
              ['base', witnesses.baseLabel],
              ['other', witnesses.otherLabel],
              ['side', 'Side by side'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="reading"
                value={value}
                checked={reading === value}
                onChange={() => setReading(value)}
              />{' '}
              {label}
            </label>
          ))}
          <span className="hint">{witnesses.variants.length} variants marked</span>
        </fieldset>
      ) : null}
      <div className="cite-bar">
        <button type="button" onClick={cite} disabled={selected === ''}>
          Cite this passage
        </button>
        <span className="hint">
          {selected === ''
            ? 'Select text in the document to cite it'
            : `${selected.length} characters selected`}
        </span>
        <Downloads
          label="Cite"
          formats={['csl', 'bibtex']}
          scope={{ source: d.sourceId, document: d.id }}
          what="The citation of this document"
        />
        {citation ? (
          <output className="citation" aria-live="polite">
            {citation}
          </output>
        ) : null}
      </div>
      <div className={reading === 'side' ? 'reader-grid wide' : 'reader-grid'}>
        <div className="reader-text" ref={textRef}>
          {witnesses && reading !== 'edition' ? (
            reading === 'side' ? (
              <WitnessColumns text={view.text} witnesses={witnesses} />
            ) : (
              <WitnessReading text={view.text} witnesses={witnesses} reading={reading} />
            )
          ) : (
            <DocumentText
              view={view}
              onMarker={(id, rect) => setActive(id && rect ? { id, rect } : undefined)}
            />
          )}
        </div>
        <aside className="notes" aria-label="Notes">
          <h2>Notes</h2>
          {view.notes.length === 0 ? <p className="hint">This document has no notes.</p> : null}
          <ol className="plain">
            {view.notes.map((note) => (
              <li
                key={note.id}
                id={noteAnchor(note.id)}
                className={note.id === active?.id ? 'note active' : 'note'}
              >
                <span className="note-label">{note.label}</span>
                <NoteBody html={note.html} />
              </li>
            ))}
          </ol>
        </aside>
      </div>
      <ReusePanel reuse={view.reuse} />
      {activeNote && active ? (
        <div
          className="note-popup"
          role="tooltip"
          style={{
            top: `${active.rect.bottom + window.scrollY + 6}px`,
            left: `${Math.max(8, Math.min(active.rect.left, window.innerWidth - 360))}px`,
          }}
        >
          <span className="note-label">{activeNote.label}</span>
          <NoteBody html={activeNote.html} />
        </div>
      ) : null}
      <Neighbours view={view} />
    </article>
  )
}

function Neighbours({ view }: { view: DocumentView }) {
  return (
    <nav className="neighbours" aria-label="Previous and next document">
      {view.previous ? <Link to={paths.document(view.previous)}>← Previous</Link> : <span />}
      {view.next ? <Link to={paths.document(view.next)}>Next →</Link> : <span />}
    </nav>
  )
}
