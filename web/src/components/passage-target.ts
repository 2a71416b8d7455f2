/**
 * Finding a passage in the reader's rendered text: the quote a link carries, matched on letters and digits only (so
 * Markdown, hyphenation, note markers and spacing do not matter), nearest to the line the link gives; else the
 * block whose line anchor (`data-line`, set by the server) is at or before that line.
 */

/** What a link says of its passage: the line in the source file and the start of its quote. */
export interface PassageTarget {
  readonly line?: number
  readonly quote?: string
}

/** Longest quote a link carries (the start of a passage is enough to find it). */
export const QUOTE_LIMIT = 80

/** The passage a reader URL asks for (`?line=…&quote=…`), if any. */
export function passageFromQuery(query: URLSearchParams): PassageTarget | undefined {
  const line = Number(query.get('line'))
  const quote = query.get('quote')?.slice(0, QUOTE_LIMIT * 2) ?? ''
  const target = {
    ...(Number.isInteger(line) && line > 0 ? { line } : {}),
    ...(quote.trim() === '' ? {} : { quote }),
  }
  return Object.keys(target).length === 0 ? undefined : target
}

const WORDS = /[\p{L}\p{N}]+/gu

/** The letters and digits of a quote as printed in the file: note markers and tags dropped, lower case. */
export function quoteKey(quote: string): string {
  const text = quote.replace(/<sup>[^<]*<\/sup>/gi, '').replace(/<[^>]*>/g, '')
  return (text.match(WORDS) ?? []).map((run) => run.toLowerCase()).join('')
}

/** The letters and digits of the text under `root` (note markers left out), each with where it stands. */
interface TextIndex {
  readonly key: string
  readonly nodes: Text[]
  /** For each character of `key` (UTF-16 unit): its node's index and its offset in that node. */
  readonly node: Int32Array
  readonly offset: Int32Array
}

function indexText(root: Element): TextIndex {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  const nodeOf: number[] = []
  const offsetOf: number[] = []
  const parts: string[] = []
  for (let current = walker.nextNode(); current !== null; current = walker.nextNode()) {
    const text = current as Text
    if (text.parentElement?.closest('sup')) continue
    nodes.push(text)
    // Runs of letters and digits, not single characters: a long book has hundreds of thousands of them.
    for (const run of text.data.matchAll(WORDS)) {
      // Lower case can change a run's length (İ): offsets stay inside the run, in the original text.
      const lower = run[0].toLowerCase()
      parts.push(lower)
      for (let i = 0; i < lower.length; i++) {
        nodeOf.push(nodes.length - 1)
        offsetOf.push(run.index + Math.min(i, run[0].length - 1))
      }
    }
  }
  return { key: parts.join(''), nodes, node: Int32Array.from(nodeOf), offset: Int32Array.from(offsetOf) }
}

/** The line anchor of the block that holds a node (0-based line in the rendered text), if any. */
function anchorOf(node: Node): number | undefined {
  const element = node instanceof Element ? node : node.parentElement
  const value = element?.closest('[data-line]')?.getAttribute('data-line')
  return value === null || value === undefined ? undefined : Number(value)
}

/** Every place the key occurs (at most 200), as ranges of the text index. */
function occurrences(index: TextIndex, key: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  for (let at = index.key.indexOf(key); at >= 0 && found.length < 200; at = index.key.indexOf(key, at + 1))
    found.push({ start: at, end: at + key.length })
  return found
}

function toRange(index: TextIndex, { start, end }: { start: number; end: number }): Range {
  const range = document.createRange()
  range.setStart(index.nodes[index.node[start] as number] as Text, index.offset[start] as number)
  const last = index.nodes[index.node[end - 1] as number] as Text
  range.setEnd(last, (index.offset[end - 1] as number) + 1)
  return range
}

/** The block at or before a line of the rendered text. */
function blockAtLine(root: Element, line: number): Element | undefined {
  let best: Element | undefined
  for (const block of root.querySelectorAll('[data-line]')) {
    if (Number(block.getAttribute('data-line')) > line) break
    best = block
  }
  return best
}

/**
 * Finds a passage under `root`: a range over its quote (the occurrence nearest `line`), else the block at `line`.
 * `line` is a line of the rendered text (the link's line minus the document's first line).
 */
export function findPassage(
  root: Element,
  quote: string | undefined,
  line: number | undefined,
): Range | undefined {
  const key = quote === undefined ? '' : quoteKey(quote)
  if (key.length >= 4) {
    const index = indexText(root)
    for (const length of [key.length, QUOTE_LIMIT, 40, 20, 10]) {
      if (length > key.length) continue
      const found = occurrences(index, key.slice(0, length))
      if (found.length === 0) continue
      const distance = (o: { start: number }) => {
        const anchor = anchorOf(index.nodes[index.node[o.start] as number] as Text)
        return line === undefined || anchor === undefined ? 0 : Math.abs(anchor - line)
      }
      const nearest = found.reduce((a, b) => (distance(b) < distance(a) ? b : a))
      return toRange(index, nearest)
    }
  }
  const block = line === undefined ? undefined : blockAtLine(root, Math.max(0, line))
  if (block === undefined) return undefined
  const range = document.createRange()
  range.selectNodeContents(block)
  return range
}

/** The block element a range starts in (a paragraph, list item, heading…). */
function blockOf(range: Range): HTMLElement | undefined {
  const node = range.startContainer
  const element = node instanceof HTMLElement ? node : node.parentElement
  return (
    element?.closest<HTMLElement>('[data-line], p, li, h1, h2, h3, h4, h5, h6, blockquote') ??
    element ??
    undefined
  )
}

/**
 * Shows a passage: marks its block, highlights its exact text (CSS Custom Highlight API, where the browser has it:
 * the DOM is not changed), scrolls it to the middle of the screen and moves the focus there, so the keyboard goes
 * on from the passage. Returns the block, or undefined when the passage is not found.
 */
export function showPassage(
  root: Element,
  target: PassageTarget,
  firstLine: number,
): HTMLElement | undefined {
  for (const old of root.querySelectorAll('.passage-target')) old.classList.remove('passage-target')
  const line = target.line === undefined ? undefined : target.line - firstLine
  const range = findPassage(root, target.quote, line)
  if (range === undefined) return undefined
  const block = blockOf(range)
  if (block === undefined) return undefined
  block.classList.add('passage-target')
  if (typeof Highlight === 'function' && CSS.highlights !== undefined)
    CSS.highlights.set('passage', new Highlight(range))
  block.tabIndex = -1
  block.focus({ preventScroll: true })
  block.scrollIntoView({ block: 'center' })
  return block
}
