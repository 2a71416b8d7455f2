import type { Entity, Mention } from '../core/index.ts'

/** What a namesake choice can look at besides the mention. */
export interface NameContext {
  /** Entities already chosen (unambiguously) for other mentions of the same document. */
  readonly chosenInDocument: ReadonlySet<string>
  /** Entities chosen by full names anywhere in the source. */
  readonly chosenInSource: ReadonlySet<string>
  /** Years of the dates mentioned in the same document. */
  readonly years: readonly number[]
  /** The text around the mention, when the resolve stage has the text. */
  readonly window?: string
}

/** A choice among namesakes, with the evidence that made it. */
export interface ContextChoice {
  readonly entity: Entity
  readonly rule: string
  readonly confidence: number
}

/** Words too common to tell two people apart by their descriptions. */
const STOPWORDS = new Set([
  'member',
  'party',
  'central',
  'committee',
  'chairman',
  'deputy',
  'from',
  'with',
  'after',
  'which',
  'their',
  'there',
  'about',
  'would',
  'should',
  'people',
  'commissar',
  'secretary',
  'repressed',
  'candidate',
])

/**
 * Chooses among namesakes (the two Kamenevs, the two Smirnovs) by context, in order: another mention of the same
 * document already tied to exactly one of them ("Lev Kamenev … Kamenev"); the document's dates against their life
 * dates; one of them named in full elsewhere in the source, the other not; words of their descriptions around the mention ("commander"). Returns undefined when context cannot decide.
 * @example chooseByContext(candidates, { chosenInDocument: new Set(['person:kamenev-l-b']), years: [] })
 */
export function chooseByContext(
  candidates: readonly Entity[],
  context: NameContext,
): ContextChoice | undefined {
  const seen = candidates.filter((entity) => context.chosenInDocument.has(entity.id))
  if (seen.length === 1 && seen[0] !== undefined) {
    return { entity: seen[0], rule: 'resolve:same-document', confidence: 0.8 }
  }
  const pool = seen.length > 1 ? seen : candidates
  const alive = context.years.length === 0 ? pool : pool.filter((entity) => activeIn(entity, context.years))
  if (alive.length === 1 && alive[0] !== undefined && alive.length < pool.length) {
    return { entity: alive[0], rule: 'resolve:life-dates', confidence: 0.7 }
  }
  const inSource = alive.filter((entity) => context.chosenInSource.has(entity.id))
  if (inSource.length === 1 && inSource[0] !== undefined) {
    return { entity: inSource[0], rule: 'resolve:same-source', confidence: 0.7 }
  }
  if (context.window === undefined) return undefined
  const words = contentWords(context.window)
  const scored = alive
    .map((entity) => ({ entity, score: overlap(contentWords(entity.description ?? ''), words) }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = scored
  if (best !== undefined && best.score > 0 && (second === undefined || second.score < best.score)) {
    return { entity: best.entity, rule: 'resolve:description-words', confidence: 0.65 }
  }
  return undefined
}

/** The years of the date mentions of a document (start years). */
export function documentYears(mentions: readonly Mention[]): number[] {
  return mentions.flatMap((mention) => (mention.type === 'date' ? [mention.value.start.year] : []))
}

/** Whether a person could act in the years: born at least 15 years before the earliest, not dead before it. */
function activeIn(entity: Entity, years: readonly number[]): boolean {
  const earliest = Math.min(...years)
  const born = Number.parseInt(entity.birthYear ?? '', 10)
  const died = Number.parseInt(entity.deathYear ?? '', 10)
  if (!Number.isNaN(born) && born + 15 > earliest) return false
  if (!Number.isNaN(died) && died < earliest) return false
  return true
}

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{5,}/gu) ?? []
  return new Set(words.filter((word) => !STOPWORDS.has(word)).map((word) => word.slice(0, 7)))
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0
  for (const word of a) if (b.has(word)) count++
  return count
}
