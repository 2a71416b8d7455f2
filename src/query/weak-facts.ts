import type { FactRecord } from '../core/index.ts'
import { passagesOf } from './passage.ts'

/** Below this confidence a fact on a single passage counts as weak. */
export const WEAK_CONFIDENCE = 0.6

/**
 * Facts resting on a single passage with confidence below 0.6 (or the threshold given), least confident first.
 * @example weakFacts(facts).length
 */
export function weakFacts(facts: readonly FactRecord[], threshold = WEAK_CONFIDENCE): FactRecord[] {
  return facts
    .filter((fact) => fact.confidence < threshold && passagesOf(fact).length <= 1)
    .sort((a, b) => a.confidence - b.confidence)
}
