import type { DateKind, DatePart, SegmentResult, SourceText, Span, StageContext } from '../../core/index.ts'

/** A date as far as a parser could read it: parts may be missing until a refiner infers them. */
export interface PartialDate {
  readonly year?: number
  readonly month?: number
  readonly day?: number
  /** Parts written in the text. */
  readonly stated: readonly DatePart[]
  readonly calendar: 'gregorian' | 'julian'
}

/** A date expression found by a parser, refined step by step into a DateMention (chrono's ParsingResult). */
export interface DateCandidate {
  /** The whole expression as written, qualifier words included once a refiner adds them. */
  readonly span: Span
  /** Which parser found it, e.g. 'day-month-year'. */
  readonly rule: string
  readonly kind: DateKind
  readonly start: PartialDate
  readonly end?: PartialDate
  readonly qualifier?: string
  /** The Old Style date as written, for dates given in both calendars. */
  readonly oldStyle?: string
  /** A numeric date whose day/month order the source decides ("8/10/1923"): the two numbers as written. */
  readonly numericOrder?: { readonly first: number; readonly second: number; readonly twoDigitYear: boolean }
  /** A two-digit year whose century the source decides. */
  readonly twoDigitYear?: boolean
  readonly confidence: number
  /**
   * Where a missing year may come from: 'paragraph' only from an explicit year earlier in the paragraph
   * ("in the autumn"), 'present' from the time of writing ("of this year"). Default: paragraph, document, text.
   */
  readonly yearFrom?: 'paragraph' | 'present'
  /** The whole parser match; candidates from one match (an elliptical list) stand or fall together. */
  readonly group?: Span
}

/** One kind of date expression: a pattern and a function that reads a match (chrono's Parser). */
export interface DateParser {
  readonly name: string
  /** Must have the `g` flag. */
  readonly pattern: RegExp
  extract(match: RegExpExecArray, text: string): DateCandidate | readonly DateCandidate[] | undefined
}

/** What a refiner sees besides the candidates. */
export interface RefineInput {
  readonly text: SourceText
  readonly segments: SegmentResult
  readonly context: StageContext
}

/** A step that drops, merges, extends or completes candidates (chrono's Refiner). */
export interface DateRefiner {
  readonly name: string
  refine(candidates: readonly DateCandidate[], input: RefineInput): DateCandidate[]
}

/** Builds a PartialDate from the parts written; every given part counts as stated. */
export function stated(year?: number, month?: number, day?: number): PartialDate {
  const parts: DatePart[] = []
  if (year !== undefined) parts.push('year')
  if (month !== undefined) parts.push('month')
  if (day !== undefined) parts.push('day')
  return {
    calendar: 'gregorian',
    stated: parts,
    ...(year === undefined ? {} : { year }),
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
  }
}
