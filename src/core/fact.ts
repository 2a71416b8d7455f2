import type { DocumentId } from './ids.ts'
import type { Span } from './span.ts'

/** Kinds of fact about the world the sources describe. */
export type FactType =
  /** A person held a role in a body (or a role without a body: "Party member"). */
  | 'post'
  /** Birth, death, party membership from a year, arrest, expulsion, repression, execution, emigration. */
  | 'life-event'
  /** A letter or telegram: sender → addressees, date, place, readers. */
  | 'correspondence'
  /** A congress, conference or plenum with its dates; a decision of a body with its date and subject. */
  | 'event'
  /** How bodies relate: elects, appoints, reports to, renamed to, merged into, characterised as. */
  | 'relation'

/** A date or a bound of a period, as printed and as precise as the print allows. */
export interface FactDate {
  /** As printed ("1924", "June", "prior to 1917"). */
  readonly text: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when the text gives (or the context completes) a calendar date. */
  readonly iso?: string
}

/** One passage a fact rests on. Spans point into the normalised text of the source. */
export interface Evidence {
  readonly span: Span
  readonly documentId?: DocumentId
  /** Which rule read the fact from the passage, e.g. 'extract/posts:glossary-clause'. */
  readonly rule: string
}

/**
 * A dated claim about the world, with at least one passage it rests on. Parts that the text states and parts
 * that a rule inferred (a year from the clause before, a body from the heading) are told apart in `inferred`.
 */
export interface Fact {
  /** Deterministic: the same passage gives the same id on every import. */
  readonly id: string
  readonly type: FactType
  /** Entity id of the subject (a person, a body, an event), or a document id for correspondence. */
  readonly subject: string
  /** What is claimed: 'held-post', 'member', 'candidate-member', 'born', 'died', 'party-member', 'arrested', … */
  readonly predicate: string
  /** Entity id of the object (a body, a person), when there is one. */
  readonly object?: string
  /** The role as printed ("Secretary", "candidate member", "Commissar of finance"). */
  readonly role?: string
  /** The body or institution as printed ("Azerbaidzhan Central Committee"). */
  readonly institution?: string
  readonly start?: FactDate
  readonly end?: FactDate
  /** Other values of the claim (addressees, place, subject of a decision), as printed. */
  readonly attributes?: Readonly<Record<string, string | readonly string[]>>
  /** Parts of the fact that were inferred rather than read: 'start', 'end', 'institution', 'object' … */
  readonly inferred?: readonly string[]
  /** How sure the rule is, 0–1. */
  readonly confidence: number
  readonly evidence: readonly [Evidence, ...Evidence[]]
}
