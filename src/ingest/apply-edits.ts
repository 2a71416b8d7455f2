import type { OffsetMap, Removal, RemovalReason } from '../core/index.ts'
import { createTextBuilder } from '../core/index.ts'

/**
 * A change to a text: `[start, end)` becomes `text`. With a `reason`, the change is recorded as a removal
 * (a repair); without one it only keeps the layout (e.g. a line break moved after a joined word).
 */
export interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly reason?: RemovalReason
}

/** A text with its edits applied, its map back to the input, and the removals in input offsets. */
export interface EditedText {
  readonly text: string
  readonly map: OffsetMap
  readonly removals: Removal[]
}

/**
 * Applies edits to a text with the offset builder, so every offset of the result maps back to the input.
 * Edits are sorted; an edit that overlaps an earlier one is ignored (the first repair wins).
 * @example applyEdits('at-\ntacked', [{ start: 2, end: 4, text: '', reason: 'line-break-hyphen' }]).text // 'attacked'
 */
export function applyEdits(input: string, edits: readonly Edit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const builder = createTextBuilder(input)
  const removals: Removal[] = []
  let cursor = 0
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > input.length) continue
    builder.copy(cursor, edit.start)
    builder.replace(edit.start, edit.end, edit.text)
    cursor = edit.end
    if (edit.reason !== undefined && edit.end > edit.start)
      addRemoval(removals, edit.reason, edit.start, edit.end)
  }
  builder.copy(cursor, input.length)
  const { text, map } = builder.build()
  return { text, map, removals }
}

/** Adds a removal, merging it with the previous one when they touch and share a reason. */
function addRemoval(removals: Removal[], reason: RemovalReason, start: number, end: number): void {
  const last = removals.at(-1)
  if (last !== undefined && last.reason === reason && last.span.end === start) {
    removals[removals.length - 1] = { reason, span: { start: last.span.start, end } }
  } else {
    removals.push({ reason, span: { start, end } })
  }
}
