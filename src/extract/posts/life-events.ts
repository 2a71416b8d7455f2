import { splitTrailingPeriod } from './read-period.ts'

/** What a biography clause says when it is not a post: an event of a life, or a description of the person. */
export type ClauseReading =
  | { readonly kind: 'event'; readonly predicate: string; readonly period?: string }
  | { readonly kind: 'descriptor' }

/** Event verbs of biographical dictionaries, first word(s) of the clause → predicate. */
const EVENT_VERBS: readonly (readonly [RegExp, string])[] = [
  [/^(?:sentenced to death|shot|executed)\b/i, 'executed'],
  [/^(?:repressed)\b/i, 'repressed'],
  [/^(?:arrested|imprisoned)\b/i, 'arrested'],
  [/^(?:released|freed)\b/i, 'released'],
  [/^(?:restored|reinstated|readmitted|rehabilitated)\b/i, 'reinstated'],
  [/^(?:expelled|excluded)\b/i, 'expelled'],
  [/^(?:deported|exiled|banished)\b/i, 'deported'],
  [/^(?:emigrated|emigr[ée]|forced to emigrate)(?!\p{L})/iu, 'emigrated'],
  [/^committed suicide\b/i, 'suicide'],
  [/^(?:assassinated|murdered)\b/i, 'assassinated'],
  [/^killed\b/i, 'killed'],
  [/^died\b/i, 'died'],
  [/^(?:removed|dismissed|demoted)\b/i, 'removed'],
  [/^sided with\b/i, 'sided-with'],
  [/^(?:participated|involved|took part|won|wrote|performed|opposed|held \S+ views)\b/i, 'activity'],
  [/^(?:this|these|it) /i, 'note'],
]

/** Words that name what a person is rather than a post they held: occupations, family, standing. */
const DESCRIPTOR_HEADS = new Set(
  [
    'activist',
    'agronomist',
    'academician',
    'author',
    'advocate',
    'brother',
    'commander',
    'democrat',
    'duke',
    'general',
    'marshal',
    'daughter',
    'economist',
    'engineer',
    'father',
    'figure',
    'hero',
    'historian',
    'husband',
    'industrialist',
    'journalist',
    'lawyer',
    'leader',
    'mother',
    'philosopher',
    'poet',
    'politician',
    'revolutionary',
    'scientist',
    'sister',
    'son',
    'statesman',
    'statistician',
    'wife',
    'writer',
  ].map((word) => word.toLowerCase()),
)

/**
 * Reads a biography clause that is an event ("Repressed", "Arrested, 1933", "At XV Party Congress, expelled from
 * party") or a descriptor ("Economist, statistician", "Wife of Lenin", "Civil war hero"); undefined for a post.
 * @example readLifeClause('Arrested, 1933') // { kind: 'event', predicate: 'arrested', period: '1933' }
 */
export function readLifeClause(clause: string): ClauseReading | undefined {
  const { head, period } = splitTrailingPeriod(clause)
  const verbText = head
    .replace(/^(?:At|In|After|On) .*?(?:, |\) )(?=\p{Ll})/u, '')
    .replace(/^(?:Then|Later|Subsequently|Also),? /, '')
  for (const [pattern, predicate] of EVENT_VERBS) {
    if (pattern.test(verbText))
      return period === undefined ? { kind: 'event', predicate } : { kind: 'event', predicate, period }
  }
  if (period === undefined && isDescriptor(head)) return { kind: 'descriptor' }
  return undefined
}

/**
 * True when every comma-part of the clause describes the person ("Economist, statistician"; "Wife of Lenin"), not
 * a post ("Chinese general, member of the Kuomintang" is not: "member" heads a post).
 */
export function isDescriptor(text: string): boolean {
  return text.split(/,\s*| and /).every((part) => isDescriptorPart(part))
}

/** Descriptor heads that take a common noun ("author of works") rather than a body. */
const WORK_HEADS = /^(?:author|advocate|activist|figure)$/

/** Family relations and titles: never a post, whatever follows. */
const FAMILY = /^(?:son|wife|daughter|brother|sister|husband|father|mother|marshal|duke|prince|count)$/

/**
 * True when the part names what the person is: a family relation ("Wife of Lenin", "Stalin's wife"), or an
 * occupation or standing without a body ("Economist", "Activist of the labor movement", "Author of works"); an
 * occupation at a named body is a post ("Academician at USSR Academy of Sciences").
 */
export function isDescriptorPart(part: string): boolean {
  const match = / (?:of|in(?! chief\b)|at|for|to|on)\b/.exec(part)
  const before = match === null ? part : part.slice(0, match.index)
  const after = match === null ? '' : part.slice(match.index + match[0].length).trim()
  const words = before
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  const head = words.at(-1)?.replace(/'s$/, '')
  if (head === undefined) return false
  if (FAMILY.test(head)) return true
  if (!DESCRIPTOR_HEADS.has(head)) return false
  if (after === '' || /\bmovement\b/.test(after)) return true
  // "Author of a number of works", "advocate of economism": a common noun, not a body.
  return WORK_HEADS.test(head) && /^\p{Ll}/u.test(after.replace(/^the /, ''))
}
