/** Greeting words that open a salutation ("Hello again, Molotov,"), longest first. */
const GREETING = /^(?:(?:hello|hi|greetings|dear|my dear|good day|to|again|respected|esteemed)\b[,!]?\s*)+/i
/** Forms of address that are not part of a name. */
const TITLE = /^(?:(?:com|coms|comrade|comrades|tov|mr|mrs|ms|dr|citizen)\.?\s+)+/i
const CLOSING_WORDS = /^(?:regards|greetings|yours|thanks|thank you|bye|best|warm regards|well)\b/i

/**
 * Reads a salutation line ("*Com. Molotov,*", "To Molotov, Rykov, Bukharin, and other friends,",
 * "Hello again,") into the addressees it names, as printed without greetings and titles. Returns undefined
 * when the line is not a salutation: salutations are short, end in a comma, colon or exclamation mark,
 * and hold no digits or sentence punctuation.
 * @example parseSalutation('Coms. Molotov and Ordzhonikidze,') // ['Molotov', 'Ordzhonikidze']
 */
export function parseSalutation(stripped: string): string[] | undefined {
  const text = stripped.trim()
  if (text.length === 0 || text.length > 80 || /\d/.test(text)) return undefined
  if (!/[,!:]$/.test(text) || !/^[A-Z]/.test(text)) return undefined
  const body = text.slice(0, -1).trim()
  const untitled = body.replace(/\b(?:Com|Coms|Tov|Mr|Mrs|Ms|Dr)\.\s/g, '')
  if (body.split(/\s+/).length > 10 || /[.?;]\s/.test(untitled)) return undefined
  if (CLOSING_WORDS.test(body) && !/,\s*\S/.test(body)) return undefined
  const named = body.replace(GREETING, '').trim()
  if (named.length === 0) return /^(?:hello|hi|greetings|dear)\b/i.test(body) ? [] : undefined
  const names = splitNames(named)
  return names.every(isAddresseeName) ? names : undefined
}

/** Splits "Molotov, Rykov, Bukharin, and other friends" at commas and "and", keeping parentheses whole. */
function splitNames(text: string): string[] {
  const names: string[] = []
  let depth = 0
  let current = ''
  const words = text.split(/(\s+|,|\(|\))/).filter((w) => w.length > 0)
  for (const word of words) {
    if (word === '(') depth++
    if (word === ')') depth--
    if (depth === 0 && (word === ',' || word === 'and')) {
      if (current.trim().length > 0) names.push(current.trim())
      current = ''
    } else current += word
  }
  if (current.trim().length > 0) names.push(current.trim())
  return names.map((name) => name.replace(TITLE, '').trim()).filter((name) => name.length > 0)
}

/** A name, a group ("the Seven", "other friends") or a name with a parenthesis ("Molotov (for our friends)"). */
function isAddresseeName(name: string): boolean {
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
  return (
    /^(?:the\s+|other\s+|our\s+|all\s+)?[A-Za-z][\p{L}’'-]*(?:\s+[A-Za-z][\p{L}’'-]*){0,2}$/u.test(bare) &&
    /[A-Z]|friends|comrades/.test(bare)
  )
}
