import { Parser } from 'htmlparser2'
import type { OffsetMap, Removal } from '../core/index.ts'
import { createTextBuilder } from '../core/index.ts'

/** Elements whose content is page chrome, not the source: dropped whole. */
const DROPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'head', 'noscript', 'template', 'svg'])
/** Elements that start and end a block (separated by a blank line in the result). */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'pre',
  'figure',
  'figcaption',
  'hr',
  'body',
  'html',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])
/** Inline elements kept exactly as written (note markers). */
const KEPT_AS_WRITTEN = new Set(['sup', 'sub'])
const EMPHASIS: Readonly<Record<string, string>> = { b: '**', strong: '**', i: '*', em: '*' }

/** An HTML page read as Markdown-flavoured text. */
export interface HtmlText {
  readonly text: string
  readonly map: OffsetMap
  readonly removals: Removal[]
  readonly title?: string
}

/**
 * Turns an HTML page into Markdown-flavoured text: blocks separated by blank lines, `<h1>`–`<h6>` as `#`
 * headings, `<sup>…</sup>` kept as written, chrome (`<script>`, `<style>`, `<nav>`, `<header>`, `<footer>`)
 * dropped, entities decoded, white space (no-break spaces included) collapsed. Built with the offset builder, so offsets map to the HTML.
 * @example readHtml('<h1>Letter 1</h1><p>Dear&nbsp;friend</p>').text // '# Letter 1\n\nDear friend'
 */
export function readHtml(html: string): HtmlText {
  const builder = createTextBuilder(html)
  const removals: Removal[] = []
  let cursor = 0 // raw offset up to which the builder has been fed
  let pending = '' // layout to write before the next text: a block break, a heading marker, a space
  let started = false // whether any text has been written
  let dropDepth = 0
  let dropStart = 0
  let title: string | undefined
  let inTitle = false

  function write(rawStart: number, rawEnd: number, text: string, copy: boolean): void {
    builder.replace(cursor, rawStart, started ? pending : pending.replace(/^\s+/, ''))
    if (copy) builder.copy(rawStart, rawEnd)
    else builder.replace(rawStart, rawEnd, text)
    cursor = rawEnd
    pending = ''
    started = true
  }
  function breakBlock(prefix = ''): void {
    pending = `\n\n${prefix}`
  }
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true
        if (dropDepth > 0 || DROPPED.has(name)) {
          if (dropDepth === 0) dropStart = parser.startIndex
          if (DROPPED.has(name)) dropDepth++
          return
        }
        if (/^h[1-6]$/.test(name)) breakBlock(`${'#'.repeat(Number(name[1]))} `)
        else if (name === 'li') breakBlock('- ')
        else if (BLOCKS.has(name)) breakBlock()
        else if (name === 'br') pending = '\n'
        else if (KEPT_AS_WRITTEN.has(name)) write(parser.startIndex, parser.endIndex + 1, '', true)
        else if (EMPHASIS[name] !== undefined) pending += EMPHASIS[name]
      },
      onclosetag(name, implied) {
        if (name === 'title') inTitle = false
        if (dropDepth > 0) {
          if (DROPPED.has(name)) dropDepth--
          if (dropDepth === 0)
            removals.push({ reason: 'markup', span: { start: dropStart, end: parser.endIndex + 1 } })
          return
        }
        if (BLOCKS.has(name)) breakBlock()
        else if (KEPT_AS_WRITTEN.has(name) && !implied)
          write(parser.startIndex, parser.endIndex + 1, '', true)
        else if (EMPHASIS[name] !== undefined && started)
          write(parser.startIndex, parser.endIndex + 1, EMPHASIS[name] as string, false)
      },
      ontext(data) {
        if (inTitle) title = (title ?? '') + data
        if (dropDepth > 0) return
        writeText(parser.startIndex, parser.endIndex + 1, data)
      },
    },
    { decodeEntities: true },
  )

  /** Writes a text node, collapsing runs of white space to one space; decoded entities replace their source. */
  function writeText(rawStart: number, rawEnd: number, data: string): void {
    const asWritten = html.slice(rawStart, rawEnd) === data
    const pattern = /\s+|[^\s]+/g
    for (let match = pattern.exec(data); match !== null; match = pattern.exec(data)) {
      const start = rawStart + match.index
      if (/^\s/.test(match[0])) {
        if (started && !pending.includes('\n')) pending += pending.endsWith(' ') ? '' : ' '
        continue
      }
      if (asWritten) write(start, start + match[0].length, '', true)
      else write(rawStart, rawEnd, data.trim(), false)
      if (!asWritten) return
    }
  }

  parser.write(html)
  parser.end()
  builder.replace(cursor, html.length, '')
  const { text, map } = builder.build()
  const cleanTitle = title?.replace(/\s+/g, ' ').trim()
  return { text, map, removals, ...(cleanTitle ? { title: cleanTitle } : {}) }
}
