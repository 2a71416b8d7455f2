import type { CitationFields, CitationLevel } from './citation-candidate.ts'

/** The fields read from one chain of archival designations, and where the chain stands. */
export interface FieldChain {
  readonly fields: CitationFields
  /** The levels in the order printed. */
  readonly levels: readonly CitationLevel[]
  readonly start: number
  readonly end: number
  /** The chain is followed by a page reference ("vol. 2, p. 5"): the sign of a printed source. */
  readonly followedByPages: boolean
}

const LEAF = String.raw`\d+(?:\s?(?:ob|об)\.?|0b\.?)?(?![\d\p{L}])`
const LEAF_RANGE = String.raw`${LEAF}(?:\s*[-–—]\s*${LEAF})?`
// A comma list of leaves stops before a capitalised word ("ll. 1–3, 13" but not "l. 5, 12 July").
const LEAVES = String.raw`${LEAF_RANGE}(?:\s*,\s*${LEAF_RANGE}(?![^\S\n]+\p{Lu}))*`
const END = String.raw`(?![\d\p{L}])`

/**
 * The designators of Russian archival references (Latin transliteration and Cyrillic), each with its value.
 * "11" is how OCR reads "ll." in scanned articles; it counts only when a number follows.
 */
const DESIGNATORS: readonly { readonly level: CitationLevel | 'vypusk'; readonly pattern: RegExp }[] = [
  {
    level: 'fond',
    pattern: re(String.raw`(?:[fф]\.\s*|(?:fond|фонд)\s+)(?<value>(?:[RР]-?)?\d+[a-zа-я]?)${END}`),
  },
  {
    level: 'opis',
    pattern: re(
      String.raw`(?:(?:op|оп)\.\s*|(?:opis|опись)[’']?\s+)(?<value>\d+[a-zа-я]?(?:\/[a-zа-я]+)?)${END}`,
    ),
  },
  { level: 'delo', pattern: re(String.raw`(?:[dд]\.\s*|(?:delo|дело)\s+)(?<value>\d+[a-zа-я]?)${END}`) },
  { level: 'volume', pattern: re(String.raw`(?:(?:vol|t|т)\.\s*|(?:tom|том)\s+)(?<value>\d+|[IVX]+)${END}`) },
  { level: 'vypusk', pattern: re(String.raw`(?:vyp|vvp|вып)\.\s*(?<value>\d+)${END}`) },
  {
    level: 'list',
    pattern: re(
      String.raw`(?:(?:ll|l|лл|л)\.\s*|(?:listy|list|листы|лист)\s+|11\.?\s+(?=\d))(?<value>${LEAVES})`,
    ),
  },
]

/** Between two designations: a comma or a space, perhaps after a stray period, within one paragraph. */
const SEPARATOR = /\.?[^\S\n]*\n?[^\S\n]*[,;]?[^\S\n]*\n?[^\S\n]*/y
const PAGES_AFTER = /^[.,;]?\s*(?:pp?\.|стр?\.|с\.)\s*\d/u

function re(source: string): RegExp {
  return new RegExp(source, 'iyu')
}

/**
 * Reads a chain of archival designations starting exactly at `start`: "f. 17, op. 3, d. 510, l. 5",
 * "fond 558, opis 1, delo 5388", "d. 48, l. 120b". Each level is read once; the chain ends at the first
 * text that is not a designation. Returns `undefined` when no designation stands at `start`.
 * @example readFields('f.51, op.1, d.21, l.54ob-57ob', 0)?.fields // { fond: '51', opis: '1', delo: '21', list: '54ob', listEnd: '57ob' }
 */
export function readFields(text: string, start: number): FieldChain | undefined {
  const fields: CitationFields = {}
  const levels: CitationLevel[] = []
  let end = start
  let position = start
  for (;;) {
    const read = readDesignation(text, position, levels)
    if (read === undefined) break
    setField(fields, read.level, read.value)
    levels.push(read.level === 'vypusk' ? 'volume' : read.level)
    end = read.end
    SEPARATOR.lastIndex = end
    SEPARATOR.exec(text)
    position = SEPARATOR.lastIndex
  }
  if (levels.length === 0) return undefined
  return { fields, levels, start, end, followedByPages: PAGES_AFTER.test(text.slice(end, end + 12)) }
}

function readDesignation(
  text: string,
  position: number,
  seen: readonly CitationLevel[],
): { level: CitationLevel | 'vypusk'; value: string; end: number } | undefined {
  for (const { level, pattern } of DESIGNATORS) {
    if (seen.includes(level === 'vypusk' ? 'volume' : level)) continue
    pattern.lastIndex = position
    const match = pattern.exec(text)
    const value = match?.groups?.value
    if (match !== null && value !== undefined) return { level, value, end: position + match[0].length }
  }
  return undefined
}

function setField(fields: CitationFields, level: CitationLevel | 'vypusk', value: string): void {
  switch (level) {
    case 'vypusk':
      fields.volume = `vyp. ${value}`
      return
    case 'list':
      setLists(fields, value)
      return
    case 'archive':
      return
    default:
      fields[level] = value.replace(/^Р/, 'R')
  }
}

/** "ll. 124, 127ob., 137, 137ob." → list 124, listEnd 137ob, lists [124, 127ob, 137, 137ob]. */
function setLists(fields: CitationFields, printed: string): void {
  const items = printed.split(/\s*,\s*/).map((item) => item.split(/\s*[-–—]\s*/).map(normalizeLeaf))
  const first = items[0]?.[0]
  const last = items.at(-1)?.at(-1)
  if (first === undefined || last === undefined) return
  fields.list = first
  const lastStart = items.at(-1)?.[0] ?? first
  if (items.length > 1 || (items[0]?.length ?? 0) > 1) fields.listEnd = expandRangeEnd(lastStart, last)
  if (items.length > 1) fields.lists = items.map((item) => item.join('–'))
}

/** Drops the period of "ob." and reads the OCR misprint "120b" as 12ob (verso). */
function normalizeLeaf(leaf: string): string {
  const compact = leaf.replace(/[\s.]/g, '').replace(/об$/, 'ob')
  return compact.replace(/^(\d+)0b$/, '$1ob')
}

/** Completes an abbreviated range end from its start: "131–33" ends at 133, "58–9ob" at 59ob. */
function expandRangeEnd(start: string, end: string): string {
  const startDigits = /^\d+/.exec(start)?.[0] ?? ''
  const endMatch = /^(\d+)(.*)$/.exec(end)
  if (endMatch === null || endMatch[1] === undefined || endMatch[1].length >= startDigits.length) return end
  const expanded = startDigits.slice(0, startDigits.length - endMatch[1].length) + endMatch[1]
  return Number(expanded) > Number(startDigits) ? expanded + (endMatch[2] ?? '') : end
}
