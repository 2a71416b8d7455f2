import { type FocusEvent, type MouseEvent, useLayoutEffect, useRef } from 'react'
import type { DocumentView, MentionView } from '../api.ts'
import { navigate, paths } from '../router.tsx'
import { purify, type Target, wrapInOrder } from '../safe-html.ts'

const LINKED = new Set(['person', 'body', 'place', 'event'])

/** Where a mention leads: an entity's page, or for a date the system on that day (a year: its documents). */
export function mentionHref(mention: MentionView): string | undefined {
  if (LINKED.has(mention.type) && mention.entityId !== null) return paths.entity(mention.entityId)
  if (mention.type !== 'date' || mention.iso === undefined) return undefined
  if (/^\d{4}-\d{2}-\d{2}$/.test(mention.iso)) return `/system?on=${mention.iso}`
  const year = mention.iso.slice(0, 4)
  return /^\d{4}$/.test(year) ? `/library?from=${year}&to=${year}` : undefined
}

function mentionTarget(mention: MentionView): Target {
  return {
    text: mention.surface,
    make: () => {
      const href = mentionHref(mention)
      const element = document.createElement(href === undefined ? 'span' : 'a')
      element.className = `mention mention-${mention.type}`
      if (href !== undefined) {
        element.setAttribute('href', href)
        element.dataset.internal = ''
      }
      const title = mention.entityName ?? mention.iso ?? mention.citation?.surface
      if (title) element.title = title
      return element
    },
  }
}

/** The document's sanitised HTML with editorial spans, links to entities and dates, and note markers. */
function buildFragment(view: DocumentView): DocumentFragment {
  const fragment = purify(view.html)
  const editorial = [...view.editorial].sort((a, b) => a.start - b.start)
  wrapInOrder(
    fragment,
    editorial.map((e) => ({
      text: e.text,
      make: () => {
        const span = document.createElement('span')
        span.className = 'editorial'
        span.title = 'Editorial insertion'
        return span
      },
    })),
  )
  const mentions = [...view.mentions].sort((a, b) => a.start - b.start)
  wrapInOrder(fragment, mentions.map(mentionTarget))
  const markers = [...view.markers].sort((a, b) => a.start - b.start)
  let next = 0
  for (const sup of fragment.querySelectorAll('sup')) {
    const label = sup.textContent?.trim() ?? ''
    const at = markers.findIndex((m, i) => i >= next && m.label === label && m.noteId !== null)
    const marker = markers[at]
    if (marker === undefined || marker.noteId === null) continue
    next = at + 1
    const link = document.createElement('a')
    link.className = 'marker'
    link.setAttribute('href', `#${noteAnchor(marker.noteId)}`)
    link.dataset.note = marker.noteId
    link.setAttribute('aria-label', `Note ${label}`)
    link.textContent = label
    sup.replaceChildren(link)
  }
  return fragment
}

/** The element id of a note in the notes column. */
export const noteAnchor = (noteId: string) => `note-${noteId.replace(/[^\w-]/g, '-')}`

/**
 * The text of a document: the server's HTML, sanitised again with DOMPurify, then enriched with DOM methods only.
 * `onMarker` gets the note a marker points at (and where the marker is) on hover or focus, and undefined after.
 */
export function DocumentText(props: {
  view: DocumentView
  onMarker: (noteId: string | undefined, anchor?: DOMRect) => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const { view, onMarker } = props
  useLayoutEffect(() => {
    ref.current?.replaceChildren(buildFragment(view))
  }, [view])
  const markerOf = (target: EventTarget) =>
    target instanceof Element ? target.closest<HTMLElement>('a.marker') : null
  const show = (event: MouseEvent | FocusEvent) => {
    const marker = markerOf(event.target)
    if (marker) onMarker(marker.dataset.note, marker.getBoundingClientRect())
  }
  const hide = (event: MouseEvent | FocusEvent) => {
    if (markerOf(event.target)) onMarker(undefined)
  }
  const click = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-internal]') : null
    if (link === null || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    navigate(link.getAttribute('href') ?? '/')
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation for the links and markers inside the text
    // biome-ignore lint/a11y/useKeyWithClickEvents: the links inside are keyboard-reachable themselves
    <div
      ref={ref}
      className="document-text"
      onClick={click}
      onMouseOver={show}
      onMouseOut={hide}
      onFocus={show}
      onBlur={hide}
    />
  )
}
