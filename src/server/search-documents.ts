import type { DocumentType } from '../core/index.ts'
import { parsePersonName } from '../core/index.ts'
import type { DocumentListing, DocumentMatches, EntitySummary, Store } from '../store/index.ts'
import { MARK_END, MARK_START, parseSearchText } from '../store/index.ts'
import { loadEntityIndex } from './entity-index.ts'
import { loadFileNames } from './labels.ts'
import { loadMentionIndex, type MentionIndex, type NumberedDocument } from './mention-index.ts'
import { snippetHtml, snippetText } from './render-html.ts'
import { countCodes, entityFacets } from './search-facets.ts'
import { topK } from './top-k.ts'

/** How many entities a query may bring in, and how many spellings of each are searched for. */
const ENTITY_LIMIT = 3
const KEY_LIMIT = 40

export interface SearchRequest {
  readonly q: string
  readonly source?: string
  readonly types?: readonly DocumentType[]
  readonly year?: string
  /** Only documents that mention this person (an entity id). */
  readonly person?: string
  /** Only documents that mention this body (an entity id). */
  readonly body?: string
  readonly limit: number
  readonly offset: number
}

/**
 * The documents a search found, by number (see `MentionIndex`), as parallel lists: the text matches first, then
 * the documents that print a spelling of a query entity, then those that only mention one.
 */
interface Candidates {
  readonly numbers: number[]
  readonly scores: number[]
  /** Which of the query's entities each document mentions: bit i for the i-th entity. */
  readonly entities: number[]
  /** How many of the first documents the text or a spelling matched (their snippets come from their text). */
  readonly textCount: number
}

/**
 * Every spelling of an entity, as it may be printed: a person by surname, anything else by whole name. Each is
 * matched as a phrase of words, and a document matches any of them, so spellings with the same words ("VKP(b)",
 * "VKP/b") are one, and a spelling that contains another's words in order ("All-Union Communist Party" beside
 * "Communist Party") adds nothing: both are left out, as each phrase costs the index a pass.
 */
function spellingsOf(entity: EntitySummary): string[] {
  const byWords = new Map<string, string>()
  for (const name of [entity.name, ...entity.variants]) {
    const spelling = entity.type === 'person' ? parsePersonName(name).surname || name : name
    const words = wordsOf(spelling)
    if (words !== '' && !byWords.has(words)) byWords.set(words, spelling)
  }
  const all = [...byWords.keys()]
  return all
    .filter((words) => !all.some((other) => other !== words && ` ${words} `.includes(` ${other} `)))
    .map((words) => byWords.get(words) as string)
    .slice(0, KEY_LIMIT)
}

/** The words of a spelling as the index sees them, in lower case, one space apart. */
const wordsOf = (spelling: string) =>
  parseSearchText(spelling)
    .flatMap((term) => term.words)
    .join(' ')
    .toLowerCase()

/**
 * Full-text search across spellings and scripts: the query's words and phrases in the documents' text, the
 * entities its name keys find (Trotsky, Trotskii and Троцкий find one person) with every spelling of them, and the
 * documents that mention those entities. Entities come first; documents best first (those that mention more of the
 * query's entities, then by the text's score), with facets by source, type, year, person and body over every
 * document found. What is derived from the whole store (entity index, who is mentioned where, what each entity's
 * spellings match) is kept per store revision; the store matches without ranking or snippets, and only the page is
 * put in order and given snippets.
 */
