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
  /** People and bodies resolved without doubt near the mention (the same passage): the company it keeps. */
  readonly neighbours?: readonly Entity[]
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
 * dates; one of them named in full elsewhere in the source, the other not; the company the mention keeps (the
 * descriptions of the people resolved beside it); words of their descriptions around the mention ("commander").
 * Returns undefined when context cannot decide.
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
  const company = chooseByCompany(alive, context.neighbours ?? [])
  if (company !== undefined) return { entity: company, rule: 'resolve:company', confidence: 0.6 }
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

/** How much a neighbour named in a candidate's description counts, against one shared word. */
const NAMED_NEIGHBOUR_WEIGHT = 3

/**
 * The candidate whose description shares the most words with the descriptions of the people named beside it: in
 * "Stalin, Zinoviev, Kamenev, and Tomsky" the Politburo member, not the army commander. Undefined on a tie.
 */
function chooseByCompany(candidates: readonly Entity[], neighbours: readonly Entity[]): Entity | undefined {
  const ids = new Set(candidates.map((entity) => entity.id))
  const words = new Set<string>()
  const surnames = new Set<string>()
  for (const neighbour of neighbours) {
    if (ids.has(neighbour.id)) continue
    for (const word of contentWords(neighbour.description ?? '')) words.add(word)
    const surname = neighbour.name.split(',')[0]?.trim().toLowerCase()
    if (surname !== undefined && surname.length >= 3) surnames.add(surname)
  }
  if (words.size === 0 && surnames.size === 0) return undefined
  // A description that names a neighbour ("with Zinoviev led the New Opposition") weighs more than shared words.
  const score = (entity: Entity) => {
    const description = (entity.description ?? '').toLowerCase()
    const named = [...surnames].filter((surname) => description.includes(surname)).length
    return NAMED_NEIGHBOUR_WEIGHT * named + overlap(contentWords(description), words)
  }
  const scored = candidates
    .map((entity) => ({ entity, score: score(entity) }))
    .sort((a, b) => b.score - a.score)
  const [best, second] = scored
  if (best === undefined || best.score === 0 || (second !== undefined && second.score === best.score))
    return undefined
  return best.entity
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
