import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { SourceEdition } from '../core/index.ts'
import type { EvalScore, Scorer } from './eval-score.ts'
import { readGoldTable } from './read-gold-table.ts'

/** A scorer and the gold file it reads; the score is reported under `key`. */
export interface ScorerEntry {
  readonly key: string
  readonly goldFile: string
  readonly scorer: Scorer
}

/** The outcome of `fond eval`: one score per key, and the gold files nothing scores yet. */
export interface EvalReport {
  readonly scores: Readonly<Record<string, EvalScore>>
  readonly notScored: readonly string[]
}

/**
 * Scores the editions against every gold file in `goldDir` that a scorer reads.
 * @example runEval(editions, '../shared/gold', SCORERS).scores['letters-001.tsv']?.metrics
 */
export function runEval(
  editions: readonly SourceEdition[],
  goldDir: string,
  scorers: readonly ScorerEntry[],
): EvalReport {
  const scores: Record<string, EvalScore> = {}
  const missing: string[] = []
  for (const entry of scorers) {
    const path = join(goldDir, entry.goldFile)
    if (!existsSync(path)) {
      missing.push(entry.goldFile)
      continue
    }
    scores[entry.key] = entry.scorer(readGoldTable(path), editions)
  }
  return { scores, notScored: missing }
}
