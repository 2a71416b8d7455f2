import type { Span } from './span.ts'

/** A problem found in a source: reported, stored and shown, never thrown (vfile-message). */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info'
  /** What is wrong; sentence case, no final period. */
  readonly reason: string
  /** Stage that reported it, e.g. 'segment'. */
  readonly source: string
  /** Stable kebab-case rule name, e.g. 'footnote-without-note'. */
  readonly ruleId: string
  /** Place in the ORIGINAL file (raw offsets), when the problem has one. */
  readonly place?: Span
}
