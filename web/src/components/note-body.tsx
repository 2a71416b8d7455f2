import { useLayoutEffect, useRef } from 'react'
import { purify, purifySnippet } from '../safe-html.ts'

/** A note's HTML from the server, sanitised again with DOMPurify before it reaches the page. */
export function NoteBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    ref.current?.replaceChildren(purify(html))
  }, [html])
  return <div ref={ref} className="note-body" />
}

/** A search snippet: only its `<mark>`s survive DOMPurify. */
export function Snippet({ html }: { html: string }) {
  const ref = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    ref.current?.replaceChildren(purifySnippet(html))
  }, [html])
  return <span ref={ref} className="snippet" />
}
