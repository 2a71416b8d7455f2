import type { SourceEdition } from '../core/index.ts'
import type { GoldTable } from './eval-score.ts'

/**
 * Normalises a value for loose comparison: no emphasis markup, straight quotes, hyphen-like dashes kept
 * apart from en dashes, single spaces, no space before a comma.
 * @example looseText(' *Sergo* ’x’ ') // "Sergo 'x'"
 */
export function looseText(value: string | undefined): string {
  return (value ?? '')
    .replace(/\*+/g, '')
    .replace(/[‘’ʹ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim()
}

/**
 * Picks the edition a gold table without a `file` column scores: the corpus file whose name starts with the
 * number in the gold file's name (`glossary-001.tsv` → `001_…`), or the only edition given.
 */
export function findEditionForGold(
  gold: GoldTable,
  editions: readonly SourceEdition[],
): SourceEdition | undefined {
  const number = /-(\d+)\.tsv$/.exec(gold.name)?.[1]
  const named =
    number === undefined
      ? undefined
      : editions.find((edition) => edition.source.name.startsWith(`${number}_`))
  return named ?? (editions.length === 1 ? editions[0] : undefined)
}

/** `part / whole`, or 0 when there is nothing to divide. */
export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

/** Harmonic mean of precision and recall. */
export function harmonicMean(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
}
