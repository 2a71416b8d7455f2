import type {
  Document,
  EditorialSpan,
  SourceText,
  Span,
  StageContext,
  Variant,
  WitnessSet,
} from '../../core/index.ts'
import { classifyVariant, isEditorialContent } from './classify-bracket.ts'
import { contentOverlap, estimateBaseReading } from './estimate-base-reading.ts'
import { type Bracket, findBrackets } from './find-brackets.ts'
import { findPageNotes, isInside } from './find-page-notes.ts'
import { findWitnessRegions, type WitnessRegion } from './find-witness-regions.ts'
import { findWords, joinLines, type Word } from './text-words.ts'

const VARIANT_RULE = 'segment/articles:witness-bracket'
const EDITORIAL_RULE = 'segment/articles:editorial-bracket'

/**
 * Finds texts given in two versions (the other version's readings in brackets) and editorial insertions.
 * Inside a two-witness document every bracket is a variant unless its content is an editor's (a doubt,
 * `sic`, a date, an ellipsis…) or it stands in a page-foot note; everywhere else brackets are editorial.
 * @example findWitnesses(text, documents, context).witnesses[0]?.variants.length
 */
export function findWitnesses(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): { witnesses: WitnessSet[]; editorial: EditorialSpan[] } {
  const source = text.text
  const brackets = findBrackets(source, context)
  const regions = findWitnessRegions(source, documents)
  const notes = regions.flatMap((region) => findPageNotes(source, region.span))
  const variantsByRegion = new Map<WitnessRegion, Variant[]>(regions.map((region) => [region, []]))
  const editorial: EditorialSpan[] = []
  let previousEnd = 0
  for (const bracket of brackets) {
    const region = regions.find((r) => r.span.start <= bracket.span.start && bracket.span.end <= r.span.end)
    const content = source.slice(bracket.content.start, bracket.content.end)
    if (region === undefined || isInside(bracket.span.start, notes) || isEditorialContent(content)) {
      editorial.push(toEditorial(text, bracket.span, documents))
      continue
    }
    const windowStart = Math.max(previousEnd, region.span.start)
    variantsByRegion
      .get(region)
      ?.push(readVariant(source, bracket, wordsBefore(source, windowStart, bracket, notes)))
    previousEnd = bracket.span.end
  }
  const witnesses = regions.map((region) => ({
    sourceId: text.sourceId,
    documentId: region.documentId,
    baseLabel: region.baseLabel,
    otherLabel: region.otherLabel,
    variants: variantsByRegion.get(region) ?? [],
    rule: VARIANT_RULE,
  }))
  return { witnesses, editorial }
}

/**
 * The words of the paragraph before a bracket, after the previous variant. Page-foot notes are skipped:
 * the blank lines around them do not end the paragraph.
 */
function wordsBefore(text: string, windowStart: number, bracket: Bracket, notes: readonly Span[]): Word[] {
  const words = findWords(text, windowStart, bracket.span.start).filter(
    (word) => !isInside(word.span.start, notes),
  )
  for (let i = words.length - 1; i > 0; i--) {
    const gap = { start: (words[i - 1] as Word).span.end, end: (words[i] as Word).span.start }
    const crossesNote = notes.some((note) => note.start >= gap.start && note.end <= gap.end)
    if (!crossesNote && /\n[ \t]*\n/.test(text.slice(gap.start, gap.end))) return words.slice(i)
  }
  return words
}

function readVariant(text: string, bracket: Bracket, before: readonly Word[]): Variant {
  const content = text.slice(bracket.content.start, bracket.content.end)
  const bracketWords = findWords(text, bracket.content.start, bracket.content.end)
  const preceding = text.slice(Math.max(0, bracket.span.start - 200), bracket.span.start)
  const kind = classifyVariant(content, preceding, contentOverlap(bracketWords, before))
  const base = estimateBaseReading(text, bracket, kind, before)
  return {
    kind,
    span: bracket.span,
    baseReading: base.baseReading,
    ...(base.baseSpan === undefined ? {} : { baseSpan: base.baseSpan }),
    // An omission's reading is its mark as written, brackets included ('[omitted]').
    otherReading:
      kind === 'omission' ? joinLines(text.slice(bracket.span.start, bracket.span.end)) : joinLines(content),
    certainty: base.certainty,
    rule: VARIANT_RULE,
  }
}

function toEditorial(text: SourceText, span: Span, documents: readonly Document[]): EditorialSpan {
  const container = innermost(documents, span)
  return {
    sourceId: text.sourceId,
    ...(container === undefined ? {} : { documentId: container.id }),
    span,
    rule: EDITORIAL_RULE,
  }
}

/** The smallest document that holds the whole span. */
export function innermost(documents: readonly Document[], span: Span): Document | undefined {
  let best: Document | undefined
  for (const doc of documents) {
    if (doc.span.start > span.start || doc.span.end < span.end) continue
    if (best === undefined || doc.span.end - doc.span.start < best.span.end - best.span.start) best = doc
  }
  return best
}
