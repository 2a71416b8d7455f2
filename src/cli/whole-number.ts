import { UsageError } from '../core/index.ts'

/**
 * A parser for an option that takes a whole number from `least` to `most` (no upper bound when `most` is left out),
 * for commander's `.option(flags, description, parser)`: anything else is a usage error naming the option.
 * @example wholeNumber('--port', 0, 65535)('8080') // 8080
 */
export function wholeNumber(option: string, least: number, most = Number.POSITIVE_INFINITY) {
  return (value: string): number => {
    const number = Number(value)
    if (value.trim() === '' || !Number.isInteger(number) || number < least || number > most)
      throw new UsageError(
        `Invalid ${option} "${value}": use a whole number ${most === Number.POSITIVE_INFINITY ? `of ${least} or more` : `from ${least} to ${most}`}`,
      )
    return number
  }
}
