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
  [/^(?:emigrated|emigr[ée]|forced to emigrate)\b/i, 'emigrated'],
  [/^committed suicide\b/i, 'suicide'],
  [/^(?:assassinated|murdered)\b/i, 'assassinated'],
  [/^killed\b/i, 'killed'],
  [/^died\b/i, 'died'],
  [/^(?:joined|sided with)\b/i, 'joined'],
  [/^(?:participated|involved|took part|won|published|wrote|acknowledged)\b/i, 'activity'],
]

/** Words that name what a person is rather than a post they held: occupations, family, standing. */
const DESCRIPTOR_HEADS = new Set(
  [
    'activist',
    'agronomist',
    'academician',
    'author',
    'brother',
    'commander',
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
  const verbText = head.replace(/^(?:At|In|After) [^,]+, /, '').replace(/^(?:Then|Later|Subsequently),? /, '')
  for (const [pattern, predicate] of EVENT_VERBS) {
    if (pattern.test(verbText))
      return period === undefined ? { kind: 'event', predicate } : { kind: 'event', predicate, period }
  }
  if (period === undefined && isDescriptor(head)) return { kind: 'descriptor' }
  return undefined
}

/**
 * True when every comma-part of the clause is headed by a descriptor word ("Economist, statistician"; "Wife of
 * Lenin"; "Chinese general, member of the Kuomintang" is not: "member" heads a post).
 */
export function isDescriptor(text: string): boolean {
  return text.split(/,\s*| and /).every((part) => isDescriptorPart(part))
}

/** True when the part's head word (the last word before "of/in/at/for/to", or the last word) describes the person. */
export function isDescriptorPart(part: string): boolean {
  const before = part.split(/ (?:of|in|at|for|to|on)\b/)[0] ?? ''
  const words = before
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  const head = words.at(-1)
  if (head === undefined) return false
  if (DESCRIPTOR_HEADS.has(head)) return true
  // "Chang Tso-lin's son", "Joseph Stalin's wife": possessive + family word.
  return /'s (?:son|wife|daughter|brother|sister|husband)$/i.test(before.trim())
}
