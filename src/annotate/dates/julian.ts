/** A day of a calendar. */
export interface CalendarDay {
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * Converts a Julian (Old Style) date to the Gregorian calendar (New Style), through the Julian day number.
 * The offset is 13 days in 1900–1918, 12 in 1800–1899.
 * @example julianToGregorian({ year: 1917, month: 10, day: 25 }) // { year: 1917, month: 11, day: 7 }
 */
export function julianToGregorian(date: CalendarDay): CalendarDay {
  const a = Math.floor((14 - date.month) / 12)
  const y = date.year + 4800 - a
  const m = date.month + 12 * a - 3
  const jdn = date.day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083
  return fromJulianDayNumber(jdn)
}

function fromJulianDayNumber(jdn: number): CalendarDay {
  const a = jdn + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  }
}

/** Russia's last Julian day was 31 January 1918 (O.S.): dates marked Old Style before it are converted. */
export function isBeforeRussianReform(date: CalendarDay): boolean {
  return date.year < 1918 || (date.year === 1918 && date.month === 1)
}
