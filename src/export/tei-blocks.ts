import type { DocumentRecord, NoteRecord } from '../core/index.ts'

/** A stretch of a document's own text between blank lines, in normalised offsets. */
export interface TextBlock {
  readonly kind: 'block'
  readonly start: number
  readonly end: number
}

/** What a document's div holds, in text order: its own blocks, its child documents and the notes printed in it. */
export type DivItem =
  | TextBlock
  | { readonly kind: 'child'; readonly start: number; readonly doc: DocumentRecord }
  | { readonly kind: 'note'; readonly start: number; readonly note: NoteRecord }

type Range = { readonly start: number; readonly end: number }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Where a note stands in the normalised text, its printed label included ("1. ", "<sup>1</sup> ", "[1] "), so that
 * neither shows in the running text.
 */
export function noteRange(text: string, note: NoteRecord): Range {
  const lineStart = text.lastIndexOf('\n', note.textSpan.start - 1) + 1
  const before = text.slice(lineStart, note.textSpan.start)
  const label = escapeRegExp(note.label)
  const pattern = new RegExp(`^\\s*(?:<sup>)?\\[?${label}\\]?(?:</sup>)?[.):]?\\s*$`)
  const start = before.length <= 24 && pattern.test(before) ? lineStart : note.textSpan.start
  return { start, end: note.textSpan.end }
}

/** Splits `text[start, end)` into trimmed blocks at blank lines, leaving out empty blocks and horizontal rules. */
export function splitBlocks(text: string, start: number, end: number): TextBlock[] {
  const blocks: TextBlock[] = []
  const piece = text.slice(start, end)
  let cursor = 0
  for (const match of [...piece.matchAll(/\n[ \t]*\n/g), { index: piece.length, 0: '' }]) {
    let from = start + cursor
    let to = start + (match.index ?? piece.length)
    while (from < to && /\s/.test(text[from] as string)) from++
    while (to > from && /\s/.test(text[to - 1] as string)) to--
    const body = text.slice(from, to)
    if (to > from && !/^([-*_]\s*){3,}$/.test(body)) blocks.push({ kind: 'block', start: from, end: to })
    cursor = (match.index ?? piece.length) + (match[0] as string).length
  }
  return blocks
}

/** `range` minus the `holes` (sorted by start). */
function subtract(range: Range, holes: readonly Range[]): Range[] {
  const parts: Range[] = []
  let cursor = range.start
  for (const hole of holes) {
    if (hole.end <= cursor || hole.start >= range.end) continue
    if (hole.start > cursor) parts.push({ start: cursor, end: hole.start })
    cursor = Math.max(cursor, hole.end)
  }
  if (cursor < range.end) parts.push({ start: cursor, end: range.end })
  return parts
}

/**
 * The items of one document's div in text order. `notes` are the notes whose place lies in this document's own
 * text (not in a child's); `excluded` are the places of every note of the source (sorted), kept out of running text.
 */
export function divItems(
  text: string,
  doc: DocumentRecord,
  children: readonly DocumentRecord[],
  notes: readonly { readonly note: NoteRecord; readonly range: Range }[],
  excluded: readonly Range[],
): DivItem[] {
  const holes = [...children.map((c) => c.textSpan), ...excluded].sort((a, b) => a.start - b.start)
  const items: DivItem[] = subtract(doc.textSpan, holes).flatMap((r) => splitBlocks(text, r.start, r.end))
  for (const child of children) items.push({ kind: 'child', start: child.textSpan.start, doc: child })
  for (const { note, range } of notes) items.push({ kind: 'note', start: range.start, note })
  const rank = { block: 0, note: 1, child: 2 }
  return items.sort((a, b) => a.start - b.start || rank[a.kind] - rank[b.kind])
}
