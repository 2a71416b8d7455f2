import type { FactRecord } from '../core/index.ts'

/**
 * Words that change what a role is: a "candidate member" is not a member, a "deputy chairman" not the chairman.
 * Other qualifiers ("full", "general", "first") narrow a role without changing it.
 */
export const ROLE_CHANGING_WORDS: readonly string[] = [
  'candidate',
  'alternate',
  'deputy',
  'assistant',
  'acting',
  'vice',
  'honorary',
  'former',
  'probationary',
]

/** Roles of predicates that do not name one. */
const PREDICATE_ROLES: Readonly<Record<string, string>> = { 'held-post': '', 'party-member': 'member' }

/** Role words of membership: all its kinds (full, candidate) form one family, so one ends another. */
const MEMBERSHIP = 'member'

/** A role's words, lower-cased, singular, without punctuation or articles. */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter((word) => word !== '' && word !== 'the' && word !== 'a' && word !== 'an')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
}

/**
 * The role a post fact states: its printed role, else one read from the predicate ('candidate-member' →
 * "candidate member"); a bare "candidate" is a candidate member.
 */
export function roleOf(fact: FactRecord): string {
  const printed = fact.role?.trim() ?? ''
  const role =
    printed !== '' ? printed : (PREDICATE_ROLES[fact.predicate] ?? fact.predicate.replace(/-/g, ' '))
  const words = roleWords(role)
  return words.length === 1 && words[0] === 'candidate' ? 'candidate member' : role
}

/**
 * Loose role matching: every word asked for is in the role, and the role has no word that changes its kind unless
 * it was asked for too. "member" matches "full member" and "Politburo member", not "candidate member".
 * @example roleMatches('member', 'full member') // true
 */
export function roleMatches(query: string, role: string): boolean {
  const asked = roleWords(query)
  const words = roleWords(role)
  if (!asked.every((word) => words.includes(word))) return false
  return words.every((word) => !ROLE_CHANGING_WORDS.includes(word) || asked.includes(word))
}

/**
 * The family a role belongs to, for deciding which later fact ends an earlier one: every kind of membership is one
 * family ("member", "candidate member"); any other role is its own family, without its qualifiers.
 */
export function roleFamily(role: string): string {
  const words = roleWords(role)
  if (words.includes(MEMBERSHIP)) return MEMBERSHIP
  return words.filter((word) => !ROLE_CHANGING_WORDS.includes(word) && word !== 'full').join(' ')
}

/** A role reduced to its family and the words that change its kind ("full member" → "member"). */
export function roleKind(role: string): string {
  const changing = roleWords(role).filter((word) => ROLE_CHANGING_WORDS.includes(word))
  return [...new Set(changing)].sort().concat(roleFamily(role)).join(' ')
}

/** Whether two roles are the same kind of post ("member" and "full member" are; "member" and "candidate" not). */
export function sameRole(a: string, b: string): boolean {
  return roleKind(a) === roleKind(b)
}
