import type { IndexSubentry, Locator } from '../../core/index.ts'
import { tidyName } from '../glossary/parse-glossary-entry.ts'
import { LOCATOR_SOURCE, normalizeNoteReferences, readLocatorList } from './read-locators.ts'

/** The fields of one index entry, read from its text (continuation lines already joined). */
export interface IndexEntryFields {
  readonly headingAsPrinted: string
  readonly heading: string
  readonly locators: readonly Locator[]
  readonly subentries: readonly IndexSubentry[]
  readonly see: readonly string[]
  readonly seeAlso: readonly string[]
}

/** "*See*", "*See also*", or plain "See"/"See also" after a period or semicolon (or at the start). */
const CROSS_REFERENCE = /(?<!\p{L})(?:\*See(?: also)?\*|See(?: also)?)\s+/gu
/** Text followed by its locators: "Heading, 12, 45–47". The heading is the shortest prefix that works. */
const WITH_LOCATORS = new RegExp(
  String.raw`^(?<text>.*?),\s*(?<locators>${LOCATOR_SOURCE}(?:,\s*${LOCATOR_SOURCE})*)\s*,?$`,
)

/**
 * Parses one back-of-book index entry: `Heading, 12, 45–47; sub-entry, 88n3. *See also* X; Y`, the colon form
 * `Heading: sub-entry, 12; …` (no main locators) and cross-references `Heading. *See* X`.
 * Returns `undefined` when the text has neither a locator (main or in a sub-entry) nor a cross-reference.
 * @example parseIndexEntry('Amtorg. *See* American Trading Corporation')?.see // ['American Trading Corporation']
 */
export function parseIndexEntry(entryText: string): IndexEntryFields | undefined {
  const printed = entryText.trim()
  const rebuilt = rebuildLostItalic(printed)
  const text = normalizeNoteReferences(rebuilt)
  const { main, see, seeAlso } = splitCrossReferences(text)
  const colon = findHeadingColon(main)
  const parts = splitOutside(colon === undefined ? main : main.slice(colon + 1), ';')
  let headingText: string
  let locators: Locator[] = []
  let subentryParts: string[]
  if (colon === undefined) {
    const first = readWithLocators(parts[0] ?? '')
    headingText = first.text
    locators = first.locators
    subentryParts = parts.slice(1)
  } else {
    headingText = main.slice(0, colon)
    subentryParts = parts
  }
  const subentries = subentryParts
    .map(readWithLocators)
    .filter((part) => part.text.length > 0 || part.locators.length > 0)
    .map((part) => ({ text: part.text, locators: part.locators }))
  const heading = tidyName(headingText)
  if (heading.length === 0) return undefined
  const anyLocator = locators.length > 0 || subentries.some((subentry) => subentry.locators.length > 0)
  if (!anyLocator && see.length === 0 && seeAlso.length === 0) return undefined
  const unrebuilt = (rebuilt === printed ? headingText : headingText.replace(/^\*/, '')).trim()
  const headingAsPrinted = heading.endsWith('.') ? unrebuilt : unrebuilt.replace(/\.$/, '')
  return { headingAsPrinted, heading, locators, subentries, see, seeAlso }
}

/** `Bolshevik*: …` lost the opening asterisk of its italic title in conversion; put it back. */
function rebuildLostItalic(text: string): string {
  return /^[^*\s][^*]*\p{L}\*(?=[\s,:.;(]|$)/u.test(text) ? `*${text}` : text
}

function splitCrossReferences(text: string): { main: string; see: string[]; seeAlso: string[] } {
  const markers = [...text.matchAll(CROSS_REFERENCE)].filter(
    (match) => match[0].startsWith('*') || /(?:^|[.;(]\s*)$/.test(text.slice(0, match.index)),
  )
  const see: string[] = []
  const seeAlso: string[] = []
  markers.forEach((marker, i) => {
    const next = markers[i + 1]
    const targets = text.slice(marker.index + marker[0].length, next === undefined ? text.length : next.index)
    pushTargets(targets, marker[0].includes('also') ? seeAlso : see)
  })
  const main = markers[0] === undefined ? text : text.slice(0, markers[0].index)
  return {
    main: main
      .trim()
      .replace(/[,;(]$/, '')
      .trim(),
    see,
    seeAlso,
  }
}

function pushTargets(text: string, into: string[]): void {
  let rest = text.trim().replace(/;$/, '')
  // A cross-reference inside parentheses, "(*See* X)", leaves its closing parenthesis behind.
  if (rest.endsWith(')') && count(rest, '(') < count(rest, ')')) rest = rest.slice(0, -1)
  for (const target of splitOutside(rest, ';')) {
    const tidy = tidyName(target)
    if (tidy.length > 0) into.push(tidy)
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/** The colon that ends a heading with no main locators ("Trotsky, L. D.: Central Committee, 135"). */
function findHeadingColon(text: string): number | undefined {
  let italic = false
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '*') italic = !italic
    else if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === ';') return undefined
    else if (char === ':' && !italic && depth === 0) {
      return WITH_LOCATORS.test(text.slice(0, i)) ? undefined : i
    }
  }
  return undefined
}

function readWithLocators(part: string): { text: string; locators: Locator[] } {
  const trimmed = part
    .trim()
    .replace(/,$/, '')
    .replace(/(?<=[\divxlcdm])\.$/, '')
  const whole = readLocatorList(trimmed)
  if (whole !== undefined && trimmed.length > 0) return { text: '', locators: whole }
  const match = WITH_LOCATORS.exec(trimmed)
  const locators = match?.groups?.locators === undefined ? undefined : readLocatorList(match.groups.locators)
  if (match?.groups?.text === undefined || locators === undefined) return { text: trimmed, locators: [] }
  return { text: match.groups.text.trim(), locators }
}

/** Splits on a separator that is not inside parentheses. */
function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter((part) => part.length > 0)
}