export async function searchDocuments(store: Store, request: SearchRequest) {
  const [index, files, mentions] = await Promise.all([
    loadEntityIndex(store),
    loadFileNames(store),
    loadMentionIndex(store),
  ])
  const entities = index.find(request.q.replaceAll('"', ' ')).slice(0, ENTITY_LIMIT)
  const keys = entities.flatMap(spellingsOf)
  const [text, ...spelled] = await Promise.all([
    store.matchDocuments({ text: request.q }),
    ...entities.map((entity) => spellingMatches(store, entity, mentions)),
  ])
  const found = candidatesOf(text, spelled, mentions, entities)
  const { numbers, scores } = found
  const sourceKept = mentions.sources.map(
    (id) => request.source === undefined || id === request.source || files.get(id) === request.source,
  )
  const typeKept = mentions.types.map(
    (type) => request.types === undefined || request.types.includes(type as DocumentType),
  )
  const chosen = [request.person, request.body].flatMap((id) =>
    id === undefined ? [] : [mentions.entityNumber(id) ?? -1],
  )
  const anyYear: number[] = []
  numbers.forEach((number, i) => {
    const document = mentions.documents[number] as NumberedDocument
    if (
      sourceKept[document.source] &&
      typeKept[document.type] &&
      chosen.every((entity) => document.entities.includes(entity))
    )
      anyYear.push(i)
  })
  // A year no document has keeps nothing (its code is not -1, the code of documents without a date).
  const year = request.year === undefined ? undefined : mentions.years.indexOf(request.year)
  const ranked =
    year === undefined
      ? anyYear
      : anyYear.filter((i) => year >= 0 && mentions.documents[numbers[i] as number]?.year === year)
  const listingOf = (i: number) => (mentions.documents[numbers[i] as number] as NumberedDocument).listing
  const mentioned = found.entities.map(countBits)
  const byRank = (a: number, b: number) =>
    (mentioned[b] as number) - (mentioned[a] as number) ||
    (scores[b] as number) - (scores[a] as number) ||
    (a < found.textCount && b < found.textCount
      ? byCodeUnits(listingOf(a).documentId, listingOf(b).documentId)
      : a - b)
  const page = topK(ranked, request.offset + request.limit, byRank).slice(request.offset)
  const snippets = await snippetsOf(store, { q: request.q, keys, entities }, page, found, listingOf)
  const rankedNumbers = ranked.map((i) => numbers[i] as number)
  const { person, body } = entityFacets(rankedNumbers, mentions, index.byId)
  return {
    query: request.q,
    terms: parseSearchText(request.q),
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      variants: e.variants,
      mentions: e.mentions,
    })),
    total: ranked.length,
    offset: request.offset,
    limit: request.limit,
    documents: page.map((i) => {
      const { documentId, title, type, sourceId, date } = listingOf(i)
      const snippet = snippets.get(i) ?? ''
      return {
        ...{ documentId, title, type, sourceId, date: date ?? null, score: scores[i] as number },
        entities: entities.flatMap((e, bit) => ((found.entities[i] as number) & (1 << bit) ? [e.id] : [])),
        file: files.get(sourceId) ?? '',
        snippet: snippetText(snippet),
        snippetHtml: snippetHtml(snippet),
      }
    }),
    facets: {
      source: countCodes(
        rankedNumbers,
        mentions,
        (d) => d.source,
        mentions.sources,
        (id) => files.get(id) ?? id,
      ),
      type: countCodes(rankedNumbers, mentions, (d) => d.type, mentions.types),
      year: countCodes(
        anyYear.map((i) => numbers[i] as number),
        mentions,
        (d) => d.year,
        mentions.years,
      ).sort((a, b) => a.value.localeCompare(b.value)),
      person,
      body,
    },
  }
}

/** Plain string order (as the databases order ids), not the locale's. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** How many bits of a small number are set (how many of the query's entities a document mentions). */
function countBits(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}

/** Matches by document number (see `MentionIndex`). */
interface NumberedMatches {
  readonly numbers: Int32Array
  readonly scores: Float64Array
}

/** Entities whose spelling matches are kept per mention index (so per store revision): the last used. */
const KEPT_ENTITIES = 256
const keptSpellings = new WeakMap<MentionIndex, Map<string, Promise<NumberedMatches>>>()

/**
 * The documents that print a spelling of the entity, each with its score. They are the same for every query that
 * names the entity ("Stalin", "I. V. Stalin", "Джугашвили"), like the documents that mention it, so they are kept
 * with the mention index of the store's revision (the 256 entities used last). Scores add up: bm25 sums the
 * phrases of an "or", each weighed by its own rarity.
 */
