import type { DateQualifier } from '../../core/index.ts'
import { MONTH_NAMES } from '../../core/index.ts'

/** What a date expression says, normalised (the span and printed text are added by the caller). */
export interface ParsedDate {
  readonly iso?: string
  readonly isoEnd?: string
  readonly qualifier: DateQualifier
  readonly bound?: string
}

const MONTHS = MONTH_NAMES
const MONTH = `(?:${MONTHS.join('|')})`
/** Vague parts of a month or year ("Early July 1927"): they keep the precision of what follows. */
const VAGUE =
  /^(?:early|late|mid|middle|end|beginning|the (?:end|beginning|middle)|first half|second half)(?:-|\s+of\s+|\s+)/i
/** Bounds the editors print before a date, most specific first. */
const BOUNDS: readonly [RegExp, DateQualifier][] = [
  [/^(?:no|not) earlier than\s+/i, 'no_earlier_than'],
  [/^(?:no|not) later than\s+/i, 'no_later_than'],
  [/^(?:later than|after)\s+/i, 'after'],
  [/^(?:earlier than|before)\s+/i, 'before'],
]

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * Reads a plain date: "12 July 1925", "July 12, 1925", "July 1925", "Early July 1927", "1925".
 * `year` fills in a missing year ("Late August" in "Late August–Early September 1930").
 * @example parsePlainDate('12 July 1925') // '1925-07-12'
 */
export function parsePlainDate(input: string, year?: number): string | undefined {
  const text = input.trim().replace(VAGUE, '').replace(/[.,]$/, '').trim()
  const month = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1
  let m = new RegExp(`^(\\d{1,2})\\s+(${MONTH})(?:,?\\s+(\\d{4}))?$`, 'i').exec(text)
  if (m !== null) {
    const y = m[3] === undefined ? year : Number(m[3])
    return y === undefined ? undefined : `${y}-${pad(month(m[2] as string))}-${pad(Number(m[1]))}`
  }
  m = new RegExp(`^(${MONTH})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?$`, 'i').exec(text)
  if (m !== null) {
    const y = m[3] === undefined ? year : Number(m[3])
    return y === undefined ? undefined : `${y}-${pad(month(m[1] as string))}-${pad(Number(m[2]))}`
  }
  m = new RegExp(`^(${MONTH})(?:,?\\s+(\\d{4}))?$`, 'i').exec(text)
  if (m !== null) {
    const y = m[2] === undefined ? year : Number(m[2])
    return y === undefined ? undefined : `${y}-${pad(month(m[1] as string))}`
  }
  m = /^(1\d{3}|20\d{2})$/.exec(text)
  return m === null ? undefined : (m[1] as string)
}

const qualifierOf = (iso: string): DateQualifier =>
  iso.length === 10 ? 'exact' : iso.length === 7 ? 'month' : 'year'

/** The part two ISO dates share, down to year precision ("1930-08" and "1930-09" share "1930"). */
function commonPart(a: string, b: string): string | undefined {
  if (a.slice(0, 7) === b.slice(0, 7) && a.length >= 7) return a.slice(0, 7)
  return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : undefined
}

function parseRange(text: string): ParsedDate | undefined {
  const between = /^between\s+(.+?)\s+and\s+(.+)$/i.exec(text)
  const parts =
    between === null ? text.split(/\s*(?:–|—|-|\bto\b)\s*/) : [between[1] as string, between[2] as string]
  if (parts.length !== 2) return undefined
  const endIso = parsePlainDate(parts[1] as string)
  if (endIso === undefined) return undefined
  const bareDay = /^\d{1,2}$/.test((parts[0] as string).trim()) && endIso.length === 10
  const startIso = bareDay
    ? `${endIso.slice(0, 8)}${(parts[0] as string).trim().padStart(2, '0')}`
    : parsePlainDate(parts[0] as string, Number(endIso.slice(0, 4)))
  if (startIso === undefined) return undefined
  const common = commonPart(startIso, endIso)
  return {
    ...(common === undefined ? {} : { iso: common }),
    isoEnd: endIso,
    qualifier: 'range',
    bound: `${startIso}/${endIso}`,
  }
}

/**
 * Normalises the editors' date of a document, the text inside the brackets of "[12 July 1925]".
 * Bounded dates ("Later than 1 August 1925") have no `iso`, only a qualifier and a bound; a leading year
 * ("1932, before June 1932") is kept as `iso`. Ranges give the part both ends share as `iso` and the ISO
 * interval as `bound`. Text that is not a date gives qualifier 'undetermined'.
 * @example parseEditorialDate('Later than 1 August 1925') // { qualifier: 'after', bound: '1925-08-01' }
 */
export function parseEditorialDate(input: string): ParsedDate {
  const text = input.trim().replace(/\s+/g, ' ').replace(/[.]$/, '')
  const plain = parsePlainDate(text)
  if (plain !== undefined) return { iso: plain, qualifier: qualifierOf(plain) }
  const yearFirst = /^(1\d{3}|20\d{2}),\s*(.+)$/.exec(text)
  if (yearFirst !== null) {
    const rest = parseEditorialDate(yearFirst[2] as string)
    return { ...rest, iso: rest.iso ?? (yearFirst[1] as string) }
  }
  for (const [pattern, qualifier] of BOUNDS) {
    const m = pattern.exec(text)
    if (m === null) continue
    const bound = parsePlainDate(text.slice(m[0].length))
    if (bound !== undefined) return { qualifier, bound }
  }
  return parseRange(text) ?? { qualifier: 'undetermined' }
}
