import type { Document, Span } from '../../core/index.ts'

/** A stretch of text given in two witnesses: the running text and the other's readings in brackets. */
export interface WitnessRegion {
  readonly documentId: string
  readonly span: Span
  readonly baseLabel: string
  readonly otherLabel: string
}

/**
 * An editor's statement of the bracket convention: a sentence that says something is placed (put,
 * given, enclosed) in brackets and speaks of a version, copy, text or original.
 */
const SENTENCE = /[^.!?]*[.!?]/g
const BRACKET_WORD = /\bbrackets?\b/i
const PLACING_VERB = /\b(?:place|put|give|enclose|print|show|mark|indicate)[sd]?\b/i
const WITNESS_WORD = /\b(?:version|copy|witness|manuscript)\b/i

/**
 * The sentences that state a bracket convention, with their positions. Sentences are cut first and then tested,
 * which keeps the search linear (one pattern over the whole text backtracked badly on long books).
 */
function findStatements(text: string): { index: number; 0: string }[] {
  const statements: { index: number; 0: string }[] = []
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = match[0]
    if (!BRACKET_WORD.test(sentence)) continue
    if (PLACING_VERB.test(sentence) || WITNESS_WORD.test(sentence))
      statements.push({ index: match.index, 0: sentence })
  }
  return statements
}
const OMISSION_MARK = /\[[^\][]{0,40}\b(?:omitted|missing|lacking|absent)\b[^\][]{0,40}\]/gi
/** How many omission marks make a document a two-witness text even without a stated convention. */
const MIN_OMISSION_MARKS = 3

/**
 * Finds the documents given in two witnesses: a quoted document that follows an editor's statement of
 * the bracket convention, or one that holds several "[omitted]"-style marks. Labels come from the
 * article's own wording: the possessive name in the statement with the year of "the NNNN version" for
 * the base, the most frequent "the X version" for the other witness.
 * @example findWitnessRegions(text, documents)[0]?.otherLabel // 'Baku version'
 */
export function findWitnessRegions(text: string, documents: readonly Document[]): WitnessRegion[] {
  const statements = findStatements(text).filter((m) => /\bversion|copy|original|witness/i.test(m[0]))
  const candidates = documents.filter((doc) => doc.type === 'quoted-document' || doc.type === 'article')
  const regions: WitnessRegion[] = []
  for (const doc of candidates) {
    const statement = statements.find((m) => {
      const end = (m.index ?? 0) + m[0].length
      return end <= doc.span.start && doc.span.start - end < 400
    })
    const marks = countOmissionMarks(text.slice(doc.span.start, doc.span.end))
    if (statement === undefined && marks < MIN_OMISSION_MARKS) continue
    if (regions.some((region) => region.span.start <= doc.span.start && doc.span.end <= region.span.end))
      continue
    const introduction = text.slice(Math.max(0, doc.span.start - 6000), doc.span.start)
    regions.push({
      documentId: doc.id,
      span: doc.span,
      baseLabel: findBaseLabel(statement?.[0] ?? '', introduction),
      otherLabel: findOtherLabel(introduction),
    })
  }
  return regions
}

function countOmissionMarks(text: string): number {
  return [...text.matchAll(OMISSION_MARK)].length
}

function findBaseLabel(statement: string, introduction: string): string {
  const name = /(\p{Lu}\p{L}+)[’']s\b/u.exec(statement)?.[1]
  const year = /\bthe (\d{4}) (?:version|copy|text)\b/i.exec(introduction)?.[1]
  if (name !== undefined) return year === undefined ? `${name} version` : `${name} ${year}`
  return 'running text'
}

function findOtherLabel(introduction: string): string {
  const counts = new Map<string, number>()
  for (const match of introduction.matchAll(/\bthe (\p{Lu}\p{L}+) (version|copy|text)\b/gu)) {
    const label = `${match[1]} ${match[2]}`
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]
  return best?.[0] ?? 'bracketed version'
}
