import type { Evidence, Fact, Span } from '../../core/index.ts'
import { createId, hashKey } from '../../core/index.ts'

/** The parts of a fact a rule chooses; id and evidence are built from the rule and the passage. */
export type FactDraft = Omit<Fact, 'id' | 'evidence'>

/**
 * Builds a fact with a deterministic id (`fact:` + hash of source, rule, passage start and an ordinal) and one
 * evidence passage.
 * @example makeFact('source:x', 'extract/posts:glossary-clause', { start: 0, end: 9 }, 0, draft)
 */
export function makeFact(
  sourceId: string,
  rule: string,
  span: Span,
  ordinal: number,
  draft: FactDraft,
  documentId?: Evidence['documentId'],
): Fact {
  const evidence: Evidence = documentId === undefined ? { span, rule } : { span, rule, documentId }
  const id = createId('fact', hashKey(sourceId, rule, span.start, ordinal, draft.subject, draft.predicate))
  return { id, ...withoutUndefined(draft), evidence: [evidence] }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}
