import type { SourceEdition } from '../core/index.ts'

/** One gold file read as rows of named columns (TSV with a header row). */
export interface GoldTable {
  /** File name, e.g. 'letters-001.tsv'. */
  readonly name: string
  readonly rows: readonly Readonly<Record<string, string>>[]
}

/** The score of fond's stored edition against one gold file. */
export interface EvalScore {
  /** Gold file name. */
  readonly gold: string
  /** Metric name → value in [0, 1] (precision, recall, f1, accuracy, field accuracy …). */
  readonly metrics: Readonly<Record<string, number>>
  /** Counts behind the metrics (gold rows, found, matched …). */
  readonly counts: Readonly<Record<string, number>>
  /** One line per gold row (or found item) that was wrong, saying what was expected and what was found. */
  readonly misses: readonly string[]
}

/** Scores the stored editions against one gold table. Gold `file` columns name corpus files by file name. */
export type Scorer = (gold: GoldTable, editions: readonly SourceEdition[]) => EvalScore
