import type { Locator } from '../../core/index.ts'

const PAGE = String.raw`(?:\d+|[ivxlcdm]+)`
const NOTE = String.raw`nn?\d+(?:,\d+)*`
/** One locator: page, optional range end, optional note reference ("217n4", "104nn2,3", "150–51"). */
export const LOCATOR_SOURCE = String.raw`${PAGE}(?:\s*[–—-]\s*${PAGE})?(?:${NOTE})?`
const LOCATOR = new RegExp(
  String.raw`^(?<page>${PAGE})(?:\s*[–—-]\s*(?<end>${PAGE}))?(?:(?<marks>nn?)(?<note>\d+(?:,\d+)*))?$`,
)

/**
 * Rewrites the note references of an index text to one form, `PAGEnN` / `PAGEnnN,M`, whatever the markup:
 * `217<sup>n4</sup>`, `89<sub>n3</sub>`, `172*n*21`, `211*nn*1,2`, `217 n. 4`.
 * @example normalizeNoteReferences('233<sup>n2</sup>') // '233n2'
 */
export function normalizeNoteReferences(text: string): string {
  return text
    .replace(
      /(\d)\s*<su[pb]>\s*(nn?)\.?\s*(\d+(?:,\s*\d+)*)\s*<\/su[pb]>/g,
      (_m, d, n, notes: string) => `${d}${n}${notes.replace(/\s/g, '')}`,
    )
    .replace(/(\d)\*(nn?)\*(\d)/g, '$1$2$3')
    .replace(/(\d) ?(nn?)\. ?(\d)/g, '$1$2$3')
}

/**
 * Reads one normalised locator. Abbreviated range ends are completed ("150-51" → page 150, pageEnd 151).
 * @example readLocator('104nn2,3') // { page: '104', note: '2,3' }
 */
export function readLocator(text: string): Locator | undefined {
  const match = LOCATOR.exec(text.trim())
  const page = match?.groups?.page
  if (match === null || page === undefined) return undefined
  const end = match.groups?.end
  const note = match.groups?.note
  return {
    page,
    ...(end === undefined ? {} : { pageEnd: completeRangeEnd(page, end) }),
    ...(note === undefined ? {} : { note }),
  }
}

/** Completes an abbreviated range end from its start: ("150", "51") → "151", ("101", "3") → "103". */
export function completeRangeEnd(page: string, end: string): string {
  if (!/^\d+$/.test(page) || !/^\d+$/.test(end) || end.length >= page.length) return end
  return page.slice(0, page.length - end.length) + end
}

/**
 * Splits a list of locators ("12, 45–47, 104nn2,3") into locators; `undefined` if any item is not one.
 * @example readLocatorList('12, 45–47')?.length // 2
 */
export function readLocatorList(text: string): Locator[] | undefined {
  const items = text
    .trim()
    .replace(/,$/, '')
    .match(new RegExp(String.raw`${LOCATOR_SOURCE}(?=\s*,|\s*$)`, 'g'))
  if (items === null) return undefined
  const joined = items.join(', ')
  if (joined.replace(/\s/g, '') !== text.trim().replace(/,$/, '').replace(/\s/g, '')) return undefined
  const locators = items.map(readLocator)
  return locators.every((locator) => locator !== undefined) ? (locators as Locator[]) : undefined
}
