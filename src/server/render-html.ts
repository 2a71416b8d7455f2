import { randomBytes } from 'node:crypto'
import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'
import { MARK_END, MARK_START } from '../store/index.ts'

// Inline HTML is on because editions mark note references as <sup>1</sup>; everything that comes out is sanitised.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false })

/** The attribute that anchors a block to its first line in the rendered text (0-based), so a reader can find it. */
export const LINE_ANCHOR = 'data-line'

/** Blocks that get a line anchor: the ones a passage can start in. */
const ANCHORED = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'li', 'table', 'tr', 'pre', 'dl']

/**
 * The attribute the Markdown rule writes the line into before sanitising: a name no source can guess (new for
 * every process), so that only anchors the rule made become `data-line`, and any `data-line` a source wrote goes.
 */
const RULE_ANCHOR = `data-fond-line-${randomBytes(12).toString('hex')}`

// Each block Markdown makes carries the line of the text it starts on (markdown-it knows it as `map`).
markdown.core.ruler.push('line_anchors', (state) => {
  for (const token of state.tokens)
    if (token.nesting === 1 && token.map !== null && token.block)
      token.attrSet(RULE_ANCHOR, String(token.map[0]))
})

/**
 * Keeps the line anchor the Markdown rule made, as `data-line`; drops every `data-line` a source wrote (a fake one
 * would put the anchors out of order, and a reader that looks a line up could not reach the blocks after it).
 */
const checkAnchor: sanitizeHtml.Transformer = (tagName, attribs) => {
  const { [LINE_ANCHOR]: _written, [RULE_ANCHOR]: line, ...rest } = attribs
  if (line === undefined || !/^\d{1,9}$/.test(line)) return { tagName, attribs: rest }
  return { tagName, attribs: { ...rest, [LINE_ANCHOR]: line } }
}

/** Elements a document may keep: text structure only. No script, no frames, no forms, no images, no style. */
const ALLOWED_TAGS = [
  ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code'],
  ...['em', 'strong', 'i', 'b', 'u', 's', 'sup', 'sub', 'small', 'mark', 'a'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
]

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  // Only plain links; no event handlers, no style, no classes a source could use to restyle the page.
  allowedAttributes: {
    ...Object.fromEntries(ANCHORED.map((tag) => [tag, [LINE_ANCHOR]])),
    a: ['href', 'title', 'rel'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow' }),
    ...Object.fromEntries(ANCHORED.map((tag) => [tag, checkAnchor])),
  },
}

/**
 * Renders untrusted Markdown (a document's or a note's text) as safe HTML: Markdown through markdown-it, then
 * sanitize-html keeps only text structure (script, event handlers, `javascript:` URLs, frames and style go).
 * Blocks carry their first line in the text as a line anchor (`data-line`, 0-based).
 * @example renderHtml('*Com. Molotov,*<sup>1</sup><script>x()</script>') // '<p data-line="0"><em>Com. Molotov,</em><sup>1</sup></p>\n'
 */
export function renderHtml(text: string): string {
  return sanitizeHtml(markdown.render(text), SANITIZE)
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * A search snippet as safe HTML: the text escaped, each marked match in `<mark>`.
 * @example snippetHtml('a \u0002<b>\u0003') // 'a <mark>&#60;b&#62;</mark>'
 */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>')
}

/** A snippet without its marks. */
export function snippetText(snippet: string): string {
  return snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '')
}
