import type { DocumentType } from '../../core/index.ts'
import { classifyHeading, normaliseTitle, readContents } from './classify-heading.ts'
import type { HeadingLine } from './find-headings.ts'

/** A structural unit found from the headings, before its metadata is read. */
export interface TreeNode {
  readonly type: DocumentType
  readonly number?: string
  readonly title: string
  readonly start: number
  end: number
  readonly heading?: HeadingLine
  readonly parent?: TreeNode
  readonly level: number
  readonly appendix: boolean
  readonly rule: string
}

const TOP_KINDS = new Set(['front-matter', 'chapter', 'glossary', 'index', 'appendix', 'back-matter', 'part'])

/**
 * Builds the tree of structural units from the headings of a text. Levels come from what a heading says
 * (see classifyHeading) and from the table of contents, and only then from the number of `#`: numbered
 * items go under the chapter they stand in, whatever their level; headings inside an item that are deeper
 * than its own heading belong to it. A text without book structure becomes one article with sections.
 * @example buildTree('# 1925\n\n## Letter 1\n', headings, 20).map((n) => n.type) // ['chapter', 'letter']
 */
export function buildTree(
  text: string,
  headings: readonly HeadingLine[],
  end: number,
  title: string,
): TreeNode[] {
  const classes = headings.map((h) => classifyHeading(h.title))
  const book = classes.some((c) => c.kind !== 'section' && c.kind !== 'part')
  const contents = findContents(
    text,
    headings,
    classes.map((c) => c.kind),
  )
  const nodes: TreeNode[] = []
  const open: TreeNode[] = []
  const add = (node: Omit<TreeNode, 'end'>): TreeNode => {
    const full: TreeNode = { ...node, end }
    nodes.push(full)
    open.push(full)
    return full
  }
  /** Ends every open unit that `keep` rejects, innermost first, at `at`. */
  const closeUntil = (at: number, keep: (node: TreeNode) => boolean): void => {
    while (open.length > 0 && !keep(open.at(-1) as TreeNode)) (open.pop() as TreeNode).end = at
  }
  let article: TreeNode | undefined
  if (!book) {
    const first = headings[0]
    // The first heading is the title when nothing but short lines (site chrome, a byline) stands before the next.
    const next = headings[1]?.line.start ?? text.length
    const titled =
      first !== undefined &&
      text.slice(0, first.line.start).trim() === '' &&
      !text
        .slice(first.line.end, next)
        .split(/\n\s*\n/)
        .some((paragraph) => paragraph.length > 200)
    article = add({
      type: 'article',
      title: titled ? first.title : title,
      start: 0,
      level: 0,
      appendix: false,
      rule: 'segment/structure:article',
      ...(titled ? { heading: first } : {}),
    })
  }
  let seenChapter = false
  let appendixCount = 0
  let itemLevel = 2
  headings.forEach((h, k) => {
    if (article?.heading === h) return
    const c = classes[k] ?? { kind: 'section' }
    const at = h.line.start
    const item = open.find((n) => isItem(n.type))
    const key = normaliseTitle(h.title)
    const listed = (contents.titles.has(key) || contents.appendices.has(key)) && !isContents(h)
    const top = book && (TOP_KINDS.has(c.kind) || listed)
    if (c.kind === 'item') {
      closeUntil(at, (n) => !isItem(n.type) && n.level < 2)
      const parent = open.at(-1)
      itemLevel = h.level ?? itemLevel
      add({
        type: c.type,
        number: c.number,
        title: h.title,
        start: at,
        heading: h,
        level: itemLevel,
        appendix: false,
        rule: `segment/structure:item-${h.form}`,
        ...(parent === undefined ? {} : { parent }),
      })
      return
    }
    const topUnit = open.find((n) => n.level === 1)
    if (topUnit?.appendix && h.provenanceFollows && !top) {
      closeUntil(at, (n) => n.level < 2)
      add({
        type: 'appendix-document',
        number: `A${++appendixCount}`,
        title: h.title,
        start: at,
        heading: h,
        level: 2,
        appendix: false,
        rule: 'segment/structure:appendix-document',
        parent: topUnit,
      })
      return
    }
    if (item !== undefined && !top && (h.level === undefined || h.level > item.level)) return
    if (top || (book && !seenChapter && (h.level ?? 1) <= 2)) {
      closeUntil(at, () => false)
      const appendix = c.kind === 'appendix' || contents.appendices.has(normaliseTitle(h.title))
      const type = topType(c.kind, appendix, seenChapter)
      if (type !== 'front-matter' && type !== 'part') seenChapter = true
      add({
        type,
        title: h.title,
        start: at,
        heading: h,
        level: 1,
        appendix,
        rule: `segment/structure:${listed && c.kind === 'section' ? 'contents-entry' : c.kind}`,
      })
      return
    }
    const level = c.kind === 'part' ? 1.5 : (h.level ?? 2) + 1
    closeUntil(at, (n) => n.level < level && !isItem(n.type))
    const parent = open.at(-1)
    add({
      type: c.kind === 'part' ? 'part' : 'section',
      title: h.title,
      start: at,
      heading: h,
      level,
      appendix: false,
      rule: `segment/structure:section-${h.form}`,
      ...(parent === undefined ? {} : { parent }),
    })
  })
  closeUntil(end, () => false)
  for (const node of nodes) node.end = trimEnd(text, node.start, node.end)
  return nodes
}

const isItem = (type: DocumentType): boolean =>
  type === 'letter' || type === 'telegram' || type === 'note' || type === 'appendix-document'
const isContents = (h: HeadingLine): boolean => /^(?:table of )?contents$/i.test(h.title)

function topType(kind: string, appendix: boolean, seenChapter: boolean): DocumentType {
  if (appendix) return 'chapter'
  if (
    kind === 'glossary' ||
    kind === 'index' ||
    kind === 'back-matter' ||
    kind === 'part' ||
    kind === 'front-matter'
  )
    return kind
  if (kind === 'chapter') return 'chapter'
  return seenChapter ? 'chapter' : 'front-matter'
}

function findContents(
  text: string,
  headings: readonly HeadingLine[],
  kinds: readonly string[],
): ReturnType<typeof readContents> {
  const k = headings.findIndex((h, i) => kinds[i] === 'front-matter' && isContents(h))
  const h = headings[k]
  if (h === undefined) return { titles: new Set(), appendices: new Set() }
  return readContents(text.slice(h.line.end, headings[k + 1]?.line.start ?? text.length))
}

/** Leaves trailing blank lines and `---` rules out of a unit. */
export function trimEnd(text: string, start: number, end: number): number {
  let stop = end
  for (;;) {
    const slice = text.slice(start, stop)
    const tail = /(?:\s+|\n-{3,}|\n\*\s\*\s\*)$/.exec(slice)
    if (tail === null || tail[0].length === 0) return stop
    stop -= tail[0].length
  }
}

/** The span a unit's heading ends at, for reading its body. */
export function bodyStart(node: TreeNode): number {
  return node.heading?.line.end ?? node.start
}
