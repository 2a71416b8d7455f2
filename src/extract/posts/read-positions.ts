import { isDescriptorPart } from './life-events.ts'
import type { Period } from './read-period.ts'
import { readPeriods, splitLeadingPeriod, splitTrailingPeriod } from './read-period.ts'

/** One post read from a clause: role and institution as printed, the printed period, the dropped verb. */
export interface PostItem {
  readonly role: string
  readonly institution?: string
  readonly period?: Period
  /** "Appointed", "Confirmed as", "Elected", "By Politburo resolution, made" … when the clause had one. */
  readonly verb?: string
  /** "by Politburo": who appointed or confirmed. */
  readonly by?: string
  /** True when the institution was taken from the next role ("Deputy chairman and chairman of X"). */
  readonly sharedInstitution?: boolean
}

/** Verbs of appointment that are not part of the role. */
const VERB = /^(By [^,]+, made|Appointed|Confirmed as|Approved as|Elected|Made|Named|Promoted to|Transferred to) /
/** Adverbs that open a clause and are not part of the role. */
const ADVERB = /^(?:Also|Simultaneously|Subsequently|Then|Later|Afterwards),? /i
/** Where the role ends and the institution begins: the first of these words. */
const SPLIT_WORD = / (?:of|at|to|for|in) /
/** Nouns that head a role in a biography ("deputy chairman", "member", "commissar"). */
const ROLE_HEAD =
  /^(?:member|chairman|chairwoman|co-?chairman|vice-chairman|secretary|commissar|head|director|editor|deputy|representative|ambassador|chief|manager|official|instructor|student|minister|president|cofounder|co-founder|founder|organizer|commander|inspector|rector|professor|lecturer|investigator|arbitrator|procurator|advisor|adviser|assistant|leader|marshal|governor|consul|envoy|delegate|commissioner|worker|employee|correspondent|contributor|staff)$/

/**
 * Reads the posts of one biography clause (";"-clauses are read one by one): "Secretary of Azerbaidzhan Central
 * Committee, 1924" → Secretary | Azerbaidzhan Central Committee | 1924; "Central Committee member, 1921" → member |
 * Central Committee; roles joined by "and" or "," share the printed period; joint bodies ("Council of Commissars and
 * Labor Defense Council") stay one institution; appointment verbs are kept apart from the role.
 * @example readPositions('Party member from 1919')[0] // { role: 'Party member', period: { start: { text: '1919', iso: '1919' } } }
 */
export function readPositions(clause: string): PostItem[] {
  const text = clause.replace(/,([”"’])/g, '$1,')
  const trailing = splitTrailingPeriod(text)
  const leading = splitLeadingPeriod(trailing.head)
  const periodText = trailing.period ?? leading.period
  const periods = periodText === undefined ? [undefined] : (readPeriods(periodText) ?? [undefined])
  let body = leading.rest.replace(ADVERB, '')
  const verb = VERB.exec(body)?.[1]
  if (verb !== undefined) body = body.slice(verb.length + 1)
  const by = verb === undefined ? undefined : / by ([\p{Lu}][^,]*)$/u.exec(body)?.[1]
  if (by !== undefined) body = body.slice(0, body.length - by.length - 4)
  const roles = shareInstitutions(splitRoles(body).map(splitRole))
  return roles.flatMap((role) =>
    periods.map((period) => ({
      ...role,
      ...(period === undefined ? {} : { period }),
      ...(verb === undefined ? {} : { verb }),
      ...(by === undefined ? {} : { by }),
    })),
  )
}

/** Splits "A of X and b of Y, c of Z" into its roles; parts that do not start a role stay with the one before. */
export function splitRoles(body: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  const pieces: { text: string; separator: string }[] = []
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    if (char === '(') depth++
    else if (char === ')') depth = Math.max(0, depth - 1)
    if (depth > 0) continue
    const separator = /^(?:, and |, | and )/.exec(body.slice(i))?.[0]
    if (separator === undefined) continue
    pieces.push({ text: body.slice(from, i), separator })
    from = i + separator.length
    i = from - 1
  }
  pieces.push({ text: body.slice(from), separator: '' })
  let pending = ''
  pieces.forEach((piece, index) => {
    const previousSeparator = index === 0 ? '' : (pieces[index - 1]?.separator ?? '')
    if (index > 0 && startsRole(piece.text)) {
      parts.push(pending)
      pending = piece.text.replace(ADVERB, '').replace(/^(?:then|subsequently|later) /, '')
    } else pending += previousSeparator + piece.text
  })
  parts.push(pending)
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

/** A part starts a role when the word before its institution is a lower-case role noun ("deputy chairman of X"). */
function startsRole(part: string): boolean {
  const before = (part.split(SPLIT_WORD)[0] ?? part).replace(/^(?:then|subsequently|later|also) /, '')
  const words = before.split(/\s+/)
  const head = words.at(-1) ?? ''
  if (!/^[a-z-]+$/.test(head)) return false
  if (ROLE_HEAD.test(head) || isDescriptorPart(before)) return true
  return /(?:man|er|or|ist|ary|ant|ent)$/.test(head) && words.every((word) => /^[a-z-]+$/.test(word))
}

/** "Secretary of Azerbaidzhan Central Committee" → role + institution; "Central Committee member" → member + CC. */
export function splitRole(part: string): { role: string; institution?: string } {
  if (/^Party member$/i.test(part)) return { role: part }
  const split = SPLIT_WORD.exec(part)
  if (split !== null) {
    const institution = part.slice(split.index + split[0].length).trim()
    return { role: part.slice(0, split.index).trim(), institution }
  }
  const trailingRole = /^((?:[\p{Lu}*“"][^\s]*\s+)*?[\p{Lu}*“"][^\s]*)\s+([a-z][a-z\s-]*)$/u.exec(part)
  if (trailingRole !== null) {
    const institution = trailingRole[1] ?? ''
    if (!/^[\p{Lu}\d]+$/u.test(institution)) return { role: trailingRole[2] ?? '', institution }
  }
  return { role: part }
}

/** A role without an institution before one with it ("Deputy chairman and chairman of X") takes its institution. */
function shareInstitutions(roles: { role: string; institution?: string }[]): PostItem[] {
  return roles.map((role, index) => {
    if (role.institution !== undefined) return role
    const next = roles.slice(index + 1).find((other) => other.institution !== undefined)
    const lowerNext = roles[index + 1]
    if (next === undefined || lowerNext !== next || !/^[a-z]/.test(next.role)) return role
    return { role: role.role, institution: next.institution, sharedInstitution: true }
  })
}
