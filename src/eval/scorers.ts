import type { ScorerEntry } from './run-eval.ts'

/** Every scorer `fond eval` runs, keyed by what it reports. */
export const SCORERS: readonly ScorerEntry[] = []

/** Gold files that no scorer reads yet, with the reason (shown by `fond eval`). */
export const NOT_YET_SCORED: Readonly<Record<string, string>> = {
  'people-other.tsv': 'person mentions are recognised from issue #3 on',
  'dates-other.tsv': 'date mentions are recognised from issue #3 on',
}
