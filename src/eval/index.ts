/** Eval: scores a stored edition against hand-checked gold files. */
export type { EvalScore, GoldTable, Scorer } from './eval-score.ts'
export { readGoldTable } from './read-gold-table.ts'
export type { EvalReport, ScorerEntry } from './run-eval.ts'
export { runEval } from './run-eval.ts'
export { NOT_YET_SCORED, SCORERS } from './scorers.ts'
