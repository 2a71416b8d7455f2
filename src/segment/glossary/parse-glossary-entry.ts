import type { Alias } from '../../core/index.ts'
import { readLifeDates } from './read-life-dates.ts'

/** The fields of one glossary entry, read from its text (continuation lines already joined). */
export interface GlossaryEntryFields {
  readonly nameAsPrinted: string
  readonly name: string
  readonly entryType: 'person' | 'cross-reference'
  readonly aliases: readonly Alias[]
  readonly birthYear?: string
  readonly deathYear?: string
  readonly datesAsPrinted?: string
  readonly description: string
  readonly see?: string
  /** How the name was marked: bold (both `**`), broken bold (one `**` lost), or none. */
  readonly nameMarkup: 'bold' | 'broken-bold' | 'none'
}

/** Label given to an alias printed in a parenthesis without a label ("Artak (Astamboltsian)"). */
export const UNLABELLED_ALIAS = 'alias'

const LABELLED_ALIAS = /^(?<label>[A-Za-z][A-Za-z .'-]{0,40}?)\s*:\s*(?<name>.+)$/
const UNLABELLED_ALIAS_TEXT = /^[A-Z][^\d:;,()]{0,60}$/
/** Initials after an alias, completing the name: "Lukashin (real name: Srapionian), S. L." */
const NAME_TAIL = /^,\s*(?<tail>(?:[A-Z][a-z]?\.\s?)+)(?=\s|$)/
const CROSS_REFERENCE = /^\*?(?:See|see)\*?\s+(?<target>.+)$/
/** Genre phrasings of a pointer entry: "Nickname for Stalin.", "Pseudonym of Trotsky." */
const POINTER =
  /^(?:Nickname|Pseudonym|Party name|Alias|Diminutive|Familiar name|Pet name)\s+(?:for|of)\s+(?<target>.+)$/i
/** A name written before its dates without bold: "Smith, John (1900–1950)." */
const UNMARKED_NAME =
  /^(?<name>[A-Z][^()]{0,80}?(?:\s*\([^()]*\)[^()]{0,40}?)*?)\s*(?=\((?:b\.|d\.|c\.|born|died|\d|\?))/

/**
 * Parses one glossary entry: `**Surname, Given names** (alias) (birth–death). Biography.`, in its variants
 * (broken bold, aliases inside or after the bold name, no dates, cross-references "X. See Y").
 * Returns `undefined` when no name can be found.
 * @example parseGlossaryEntry('**Klim.** See Voroshilov, K. Ye.')?.see // 'Voroshilov, K. Ye.'
 */
export function parseGlossaryEntry(entryText: string): GlossaryEntryFields | undefined {
  const head = splitName(entryText.trim())
  if (head === undefined) return undefined
  const aliases: Alias[] = []
  let name = head.nameAsPrinted.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    const alias = readAlias(inner)
    if (alias === undefined) return whole
    aliases.push(alias)
    return ''
  })
  let rest = head.rest.trimStart()
  let dates: ReturnType<typeof readLifeDates>
  for (;;) {
    const parenthesis = /^\((?<inner>[^()]*)\)\s*/.exec(rest)
    const inner = parenthesis?.groups?.inner
    if (parenthesis !== null && inner !== undefined) {
      dates = readLifeDates(inner)
      const alias = dates === undefined ? readAlias(inner) : undefined
      if (dates === undefined && alias === undefined) break
      if (alias !== undefined) aliases.push(alias)
      rest = rest.slice(parenthesis[0].length)
      if (dates !== undefined) break
      continue
    }
    const tail = aliases.length > 0 ? NAME_TAIL.exec(rest) : null
    if (tail?.groups?.tail === undefined) break
    name = `${name}, ${tail.groups.tail.trim()}`
    rest = rest.slice(tail[0].length)
  }
  const description = rest.replace(/^[.,;:]\s*/, '').trim()
  const see = dates === undefined ? findPointer(description) : undefined
  return {
    nameAsPrinted: head.nameAsPrinted,
    name: tidyName(name),
    entryType: see === undefined ? 'person' : 'cross-reference',
    aliases,
    ...(dates?.birthYear === undefined ? {} : { birthYear: dates.birthYear }),
    ...(dates?.deathYear === undefined ? {} : { deathYear: dates.deathYear }),
    ...(dates === undefined ? {} : { datesAsPrinted: dates.datesAsPrinted }),
    description,
    ...(see === undefined ? {} : { see }),
    nameMarkup: head.nameMarkup,
  }
}

function splitName(text: string) {
  if (text.startsWith('**')) {
    const close = text.indexOf('**', 2)
    if (close > 2) {
      return {
        nameAsPrinted: text.slice(2, close).trim(),
        rest: text.slice(close + 2),
        nameMarkup: 'bold' as const,
      }
    }
    return splitUnmarked(text.slice(2), 'broken-bold')
  }
  const close = text.indexOf('**')
  if (close > 0 && /^[\p{Lu}'‘’"“]/u.test(text)) {
    return {
      nameAsPrinted: text.slice(0, close).trim(),
      rest: text.slice(close + 2),
      nameMarkup: 'broken-bold' as const,
    }
  }
  return splitUnmarked(text, 'none')
}

function splitUnmarked(text: string, nameMarkup: 'broken-bold' | 'none') {
  const match = UNMARKED_NAME.exec(text)
  const name = match?.groups?.name
  if (match === null || name === undefined || name.trim().length === 0) return undefined
  return { nameAsPrinted: name.trim(), rest: text.slice(match[0].length), nameMarkup }
}

function readAlias(inner: string): Alias | undefined {
  const plain = stripMarkup(inner).trim()
  const labelled = LABELLED_ALIAS.exec(plain)
  if (labelled?.groups?.label !== undefined && labelled.groups.name !== undefined) {
    return { label: labelled.groups.label.trim(), name: labelled.groups.name.trim() }
  }
  if (UNLABELLED_ALIAS_TEXT.test(plain) && plain.split(/\s+/).length <= 5)
    return { label: UNLABELLED_ALIAS, name: plain }
  return undefined
}

function findPointer(description: string): string | undefined {
  const match = CROSS_REFERENCE.exec(description) ?? POINTER.exec(description)
  const target = match?.groups?.target
  return target === undefined ? undefined : tidyName(stripMarkup(target))
}

/** Removes emphasis markup: `**bold**`, `*italic*`. */
export function stripMarkup(text: string): string {
  return text.replace(/\*+/g, '')
}

/**
 * A name as the glossary means it: no markup, single spaces, and no final period unless it ends an initial.
 * @example tidyName('Eastman, Max.') // 'Eastman, Max'
 */
export function tidyName(name: string): string {
  const plain = stripMarkup(name).replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim()
  const tokens = plain.split(' ')
  const last = tokens[tokens.length - 1] ?? ''
  const endsWithInitial = tokens.length > 1 && /^(?:[A-Z][a-z]?\.)+$/.test(last)
  return endsWithInitial ? plain : plain.replace(/\.$/, '')
}
