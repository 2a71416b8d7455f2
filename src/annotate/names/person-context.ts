/** Titles and labels before a name that say a person follows: "Com. Trotsky", "comrade V.", "real name: Rozenfeld". */
const TITLE_BEFORE =
  /(?:^|[^\p{L}])(?:[Cc]omrades?|COMRADES?|[Cc]om\.|[Tt]ov\.|[Tt]ovarishch|Mr\.?|Mrs\.?|Dr\.?|Prof\.|Professor|Citizen|Marshal|Sir|Lady|[Rr]eal name:?|[Pp]seudonym:?|née|[Aa]lias:?)[ \t]*\n?[ \t]*$/u

/**
 * Whether a title or a naming label stands right before `start`.
 * @example hasTitleBefore('said comrade V.', 12) // true
 */
export function hasTitleBefore(text: string, start: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - 24), start))
}

/** Life dates right after a name: "(1879–1940)", "(b. 1925)", "(1890/91–1937?)". */
const YEARS_AFTER = /^['’]?s?[ \t]*\((?:b\.\s*|born\s+)?1[6-9]\d\d/

/**
 * Whether life dates follow `end`.
 * @example hasYearsAfter('Ivanov (1890–1937)', 6) // true
 */
export function hasYearsAfter(text: string, end: number): boolean {
  return YEARS_AFTER.test(text.slice(end, end + 16))
}

/** The gap between two words of one name: spaces and at most one line break (a name may wrap), or nothing. */
const NAME_GAP = /^[ \t]*\n?[ \t]*$/

/** Whether the text between two tokens lets them belong to one name. */
export function isNameGap(gap: string): boolean {
  return NAME_GAP.test(gap)
}
