import type {
  Document,
  DocumentDate,
  DocumentId,
  SourceText,
  Span,
  StageContext,
  TextField,
} from '../../core/index.ts'
import { createId, hashKey } from '../../core/index.ts'
import { bodyStart, buildTree, type TreeNode } from './build-tree.ts'
import { findHeadings } from './find-headings.ts'
import { findTrailingMatter } from './find-trailing-matter.ts'
import { detectNumericOrder, type NumericOrder, parseAuthorDate } from './parse-author-date.ts'
import { type LetterFields, parseLetter } from './parse-letter.ts'
import { resolveAddressees } from './resolve-addressees.ts'

/**
 * Splits a source into its tree of structural units and the primary documents embedded in it
 * (chapters, sections, letters, telegrams, notes, appendix documents, glossary, index).
 * Top-level documents have no parentId; `order` is the depth-first position, counting from 1.
 * @example splitStructure(text, context).filter((d) => d.type === 'letter').length
 */
export function splitStructure(text: SourceText, context: StageContext): Document[] {
  const t = text.text
  const all = findHeadings(t)
  const trailing = findTrailingMatter(t, all)
  const headings = all.filter((h) => h.line.start < trailing.start)
  const nodes = buildTree(t, headings, trailing.start, text.title ?? 'Untitled source')
  const fields = new Map<TreeNode, LetterFields>()
  for (const node of nodes) {
    if (isItem(node))
      fields.set(
        node,
        parseLetter(t, bodyStart(node), node.end, { appendix: node.type === 'appendix-document' }),
      )
  }
  const letters = [...fields].filter(([node]) => node.type !== 'appendix-document')
  const resolved = resolveAddressees(
    letters.map(([, f]) => f.addressees),
    t,
  )
  letters.forEach(([, f], k) => {
    f.addressees.splice(0, f.addressees.length, ...(resolved[k] ?? []))
  })
  const order = detectNumericOrder(
    [...fields.values()].flatMap((f) => [f.headerDate?.text ?? '', f.signoffDate?.text ?? '']),
  )
  const ids = new Map<TreeNode, DocumentId>()
  const documents: Document[] = []
  const units = [...nodes, ...trailing.nodes]
  units.forEach((node, k) => {
    const id = createId('doc', hashKey(text.sourceId, 'structure', node.type, node.start))
    ids.set(node, id)
    const parentId = node.parent === undefined ? undefined : ids.get(node.parent)
    const f = fields.get(node)
    const heading: TextField | undefined =
      node.heading === undefined
        ? undefined
        : {
            text: t.slice(node.heading.titleSpan.start, node.heading.titleSpan.end),
            span: node.heading.titleSpan,
          }
    const span: Span = { start: node.start, end: node.end }
    const base: Document = {
      id,
      sourceId: text.sourceId,
      ...(parentId === undefined ? {} : { parentId }),
      type: f?.type ?? node.type,
      ...(node.number === undefined ? {} : { number: node.number }),
      title: node.title,
      span,
      ...(heading === undefined ? {} : { heading }),
      addressees: f?.addressees ?? [],
      insertions: f?.insertions ?? [],
      blocks: [
        ...(node.heading === undefined ? [] : [{ type: 'heading' as const, span: node.heading.line }]),
        ...(f?.blocks ?? []),
      ],
      order: k + 1,
      rule: node.rule,
    }
    documents.push(f === undefined ? base : withLetterFields(base, f, order))
  })
  reportGaps(documents, context)
  return documents
}

const isItem = (node: TreeNode): boolean =>
  node.type === 'letter' ||
  node.type === 'telegram' ||
  node.type === 'note' ||
  node.type === 'appendix-document'

function withLetterFields(doc: Document, f: LetterFields, order: NumericOrder): Document {
  const date = bestDate(f, order)
  return {
    ...doc,
    ...(f.editorialDate === undefined ? {} : { editorialDate: f.editorialDate }),
    ...(f.headerDate === undefined ? {} : { headerDate: f.headerDate }),
    ...(f.signoffDate === undefined ? {} : { signoffDate: f.signoffDate }),
    ...(date === undefined ? {} : { date }),
    ...(f.place === undefined ? {} : { place: f.place }),
    ...(f.author === undefined ? {} : { author: f.author }),
    ...(f.salutation === undefined ? {} : { salutation: f.salutation }),
    ...(f.signer === undefined ? {} : { signer: f.signer }),
  }
}

/**
 * The date of record: the editors' date, made more precise by the author's own date when the editors give
 * only the month and the author's date falls in that month (the editors' date stays authoritative). Without
 * an editors' date, the author's header or sign-off date.
 */
function bestDate(f: LetterFields, order: NumericOrder): DocumentDate | undefined {
  const editorial = f.editorialDate
  const own = f.headerDate ?? f.signoffDate
  const year = editorial?.iso ?? editorial?.bound
  const ownIso =
    own === undefined
      ? undefined
      : parseAuthorDate(own.text, order, year === undefined ? undefined : Number(year.slice(0, 4)))
  if (editorial !== undefined) {
    if (editorial.qualifier === 'month' && ownIso?.length === 10 && ownIso.startsWith(editorial.iso ?? '-')) {
      return {
        ...(own as TextField),
        iso: ownIso,
        qualifier: 'exact',
        rule: 'segment/letters:author-date-in-editorial-month',
      }
    }
    return editorial
  }
  if (own === undefined || ownIso === undefined) return undefined
  const qualifier = ownIso.length === 10 ? 'exact' : ownIso.length === 7 ? 'month' : 'year'
  return { ...own, iso: ownIso, qualifier, rule: 'segment/letters:author-date' }
}

/** Reports numbered items whose numbers skip or repeat, so a missed heading is seen. */
function reportGaps(documents: readonly Document[], context: StageContext): void {
  let previous: number | undefined
  for (const doc of documents) {
    if (doc.number === undefined || !/^\d+$/.test(doc.number)) continue
    const n = Number(doc.number)
    if (previous !== undefined && n !== previous + 1) {
      context.report({
        severity: 'warning',
        reason: `Cannot find item "${previous + 1}": the item after "${previous}" is numbered "${n}"`,
        source: 'segment',
        ruleId: 'item-number-gap',
        place: doc.heading?.span ?? doc.span,
      })
    }
    previous = n
  }
}
