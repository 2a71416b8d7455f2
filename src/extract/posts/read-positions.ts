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
const VERB =
  /^(By [^,]+, made|Appointed|Confirmed as|Approved as|Elected|Made|Named|Promoted to|Transferred to|Worked as(?: an?)?) /i
/** "Elected to X", "Joined X party": membership stated by the verb alone. */
const MEMBERSHIP_VERB = /^(Elected to|Joined) (.+)$/
/** A past-tense verb with a direct object ("Attended Moscow Industrial Academy"): the verb is the role. */
const VERB_WITH_OBJECT = /^([A-Z][a-z]+ed) (?!(?:of|at|to|for|in|as|on|by|from|a|an|the)\b)(.+)$/
/** Decades are not dates of a post ("in the 1920s"): kept apart. */
const DECADE = /(?:,? (?:in )?|^in )(?:the )?\d{3}0s,?/i
/** An occasion ("at XV Party Congress") or an apposition (", a British-Dutch oil trust") is not the institution. */
const OCCASION = / at [^,]*?\bCongress(?:es)?\b/g
const APPOSITION = /, an? [^,]+$/
/** Adverbs that open a clause and are not part of the role. */
const ADVERB = /^(?:Also|Simultaneously|Subsequently|Then|Later|Afterwards),? /i
/** Where the role ends and the institution begins: the first of these words. */
const SPLIT_WORD = / (?:of(?! staff\b)|at|to|for|in(?! chief\b)|working for)(?: |, )/
/** Last words of an institution printed before its role ("Central Committee member", "Red Army chief of staff"). */
const INSTITUTION_HEAD =
  /^(?:committee|committees|council|commission|inspection|bureau|politburo|orgburo|secretariat|presidium|collegium|board|party|union|academy|army|fleet|navy|district|gosplan|gosbank|comintern|profintern|cheka|gpu|ogpu|institute|department|administration|directorate|trust|syndicate|government|court|tribunal|commissariat|international|league|cell|group|opposition)$/i
/** Common nouns that name a kind of body: alone before a role they are part of it ("Bureau member"). */
const GENERIC_BODY =
  /^(?:bureau|board|presidium|collegium|committee|council|commission|department|cell|party)$/i
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
  const text = clause
    .replace(/,([”"’])/g, '$1,')
    .replace(DECADE, '')
    .replace(/^After [^,]+, /, '')
    .trim()
  const trailing = splitTrailingPeriod(text)
  const leading = splitLeadingPeriod(trailing.head)
  const periodText = trailing.period ?? leading.period
  const periods = periodText === undefined ? [undefined] : (readPeriods(periodText) ?? [undefined])
  let body = leading.rest.replace(ADVERB, '').replace(/^and /, '').replace(/^An? /, '').replace(OCCASION, '')
  body = body.replace(APPOSITION, '')
  const membership = MEMBERSHIP_VERB.exec(body)
  if (membership !== null) return membershipItems(membership[1] ?? '', membership[2] ?? '', periods)
  const verb = VERB.exec(body)?.[1]
  if (verb !== undefined) body = body.slice(verb.length + 1)
  const by = verb === undefined ? undefined : / by ([\p{Lu}][^,]*)$/u.exec(body)?.[1]
  if (by !== undefined) body = body.slice(0, body.length - by.length - 4)
  const roles = shareInstitutions(
    splitRoles(body)
      .filter((part) => !isDescriptorPart(part))
      .flatMap((part) => splitInstitutions(splitRole(part))),
  )
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
    const joinedModifier = previousSeparator === ' and ' && !/\s/.test(pending.trim())
    if (index > 0 && !joinedModifier && startsRole(piece.text)) {
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
  return ROLE_HEAD.test(head) || isDescriptorPart(before)
}

/** "Secretary of Azerbaidzhan Central Committee" → role + institution; "Central Committee member" → member + CC. */
export function splitRole(part: string): { role: string; institution?: string } {
  if (/^Party member$/i.test(part)) return { role: part }
  const verbal = VERB_WITH_OBJECT.exec(part)
  if (verbal !== null) return { role: verbal[1] ?? '', institution: verbal[2] ?? '' }
  const split = SPLIT_WORD.exec(part)
  if (split !== null) {
    const institution = part.slice(split.index + split[0].length).trim()
    return { role: part.slice(0, split.index).trim(), institution }
  }
  const trailingRole = /^((?:[\p{Lu}*“"][^\s]*\s+)*?[\p{Lu}*“"][^\s]*)\s+([a-z][a-z\s-]*)$/u.exec(part)
  if (trailingRole !== null) {
    const institution = trailingRole[1] ?? ''
    const last = institution.split(/\s+/).at(-1) ?? ''
    const generic = !/\s/.test(institution) && GENERIC_BODY.test(institution)
    if (INSTITUTION_HEAD.test(last) && !generic) return { role: trailingRole[2] ?? '', institution }
  }
  return { role: part }
}

/**
 * Splits an institution that names several bodies: "X and of Y"; "A Committee and B Committee" (same last word);
 * a comma list of bodies. A joint body ("Council of Commissars and Labor Defense Council") stays one.
 */
export function splitInstitutions(item: {
  role: string
  institution?: string
}): { role: string; institution?: string }[] {
  const { institution } = item
  if (institution === undefined) return [item]
  const parts = institutionParts(institution)
  return parts.map((part) => ({ role: item.role, institution: part }))
}

function institutionParts(institution: string): string[] {
  const ofParts = institution.split(/ and of |, and of |, of /)
  if (ofParts.length > 1) return ofParts.flatMap(institutionParts)
  const andParts = institution.split(' and ')
  if (andParts.length === 2) {
    const [a = '', b = ''] = andParts
    const lastA = a.split(/\s+/).at(-1) ?? ''
    if (lastA === b.split(/\s+/).at(-1) && /^\p{Lu}/u.test(b) && INSTITUTION_HEAD.test(lastA)) return andParts
  }
  const commaParts = institution.split(', ')
  const allBodies = commaParts.every((part) => INSTITUTION_HEAD.test(lastNoun(part)))
  if (commaParts.length > 1 && allBodies) return commaParts
  return [institution]
}

/** The last word of an institution name before any "of …" that follows it ("main directorate of air force" → directorate). */
function lastNoun(part: string): string {
  return (part.split(/ of /)[0] ?? part).split(/\s+/).at(-1) ?? ''
}

function membershipItems(verb: string, rest: string, periods: readonly (Period | undefined)[]): PostItem[] {
  const isParty = verb === 'Joined'
  if (isParty && !/\bparty\b/i.test(rest)) return []
  return periods.map((period) => ({
    role: isParty ? 'Party member' : 'member',
    institution: rest,
    verb,
    ...(period === undefined ? {} : { period }),
  }))
}

/** A role without an institution before one with it ("Deputy chairman and chairman of X") takes its institution. */
function shareInstitutions(roles: { role: string; institution?: string }[]): PostItem[] {
  return roles.map((role, index): PostItem => {
    if (role.institution !== undefined) return role
    const next = roles[index + 1]
    if (next?.institution === undefined || !/^[a-z]/.test(next.role)) return role
    return { role: role.role, institution: next.institution, sharedInstitution: true }
  })
}
