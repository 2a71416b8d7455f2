import type { Entity } from '../core/index.ts'

/** What the annotators know besides the text: authority entities (bundled data, the source's glossary and index). */
export interface AnnotateOptions {
  /** Known people, bodies, places and events, with their variant names: the lexicon names are recognised from. */
  readonly authority: readonly Entity[]
}
