/** English month names, lower case, January first (index + 1 is the month number). */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/**
 * The number (1–12) of an English month name or its common abbreviation, or undefined.
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '')
  if (key.length < 3) return undefined
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(key) && (key.length >= 3 || month === key))
  return index === -1 ? undefined : index + 1
}
