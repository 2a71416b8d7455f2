import type { OffsetMap, Span, Variant, WitnessSet } from '../core/index.ts'
import { createTextBuilder } from '../core/index.ts'

/** The full text of one witness, with a map from each of its offsets back to the source text. */
export interface WitnessText {
  readonly label: string
  readonly text: string
  /** `toRaw` of this map gives the offset in the source text the witnesses were rebuilt from. */
  readonly map: OffsetMap
}

/** Where a variant of the witness set stands in each rebuilt witness. */
export interface LocatedVariant {
  readonly variant: Variant
  /** The base reading's span in the base witness (empty at the bracket's place when the base has nothing). */
  readonly base: Span
  /** The other reading's span in the other witness (empty where it omits). */
  readonly other: Span
}

/** Both witnesses of a two-witness document and every variant located in both. */
export interface RebuiltWitnesses {
  readonly base: WitnessText
  readonly other: WitnessText
  readonly variants: readonly LocatedVariant[]
}

/**
 * Rebuilds the two witnesses of a document given as a base text with the other's readings in brackets. The base
 * is the running text without the variant brackets; the other is the running text with each bracket's reading
 * in place of the base reading (omissions removed, additions inserted). Editorial brackets (not variants) stay
 * in both. `range` is the document's span in `text` (the whole text by default).
 * @example reconstructWitnesses('a b [c] d', set).other.text // 'a c d' for a substitution of "b"
 */
export function reconstructWitnesses(
  text: string,
  set: WitnessSet,
  range: Span = { start: 0, end: text.length },
): RebuiltWitnesses {
  const variants = set.variants
    .filter((v) => v.span.start >= range.start && v.span.end <= range.end)
    .sort((a, b) => a.span.start - b.span.start)
  const base = createTextBuilder(text)
  const other = createTextBuilder(text)
  let baseCursor = range.start
  let otherCursor = range.start
  let baseLength = 0
  let otherLength = 0
  if (range.start > 0) {
    base.replace(0, range.start, '')
    other.replace(0, range.start, '')
  }
  const located: LocatedVariant[] = []
  for (const variant of variants) {
    const from = variantStart(variant, otherCursor)
    // Base: the running text, the bracket dropped.
    base.copy(baseCursor, variant.span.start)
    baseLength += variant.span.start - baseCursor
    base.replace(variant.span.start, variant.span.end, '')
    baseCursor = variant.span.end
    // Other: the running text up to the base reading, then the bracket's reading in its place.
    other.copy(otherCursor, from)
    otherLength += from - otherCursor
    const reading =
      variant.kind === 'omission' ? '' : text.slice(variant.span.start + 1, variant.span.end - 1)
    other.replace(from, variant.span.end, reading)
    const otherStart = otherLength
    otherLength += reading.length
    otherCursor = variant.span.end
    const baseEnd = baseLength - (variant.span.start - endOfBase(variant, from))
    located.push({
      variant,
      base: { start: baseLength - (variant.span.start - from), end: baseEnd },
      other: { start: otherStart, end: otherLength },
    })
  }
  base.copy(baseCursor, range.end)
  other.copy(otherCursor, range.end)
  const built = { base: base.build(), other: other.build() }
  return {
    base: { label: set.baseLabel, ...built.base },
    other: { label: set.otherLabel, ...built.other },
    variants: located,
  }
}

/** Where the other witness's reading replaces the base: the base reading's start, or the bracket for additions. */
function variantStart(variant: Variant, cursor: number): number {
  if (variant.kind === 'addition' || variant.baseSpan === undefined) return variant.span.start
  return Math.max(cursor, Math.min(variant.baseSpan.start, variant.span.start))
}

function endOfBase(variant: Variant, from: number): number {
  if (variant.kind === 'addition' || variant.baseSpan === undefined) return variant.span.start
  return Math.max(from, Math.min(variant.baseSpan.end, variant.span.start))
}
