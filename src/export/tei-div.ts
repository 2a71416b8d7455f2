import type { DateRecord, DocumentRecord, FieldRecord, NoteRecord, Span } from '../core/index.ts'
import { type InlineMark, renderInline } from './inline-markup.ts'
import type { TextLocator } from './locate-in-text.ts'
import { markdownMarks } from './markdown-marks.ts'
import { type DivItem, divItems, splitBlocks, type TextBlock } from './tei-blocks.ts'
import { datingAttributes, marksWithin } from './tei-marks.ts'
import { element, startTag, xmlId } from './xml.ts'

/** What rendering a div needs to know about the whole edition. */
export interface DivContext {
  readonly text: string
  /** Every inline mark, sorted by start. */
  readonly marks: readonly InlineMark[]
  readonly locate: TextLocator
  readonly childrenOf: (id: string) => readonly DocumentRecord[]
  readonly notesOf: (id: string) => readonly { readonly note: NoteRecord; readonly range: Span }[]
  /** Every note's place (label included), sorted by start. */
  readonly excluded: readonly Span[]
}

const PRIMARY = new Set(['letter', 'telegram', 'note', 'appendix-document', 'quoted-document'])
const POSTSCRIPT = /^(\*{0,2})P\.\s?S\.?|^PS\b/

/** The inline content of `text[start, end)`, with every mark and the Markdown of the block. */
function inline(ctx: DivContext, start: number, end: number, block: Span = { start, end }): string {
  const marks = [
    ...marksWithin(ctx.marks, start, end),
    ...markdownMarks(ctx.text, block.start, block.end).filter((m) => m.start >= start && m.end <= end),
  ]
  return renderInline(ctx.text, start, end, marks)
}

/** TEI dating attributes of a document date: when, from/to, notBefore/notAfter. */
export function docDateAttributes(date: DateRecord | undefined): Record<string, string> {
  if (date === undefined) return {}
  const bound =
    date.bound !== undefined && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.bound) ? date.bound : undefined
  switch (date.qualifier) {
    case 'before':
    case 'no_later_than':
      return bound === undefined ? {} : { notAfter: bound }
    case 'after':
    case 'no_earlier_than':
      return bound === undefined ? {} : { notBefore: bound }
    case 'range':
      return datingAttributes(
        date.iso !== undefined && date.isoEnd !== undefined ? `${date.iso}/${date.isoEnd}` : date.iso,
      )
    case 'undetermined':
      return {}
    default:
      return datingAttributes(date.iso)
  }
}

const within = (span: Span | undefined, block: TextBlock) =>
  span !== undefined && span.start >= block.start && span.end <= block.end

function renderNote(ctx: DivContext, note: NoteRecord): string {
  const blocks = splitBlocks(ctx.text, note.textSpan.start, note.textSpan.end)
  const content =
    blocks.length === 1
      ? inline(ctx, (blocks[0] as TextBlock).start, (blocks[0] as TextBlock).end)
      : blocks.map((b) => element('p', {}, inline(ctx, b.start, b.end))).join('')
  const place = note.kind === 'footnote' ? 'foot' : 'end'
  return element('note', { 'xml:id': xmlId(note.id), n: note.label, place }, content)
}

/** Locates a stored field in the normalised text. */
const locateField = (ctx: DivContext, field: FieldRecord | undefined) =>
  field === undefined ? undefined : ctx.locate(field, field.text)

