import DOMPurify, { type Config } from 'dompurify'

/**
 * The elements and attributes the web edition lets through, on top of what the server's sanitiser already kept:
 * text structure and plain links only (defence in depth: the server's HTML is never trusted as is).
 */
const PURIFY: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong'],
    ...['i', 'b', 'u', 's', 'sup', 'sub', 'small', 'mark', 'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  ALLOWED_ATTR: ['href', 'title', 'start', 'colspan', 'rowspan'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  RETURN_DOM_FRAGMENT: true,
}

/** Sanitises HTML from the server into a fragment; links from a source open outside the app, without referrer. */
export function purify(html: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(html, PURIFY)
  for (const link of fragment.querySelectorAll('a')) {
    link.setAttribute('rel', 'noopener noreferrer nofollow')
    link.setAttribute('target', '_blank')
  }
  return fragment
}

/** Sanitises a search snippet: only its `<mark>` elements survive. */
export function purifySnippet(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['mark'],
    ALLOWED_ATTR: [],
    RETURN_DOM_FRAGMENT: true,
  })
}

/** Text nodes under `root` in document order, except those inside elements matching `skip`. */
function textNodes(root: Node, skip: string): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (!node.parentElement?.closest(skip)) nodes.push(node as Text)
  }
  return nodes
}

/** A piece of text to find in order, and the element that should hold it. */
export interface Target {
  readonly text: string
  make(): HTMLElement
}

/**
 * Wraps each target's text, searched in order from where the previous one was found, in the element it makes;
 * a target not found (it spans two elements, or the HTML renders it differently) is left as text.
 * Only DOM methods are used: the text itself is never parsed as HTML.
 */
export function wrapInOrder(root: Node, targets: readonly Target[], skip = 'a, sup'): number {
  let nodes = textNodes(root, skip)
  let index = 0
  let offset = 0
  let wrapped = 0
  for (const target of targets) {
    if (target.text.trim() === '') continue
    for (let i = index; i < nodes.length; i++) {
      const node = nodes[i] as Text
      const at = node.data.indexOf(target.text, i === index ? offset : 0)
      if (at < 0) continue
      const middle = node.splitText(at)
      const rest = middle.splitText(target.text.length)
      const element = target.make()
      middle.replaceWith(element)
      element.append(middle)
      wrapped++
      // Go on in the text after the match.
      nodes = [...nodes.slice(0, i), node, rest, ...nodes.slice(i + 1)]
      index = i + 1
      offset = 0
      break
    }
  }
  return wrapped
}
