import { escapeXml } from './xml.ts'

/**
 * A piece of markup over a stretch of the normalised text. A wrapping mark puts `open`/`close` around the rendered
 * content; a replacing mark puts `replace` (serialised XML) in place of the stretch.
 */
export interface InlineMark {
  readonly start: number
  readonly end: number
  readonly open?: string
  readonly close?: string
  readonly replace?: string
  /** Lower wins when two marks cross; with equal spans, lower is outer. */
  readonly priority: number
}

/** Priorities of the kinds of mark, most important first. */
export const PRIORITY = {
  marker: 0,
  variant: 1,
  markup: 2,
  editorial: 3,
  name: 4,
  date: 5,
  emphasis: 6,
} as const

interface Node {
  readonly mark: InlineMark
  readonly children: Node[]
}

const crosses = (a: InlineMark, b: InlineMark): boolean =>
  (a.start < b.start && b.start < a.end && a.end < b.end) ||
  (b.start < a.start && a.start < b.end && b.end < a.end)

/** True when `inner` lies within a replacing mark `outer` (the replaced text has no markup of its own). */
const swallowedBy = (outer: InlineMark, inner: InlineMark): boolean =>
  outer.replace !== undefined &&
  outer.start <= inner.start &&
  inner.end <= outer.end &&
  !(inner.start === inner.end && (inner.start === outer.start || inner.end === outer.end))

/** Keeps the marks that nest, preferring lower priority numbers; drops the others. */
function acceptNesting(marks: readonly InlineMark[]): InlineMark[] {
  const accepted: InlineMark[] = []
  const byPriority = [...marks].sort((a, b) => a.priority - b.priority || a.start - b.start || b.end - a.end)
  for (const mark of byPriority) {
    const clash = accepted.some(
      (other) =>
        crosses(mark, other) ||
        swallowedBy(other, mark) ||
        swallowedBy(mark, other) ||
        (other.replace !== undefined && mark.replace !== undefined && other.start === mark.start),
    )
    if (!clash) accepted.push(mark)
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority)
}

function buildTree(marks: readonly InlineMark[]): Node[] {
  const roots: Node[] = []
  const stack: Node[] = []
  for (const mark of marks) {
    while (stack.length > 0 && (stack.at(-1) as Node).mark.end <= mark.start && mark.start !== mark.end)
      stack.pop()
    while (stack.length > 0 && (stack.at(-1) as Node).mark.end < mark.end) stack.pop()
    const node: Node = { mark, children: [] }
    const parent = stack.at(-1)
    if (parent === undefined) roots.push(node)
    else parent.children.push(node)
    if (mark.start !== mark.end) stack.push(node)
  }
  return roots
}

function renderRange(text: string, start: number, end: number, nodes: readonly Node[]): string {
  let out = ''
  let cursor = start
  for (const node of nodes) {
    const { mark } = node
    out += escapeXml(text.slice(cursor, mark.start))
    if (mark.replace !== undefined) out += mark.replace
    else
      out += `${mark.open ?? ''}${renderRange(text, mark.start, mark.end, node.children)}${mark.close ?? ''}`
    cursor = mark.end
  }
  return out + escapeXml(text.slice(cursor, end))
}

/**
 * Renders `text[start, end)` as XML mixed content: the text escaped, the marks that lie inside the range and nest
 * applied, crossing marks dropped (the lower priority number wins).
 * @example renderInline('a & b', 0, 5, [{ start: 4, end: 5, open: '<hi>', close: '</hi>', priority: 0 }]) // 'a &amp; <hi>b</hi>'
 */
export function renderInline(text: string, start: number, end: number, marks: readonly InlineMark[]): string {
  const inside = marks.filter((m) => m.start >= start && m.end <= end && m.start <= m.end)
  return renderRange(text, start, end, buildTree(acceptNesting(inside)))
}