/** The top of a primary document: head, docDate, opener with dateline and salute, as far as they lead the text. */
function renderTop(ctx: DivContext, doc: DocumentRecord, items: DivItem[]): string[] {
  const out: string[] = []
  const first = items[0]
  const heading = locateField(ctx, doc.heading)
  if (first?.kind === 'block' && (within(heading, first) || ctx.text[first.start] === '#')) {
    out.push(element('head', {}, inline(ctx, first.start, first.end)))
    items.shift()
  }
  if (!PRIMARY.has(doc.type)) return out
  const dateAttributes = docDateAttributes(doc.date ?? doc.editorialDate)
  const editorialDate = locateField(ctx, doc.editorialDate)
  const dateline = [locateField(ctx, doc.place), locateField(ctx, doc.headerDate)]
  const salutation = locateField(ctx, doc.salutation)
  const opener: string[] = []
  let dated = false
  while (items[0] !== undefined) {
    const item = items[0]
    if (item.kind === 'note') {
      out.push(renderNote(ctx, item.note))
    } else if (item.kind !== 'block' || item.end - item.start > 200) break
    else if (!dated && within(editorialDate, item)) {
      out.push(element('docDate', dateAttributes, inline(ctx, item.start, item.end)))
      dated = true
    } else if (dateline.some((span) => within(span, item))) {
      opener.push(element('dateline', {}, inline(ctx, item.start, item.end)))
    } else if (within(salutation, item)) {
      opener.push(element('salute', {}, inline(ctx, item.start, item.end)))
    } else break
    items.shift()
  }
  if (!dated && Object.keys(dateAttributes).length > 0) out.push(startTag('docDate', dateAttributes, true))
  if (opener.length > 0) out.push(element('opener', {}, opener.join('')))
  return out
}

/** The bottom of a primary document: the block with the signature as `closer`, postscripts after it. */
function renderBottom(ctx: DivContext, doc: DocumentRecord, items: DivItem[]): string[] {
  const signer = locateField(ctx, doc.signer)
  if (!PRIMARY.has(doc.type) || signer === undefined) return []
  const at = items.findIndex((item) => item.kind === 'block' && within(signer, item))
  if (at === -1) return []
  const rest = items.slice(at + 1)
  const isTail = (item: DivItem) =>
    item.kind === 'note' || (item.kind === 'block' && POSTSCRIPT.test(ctx.text.slice(item.start, item.end)))
  if (!rest.every(isTail)) return []
  const block = items[at] as TextBlock
  const closer = [
    inline(ctx, block.start, signer.start, block),
    element('signed', {}, inline(ctx, signer.start, signer.end, block)),
    inline(ctx, signer.end, block.end, block),
  ].join('')
  const out = [element('closer', {}, closer)]
  for (const item of rest) {
    if (item.kind === 'note') out.push(renderNote(ctx, item.note))
    else if (item.kind === 'block')
      out.push(element('postscript', {}, element('p', {}, inline(ctx, item.start, item.end))))
  }
  items.splice(at)
  return out
}

/**
 * Renders a document and the documents nested in it as TEI `div`s: head and (for letters and the like) their
 * metadata on top, paragraphs, notes where they are printed, child documents, and the closer with the signature.
 */
export function renderDiv(ctx: DivContext, doc: DocumentRecord): string {
  const items = divItems(ctx.text, doc, ctx.childrenOf(doc.id), ctx.notesOf(doc.id), ctx.excluded)
  const top = renderTop(ctx, doc, items)
  const bottom = renderBottom(ctx, doc, items)
  const middle: string[] = []
  let afterChild = false
  let pending: string[] = []
  const flush = () => {
    if (pending.some((p) => p.startsWith('<p')))
      middle.push(element('div', { type: 'text' }, pending.join('')))
    else middle.push(...pending)
    pending = []
  }
  for (const item of items) {
    if (item.kind === 'child') {
      flush()
      middle.push(renderDiv(ctx, item.doc))
      afterChild = true
    } else if (item.kind === 'note') (afterChild ? pending : middle).push(renderNote(ctx, item.note))
    else (afterChild ? pending : middle).push(element('p', {}, inline(ctx, item.start, item.end)))
  }
  flush()
  if (!middle.some((m) => m.startsWith('<p') || m.startsWith('<div'))) middle.push('<p/>')
  const attributes = { 'xml:id': xmlId(doc.id), type: doc.type, n: doc.number }
  return element('div', attributes, [...top, ...middle, ...bottom].join('\n'))
}
