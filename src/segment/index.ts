/** Segment: source text → document tree, notes, glossary, index and witnesses. */
export { segment, segmentApparatus } from './segment.ts'
