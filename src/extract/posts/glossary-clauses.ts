/** A piece of a biography with its offsets in the biography text. */
export interface Clause {
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * Splits a glossary biography into sentences ("Party member from 1919. Secretary of X, 1924.") at a period, question
 * or exclamation mark followed by a space and a capital, an opening parenthesis or quote, or the end; initials
 * ("V. I. Lenin"), a parenthesised sentence and abbreviations such as "Sir" or "St." do not end a sentence, and
 * a sentence wholly in parentheses is unwrapped.
 * @example splitSentences('Party member from 1919. Repressed.').map((c) => c.text) // ['Party member from 1919', 'Repressed']
 */
export function splitSentences(text: string): Clause[] {
  const clauses: Clause[] = []
  let from = 0
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    const closesSentence = char === ')' && depth === 0 && text[i - 1] === '.' && endsSentence(text, i)
    if (closesSentence) {
      pushClause(clauses, text, from, i + 1)
      from = i + 1
      continue
    }
    if (depth > 0 || !(char === '.' || char === '!' || char === '?')) continue
    if (!endsSentence(text, i)) continue
    pushClause(clauses, text, from, i)
    from = i + 1
  }
  pushClause(clauses, text, from, text.length)
  return clauses.flatMap(unwrapParenthesis)
}

/**
 * Splits a sentence into its `;`-clauses (each with its own date or none).
 * @example splitSemicolons({ text: 'A; b, 1920', start: 0, end: 10 }).length // 2
 */
export function splitSemicolons(sentence: Clause): Clause[] {
  const clauses: Clause[] = []
  let from = 0
  for (const match of sentence.text.matchAll(/;/g)) {
    pushClause(clauses, sentence.text, from, match.index, sentence.start)
    from = match.index + 1
  }
  pushClause(clauses, sentence.text, from, sentence.text.length, sentence.start)
  return clauses
}

function endsSentence(text: string, index: number): boolean {
  const next = text.slice(index + 1)
  if (next.length > 0 && !/^\s+["“(*\p{Lu}\d]/u.test(next) && !/^\)?\s*$/.test(next)) return false
  if (text[index] !== '.') return true
  const before = text.slice(0, index)
  // An initial ("V. I. Lenin", "N. N. Sukhanov"), or an abbreviation kept inside a name.
  if (/(?:^|[\s(])(?:\p{Lu}|\p{Lu}[a-z]|Sir|St|Mr|Dr|Jr|Co|No)$/u.test(before)) return false
  return true
}

function pushClause(clauses: Clause[], text: string, from: number, to: number, base = 0): void {
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  const trimmed = raw.trim()
  if (trimmed === '' || /^[.)\s]+$/.test(trimmed)) return
  if (trimmed.endsWith('.') && !trimmed.startsWith('(')) {
    const short = trimmed.slice(0, -1)
    clauses.push({ text: short, start: base + from + lead, end: base + from + lead + short.length })
    return
  }
  clauses.push({ text: trimmed, start: base + from + lead, end: base + from + lead + trimmed.length })
}

function unwrapParenthesis(clause: Clause): Clause[] {
  const { text } = clause
  if (!text.startsWith('(') || !text.endsWith(')') || /[()]/.test(text.slice(1, -1))) return [clause]
  const inner = text.slice(1, -1).replace(/\.$/, '')
  return [{ text: inner, start: clause.start + 1, end: clause.start + 1 + inner.length }]
}