function spellingMatches(
  store: Store,
  entity: EntitySummary,
  mentions: MentionIndex,
): Promise<NumberedMatches> {
  let kept = keptSpellings.get(mentions)
  if (kept === undefined) {
    kept = new Map()
    keptSpellings.set(mentions, kept)
  }
  let matches = kept.get(entity.id)
  if (matches === undefined) {
    matches = store.matchDocuments({ text: '', keys: spellingsOf(entity) }).then((found) => ({
      numbers: Int32Array.from(found.documents, mentions.numberOf),
      scores: Float64Array.from(found.scores),
    }))
    const entities = kept
    matches.catch(() => entities.delete(entity.id))
    if (kept.size >= KEPT_ENTITIES) kept.delete(kept.keys().next().value as string)
  } else kept.delete(entity.id)
  kept.set(entity.id, matches)
  return matches
}

/**
 * The text matches, then the documents that print a spelling of a query entity (a document's score adds its text
 * score and those of the spellings it prints), then the documents that only mention the entities; each marked
 * with the entities it mentions.
 */
function candidatesOf(
  text: DocumentMatches,
  spelled: readonly NumberedMatches[],
  mentions: MentionIndex,
  entities: readonly EntitySummary[],
): Candidates {
  const numbers = text.documents.map(mentions.numberOf)
  const scores = [...text.scores]
  const marks = new Array<number>(numbers.length).fill(0)
  if (entities.length === 0) return { numbers, scores, entities: marks, textCount: numbers.length }
  // Where each document is among the candidates, by its number (-1: not yet).
  const at = new Int32Array(mentions.documents.length).fill(-1)
  numbers.forEach((number, i) => {
    at[number] = i
  })
  const add = (number: number, score: number) => {
    let i = at[number] as number
    if (i < 0) {
      i = numbers.length
      at[number] = i
      numbers.push(number)
      scores.push(score)
      marks.push(0)
    } else scores[i] = (scores[i] as number) + score
    return i
  }
  for (const matches of spelled)
    for (let i = 0; i < matches.numbers.length; i++)
      add(matches.numbers[i] as number, matches.scores[i] as number)
  const textCount = numbers.length
  entities.forEach((entity, bit) => {
    for (const number of mentions.documentsOf(entity.id)) {
      const i = add(number, 0)
      marks[i] = (marks[i] as number) | (1 << bit)
    }
  })
  return { numbers, scores, entities: marks, textCount }
}

/**
 * Snippets for one page of results, by candidate: cut from each text match around its first match (no second
 * search); for a document found only by an entity it mentions (or a text without a plain match), the first mention
 * of the first query entity it mentions.
 */
async function snippetsOf(
  store: Store,
  { q, keys, entities }: { q: string; keys: readonly string[]; entities: readonly EntitySummary[] },
  page: readonly number[],
  found: Candidates,
  listingOf: (i: number) => DocumentListing,
): Promise<Map<number, string>> {
  const idOf = (i: number) => listingOf(i).documentId
  // Only text matches are cut from their text: in the others no spelling may be found, and a failed search
  // reads the whole text for each spelling (in a long book, forty spellings are tens of megabytes).
  const matched = page.filter((i) => i < found.textCount)
  const texts = new Map(
    (await store.makeSnippets({ text: q, keys, documentIds: matched.map(idOf) })).map((s) => [
      s.documentId,
      s.snippet,
    ]),
  )
  const quotes = await Promise.all(
    page.map(async (i) => {
      const text = texts.get(idOf(i)) ?? ''
      const bits = found.entities[i] as number
      const entity = entities.find((_, bit) => bits & (1 << bit))
      if (text !== '' || entity === undefined) return [i, text] as const
      const [mention] = await store.listMentions({ entityId: entity.id, documentId: idOf(i), limit: 1 })
      if (mention === undefined) return [i, ''] as const
      const { prefix, exact, suffix } = mention.provenance.quote
      return [i, `…${prefix}${MARK_START}${exact}${MARK_END}${suffix}…`.replace(/\s+/g, ' ')] as const
    }),
  )
  return new Map(quotes)
}
