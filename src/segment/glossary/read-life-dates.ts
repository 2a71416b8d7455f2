/** Life dates read from a glossary parenthesis, each year verbatim ("1937 ?", "1890/91", "?"). */
export interface LifeDates {
  readonly birthYear?: string
  readonly deathYear?: string
  readonly datesAsPrinted: string
}

const YEAR = String.raw`(?:c\.\s*)?\d{3,4}(?:\/\d{1,4})?(?:\s*\?)?|\?`
const RANGE = new RegExp(String.raw`^(?<birth>${YEAR})?\s*[–—-]\s*(?<death>${YEAR})?$`)
const BORN = new RegExp(String.raw`^(?:b\.|born)\s*(?<birth>${YEAR})$`)
const DIED = new RegExp(String.raw`^(?:d\.|died)\s*(?<death>${YEAR})$`)

/**
 * Reads the life dates of a glossary entry from the text inside its parenthesis, or `undefined` when the
 * text is not a pair of life dates. Years are kept as printed: uncertainty marks stay.
 * @example readLifeDates('1891–1937 ?') // { birthYear: '1891', deathYear: '1937 ?', datesAsPrinted: '1891–1937 ?' }
 */
export function readLifeDates(inner: string): LifeDates | undefined {
  const datesAsPrinted = inner.trim()
  const match = RANGE.exec(datesAsPrinted) ?? BORN.exec(datesAsPrinted) ?? DIED.exec(datesAsPrinted)
  const birthYear = match?.groups?.birth?.trim()
  const deathYear = match?.groups?.death?.trim()
  if (match === null || !/\d/.test(datesAsPrinted)) return undefined
  return {
    ...(birthYear === undefined ? {} : { birthYear }),
    ...(deathYear === undefined ? {} : { deathYear }),
    datesAsPrinted,
  }
}
