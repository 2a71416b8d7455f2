/**
 * Queries over stored facts: who held a post on a day, timelines, correspondents, members over time, the system on
 * a day, conflicts and weak facts. Pure functions over `FactRecord`s; the CLI and the server load the facts.
 * @example whoHeld(await store.listFacts({ types: ['post'] }), { role: 'member', body: 'body:politburo', on: '1926-02-01' })
 */
export type { Correspondent, LetterDirection } from './correspondents.ts'
export { correspondents } from './correspondents.ts'
export type { EntityRef } from './entity-ref.ts'
export { refersTo } from './entity-ref.ts'
export type { DayRange } from './fact-date.ts'
export { factDateRange, parseDay } from './fact-date.ts'
export type { Claim, Conflict, ConflictKind } from './find-conflicts.ts'
export { findConflicts, ONCE_PREDICATES } from './find-conflicts.ts'
export { roleMatches } from './match-role.ts'
export type { Membership } from './members-over-time.ts'
export { membersOverTime } from './members-over-time.ts'
export type { Passage } from './passage.ts'
export { formatPassage, passagesOf } from './passage.ts'
export type { BoundCertainty, PostInterval } from './post-intervals.ts'
export { isHolding, isRemoval, postIntervals, REMOVAL_PREDICATES } from './post-intervals.ts'
export type { Letter } from './read-letter.ts'
export { readLetter } from './read-letter.ts'
export type { BodyOnDay } from './system-on.ts'
export { systemOn } from './system-on.ts'
export type { TimelineEntry, TimelinePart } from './timeline.ts'
export { timeline } from './timeline.ts'
export { WEAK_CONFIDENCE, weakFacts } from './weak-facts.ts'
export type { Holder, HolderFlag, WhoHeldQuery } from './who-held.ts'
export { whoHeld } from './who-held.ts'
