import type { DateCandidate, DateRefiner } from '../date-candidate.ts'

/** Web addresses: dates in URL paths are not dates of the text. */
const URL = /<?(?:https?:\/\/|www\.)[^\s>)\]]+>?|\b[\w-]+(?:\.[\w-]+)+\/[^\s>)\]]*/g

/** Labels before a number that make it a call number, issue, page, volume or archival locator, not a year. */
const LABEL_BEFORE =
  /(?:(?<![\p{L}])(?:MSS?|Nos?|Nr|pp?|vols?|Vol|Volume|[fdl]|ll|op|Box|fols?|ch|art|sec|page|pages|issue|ed)\.?|#|№)\s*$/u

/** Words after a number that make it an amount. */
const AMOUNT_AFTER =
  /^\s*(?:million|thousand|billion|percent|per cent|%|people|persons|men|women|members|workers|peasants|delegates|votes|copies|rubles|roubles|poods|tons|tonnes|dessiatines|km|kilometres|miles|troops|soldiers)\b/

/** Kinds whose numbers could be mistaken for something else. */
const NUMERIC_KINDS = new Set(['year', 'range', 'decade', 'lifespan'])

/**
 * Drops what only looks like a date: dates inside web addresses, call numbers ("MSS 1830"), issue and page
 * numbers ("No. 11", "p. 1923"), archival locators ("d. 1924", "l. 1926"),, amounts ("1925 members") and path pieces ("1924/lit_revo/").
 */
export const dropNonDates: DateRefiner = {
  name: 'drop-non-dates',
  refine(candidates, { text }) {
    const urls = [...text.text.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    return candidates.filter((c) => !inUrl(c, urls) && !isLabelled(c, text.text))
  },
}

function inUrl(candidate: DateCandidate, urls: readonly { start: number; end: number }[]): boolean {
  return urls.some((url) => url.start < candidate.span.end && candidate.span.start < url.end)
}

function isLabelled(candidate: DateCandidate, text: string): boolean {
  const numeric = NUMERIC_KINDS.has(candidate.kind) || /^(numeric|roman)/.test(candidate.rule)
  if (!numeric) return false
  const before = text.slice(Math.max(0, candidate.span.start - 12), candidate.span.start)
  const after = text.slice(candidate.span.end, candidate.span.end + 16)
  const inPath = /^\/[A-Za-z_]/.test(after) || /[A-Za-z_]\/$/.test(before)
  return LABEL_BEFORE.test(before) || inPath || (candidate.kind === 'year' && AMOUNT_AFTER.test(after))
}
