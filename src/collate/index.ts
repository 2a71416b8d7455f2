/**
 * Collation: rebuild the witnesses of a text given in two versions, and align any two or more witnesses word by
 * word into an apparatus of variant places; find passages reused across documents. Pure; imports only core.
 * @example collate([{ id: 'A', text: 'the red house' }, { id: 'B', text: 'the house' }]).places
 */
export type { Apparatus, CollationWitness, Reading, VariantPlace } from './collate.ts'
export { collate } from './collate.ts'
export type { PairPlace, VariantKind } from './compare-pair.ts'
export { comparePair, MIN_TRANSPOSITION } from './compare-pair.ts'
export type { FindReuseOptions, ReuseDocument, ReuseLink, ReusePair, ReusePassage } from './find-reuse.ts'
export { findReuse, REUSE_PARAPHRASE_RULE, REUSE_VERBATIM_RULE } from './find-reuse.ts'
export type { FormatOptions } from './format-apparatus.ts'
export { formatApparatus } from './format-apparatus.ts'
export type { LocatedVariant, RebuiltWitnesses, WitnessText } from './reconstruct-witnesses.ts'
export { reconstructWitnesses } from './reconstruct-witnesses.ts'
export type { Token, TokenizeOptions } from './tokenize.ts'
export { normalizeWord, tokenize } from './tokenize.ts'
