import type { Span } from '../../core/index.ts'
import type { MarkerCandidate } from './find-explicit-markers.ts'

/** A page-foot note of an OCR'd text, as numbered in print. */
export interface NumberedNote {
  readonly value: number
  readonly span: Span
  /** Where its label starts. */
  readonly start: number
}

/**
 * Numbers the glyph markers of an OCR'd text from the page-foot notes that follow them. Notes printed together
 * at one page foot form a block; its markers are the last glyphs before the block. The glyphs before those, back
 * to the previous block, take the numbers that the notes skip (notes whose text is missing), counting down, and
 * any glyph left over is dropped as noise. Glyphs after the last block are dropped: nothing numbers them.
 * @example numberGlyphMarkers(glyphs, notes, text).map((m) => m.label)
 */
export function numberGlyphMarkers(
  glyphs: readonly MarkerCandidate[],
  notes: readonly NumberedNote[],
  text: string,
): MarkerCandidate[] {
  const numbered: MarkerCandidate[] = []
  let previousEnd = 0
  let previousValue = 0
  for (const block of groupBlocks(notes, text)) {
    const first = block[0] as NumberedNote
    const pool = glyphs.filter((glyph) => glyph.span.start >= previousEnd && glyph.span.end <= first.start)
    const own = pool.slice(Math.max(0, pool.length - block.length))
    const offset = block.length - own.length
    own.forEach((glyph, i) => {
      numbered.push({ ...glyph, label: String((block[i + offset] as NumberedNote).value) })
    })
    const rest = pool.slice(0, pool.length - own.length)
    for (let i = rest.length - 1, value = first.value - 1; i >= 0 && value > previousValue; i--, value--) {
      numbered.push({ ...(rest[i] as MarkerCandidate), label: String(value) })
    }
    previousEnd = (block[block.length - 1] as NumberedNote).span.end
    previousValue = (block[block.length - 1] as NumberedNote).value
  }
  return numbered.sort((a, b) => a.span.start - b.span.start)
}

/** Groups notes printed together: only white space stands between one note and the next. */
function groupBlocks(notes: readonly NumberedNote[], text: string): NumberedNote[][] {
  const blocks: NumberedNote[][] = []
  for (const note of notes) {
    const block = blocks[blocks.length - 1]
    const last = block?.[block.length - 1]
    if (block !== undefined && last !== undefined && text.slice(last.span.end, note.start).trim() === '')
      block.push(note)
    else blocks.push([note])
  }
  return blocks
}
