import type { Diagnostic, Document, SourceText, StageContext } from '../../core/index.ts'
import { createId, identityMap } from '../../core/index.ts'

/** A normalised text for tests: the text is its own original. */
export function makeText(text: string): SourceText {
  return {
    sourceId: createId('source', 'test'),
    format: 'plain-text',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
}

/** A stage context that keeps what is reported. */
export function makeContext(): StageContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  return { sourceId: createId('source', 'test'), report: (d) => diagnostics.push(d), diagnostics }
}

/** The root document of a test text. */
export function makeRoot(text: SourceText): Document {
  return {
    id: createId('doc', 'root'),
    sourceId: text.sourceId,
    type: 'source',
    title: 'Test',
    span: { start: 0, end: text.text.length },
    addressees: [],
    insertions: [],
    blocks: [],
    order: 0,
    rule: 'test',
  }
}
