import type { Entity, EntityType, NameMention } from '../../core/index.ts'
import { nameKey } from '../../core/index.ts'

/** Finds the names of authority entities of one type in a text. */
export type PhraseMatcher = (text: string) => NameMention[]

const cache = new WeakMap<readonly Entity[], Map<EntityType, PhraseMatcher>>()

/**
 * Builds (once per authority list and type) a matcher for every name and variant of the entities of `type`. Short
 * names and abbreviations ("CC", "STO", "VSNKh", "RKP/b") match case-sensitively, longer ones in any case; spaces
 * match any run of white space (a name may wrap), apostrophes match either form.
 * @example phraseMatcher(authority, 'body')('the Politburo met')[0].surface // 'Politburo'
 */
export function phraseMatcher(authority: readonly Entity[], type: EntityType): PhraseMatcher {
  const byType = cache.get(authority) ?? new Map<EntityType, PhraseMatcher>()
  cache.set(authority, byType)
  const cached = byType.get(type)
  if (cached !== undefined) return cached
  const names = [
    ...new Set(authority.filter((e) => e.type === type).flatMap((e) => [e.name, ...(e.variants ?? [])])),
  ].filter((n) => typeof n === 'string' && n.trim() !== '')
  const exact = compile(names.filter(isCaseSensitive), 'gu')
  const anyCase = compile(
    names.filter((n) => !isCaseSensitive(n)),
    'giu',
  )
  const matcher: PhraseMatcher = (text) => {
    const found = [...matches(text, exact, type), ...matches(text, anyCase, type)]
    return dropOverlaps(found)
  }
  byType.set(type, matcher)
  return matcher
}

function isCaseSensitive(name: string): boolean {
  return name.length <= 5 || !/\p{Ll}\p{Ll}/u.test(name) || /^\S*\p{Lu}\S*\p{Lu}\S*$/u.test(name)
}

function compile(names: readonly string[], flags: string): RegExp | undefined {
  if (names.length === 0) return undefined
  const sorted = [...names].sort((a, b) => b.length - a.length)
  const body = sorted
    .map((n) => escapePattern(n.trim()).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"))
    .join('|')
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags)
}

function escapePattern(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function matches(text: string, pattern: RegExp | undefined, type: EntityType): NameMention[] {
  if (pattern === undefined) return []
  return [...text.matchAll(pattern)].map((match) => {
    const surface = match[0].replace(/\s+/g, ' ')
    return {
      type,
      span: { start: match.index, end: match.index + match[0].length },
      surface,
      key: nameKey(surface),
      rule: `annotate/names:${type}-lexicon`,
      confidence: 0.9,
    }
  })
}

/** Keeps, of overlapping matches, the one that starts first (the longest of those that start together). */
function dropOverlaps(found: NameMention[]): NameMention[] {
  const sorted = found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const kept: NameMention[] = []
  let end = -1
  for (const mention of sorted) {
    if (mention.span.start < end) continue
    kept.push(mention)
    end = mention.span.end
  }
  return kept
}
