import { type MouseEvent, type ReactNode, useEffect, useState } from 'react'

const CHANGE = 'fond:navigate'

/** Goes to a path of the app without reloading the page. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  window.dispatchEvent(new Event(CHANGE))
  window.scrollTo(0, 0)
}

/** The current path and query, re-rendered on every navigation (links, back and forward). */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0)
  useEffect(() => {
    const update = () => setTick((n) => n + 1)
    window.addEventListener(CHANGE, update)
    window.addEventListener('popstate', update)
    return () => {
      window.removeEventListener(CHANGE, update)
      window.removeEventListener('popstate', update)
    }
  }, [])
  return { path: location.pathname, query: new URLSearchParams(location.search) }
}

/** A link inside the app: a real `<a href>` (so it opens in a new tab too) that navigates in place. */
export function Link(props: {
  to: string
  children: ReactNode
  className?: string | undefined
  title?: string | undefined
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(props.to)
  }
  return (
    <a href={props.to} onClick={onClick} className={props.className} title={props.title}>
      {props.children}
    </a>
  )
}

/** The path of a document in the reader, of an entity's page, and of a passage (a line of a source). */
export const paths = {
  document: (id: string) => `/doc/${encodeURIComponent(id)}`,
  entity: (id: string) => `/entity/${encodeURIComponent(id)}`,
  passage: (sourceId: string, line: number) =>
    `/passage?source=${encodeURIComponent(sourceId)}&line=${encodeURIComponent(String(line))}`,
}
