import type { DateParser, DateRefiner } from './date-candidate.ts'
import { dayMonthYear } from './parsers/day-month-year.ts'
import { decade } from './parsers/decade.ts'
import { ellipticalDays } from './parsers/elliptical-days.ts'
import { issueYear } from './parsers/issue-year.ts'
import { monthAttribute } from './parsers/month-attribute.ts'
import { monthDayYear } from './parsers/month-day-year.ts'
import { monthOnly } from './parsers/month-only.ts'
import { monthRange } from './parsers/month-range.ts'
import { monthYear } from './parsers/month-year.ts'
import { numericDotted } from './parsers/numeric-dotted.ts'
import { numericDateline, numericSlash } from './parsers/numeric-slash.ts'
import { relativeSeason } from './parsers/relative-season.ts'
import { romanMonthDate } from './parsers/roman-month.ts'
import { russianDate, translitDate } from './parsers/russian.ts'
import { season } from './parsers/season.ts'
import { year } from './parsers/year.ts'
import { yearRange } from './parsers/year-range.ts'
import { addQualifiers } from './refiners/add-qualifiers.ts'
import { convertOldStyle } from './refiners/convert-old-style.ts'
import { dropNonDates } from './refiners/drop-non-dates.ts'
import { inferYears } from './refiners/infer-years.ts'
import { mergeRanges } from './refiners/merge-ranges.ts'
import { orderNumericDates } from './refiners/order-numeric-dates.ts'
import { removeOverlaps } from './refiners/remove-overlaps.ts'

/** The parsers and refiners findDates runs, in order (chrono's configuration). */
export interface DateConfiguration {
  /** On overlaps of equal length the parser listed first wins. */
  readonly parsers: readonly DateParser[]
  /** Run in order on all candidates of a source. */
  readonly refiners: readonly DateRefiner[]
}

/**
 * The default configuration: English, Russian (Cyrillic and transliterated) and numeric date forms.
 * ┌ parsers (each a pattern + extract) ┐ → drop non-dates → keep longest → order numeric dates → qualifiers
 * → merge ranges → Old Style → infer years → DateMention
 */
export function createDefaultConfiguration(): DateConfiguration {
  return {
    parsers: [
      ellipticalDays,
      dayMonthYear,
      monthDayYear,
      monthRange,
      monthYear,
      season,
      russianDate,
      translitDate,
      numericDotted,
      numericSlash,
      numericDateline,
      romanMonthDate,
      decade,
      yearRange,
      monthOnly,
      monthAttribute,
      relativeSeason,
      issueYear,
      year,
    ],
    refiners: [
      dropNonDates,
      removeOverlaps,
      orderNumericDates,
      addQualifiers,
      mergeRanges,
      convertOldStyle,
      inferYears,
    ],
  }
}
