/** A part of a date. */
export type DatePart = 'year' | 'month' | 'day'

/** A calendar date as a source gives it, with what was written and what was inferred (chrono's known vs implied). */
export interface HistoricalDate {
  /** Russia used the Julian calendar (Old Style) until 31 January 1918 (O.S.); the next day was 14 February (N.S.). */
  readonly calendar: 'gregorian' | 'julian'
  readonly year: number
  readonly month?: number
  readonly day?: number
  /** Parts written in the source; the others were inferred (from the document's own date, the passage, the chapter). */
  readonly stated: readonly DatePart[]
}

/** What kind of expression a date mention is (the dates-other gold uses the same words). */
export type DateKind = 'day' | 'month' | 'year' | 'season' | 'range' | 'decade' | 'approx' | 'lifespan'

/** The value of a date mention: a point or an interval, with its qualifier and an ISO 8601 form. */
export interface DateValue {
  readonly kind: DateKind
  readonly start: HistoricalDate
  /** The end of a range, a decade or a lifespan. */
  readonly end?: HistoricalDate
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an interval `a/b` (decades as `1920/1929`). Gregorian. */
  readonly iso: string
  /** Words that qualify the date, as written: "early", "late", "circa", "no later than", "autumn". */
  readonly qualifier?: string
  /** How sure the value is: 'stated' when every part is written, 'inferred' when a part comes from context. */
  readonly certainty: 'stated' | 'inferred'
  /** For a date given in both calendars ("October 10 (23), 1917"), the Old Style value as written. */
  readonly oldStyle?: string
}

/**
 * Formats a date as ISO 8601 at the precision it has.
 * @example toIsoDate({ calendar: 'gregorian', year: 1925, month: 7, stated: ['year', 'month'] }) // '1925-07'
 */
export function toIsoDate(date: Pick<HistoricalDate, 'year' | 'month' | 'day'>): string {
  const year = String(date.year).padStart(4, '0')
  if (date.month === undefined) return year
  const month = String(date.month).padStart(2, '0')
  if (date.day === undefined) return `${year}-${month}`
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`
}
