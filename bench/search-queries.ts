// The queries bench/api.ts sends to /api/search: hundreds of distinct ones, drawn from the stored edition itself so
// that they work on any corpus and measure the search rather than a cache of a few answers.
import type { Store } from '../src/store/index.ts'

const WORD = /[\p{L}]{4,}/gu

/** Every `step`-th item of a list, up to `count` of them (a deterministic spread over the whole list). */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count))
  return items.filter((_, i) => i % step === 0).slice(0, count)
}

/**
 * Search queries of four kinds, deduplicated: names of the most-mentioned people and bodies in every spelling and
 * script the edition knows (whole names, and people's surnames alone), words of the documents' text, two-word
 * phrases in double quotes, and word beginnings as typed (the search matches words as prefixes).
 * @example (await searchQueries(store, 400)).length // 400, when the edition is big enough
 */
export async function searchQueries(store: Store, count: number): Promise<string[]> {
  const entities = (await store.listEntities({ types: ['person', 'body'] })).sort(
    (a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id),
  )
  const names = entities.slice(0, 80).flatMap((e) => {
    const spellings = [e.name, ...e.variants]
    return e.type === 'person' ? [...spellings, ...spellings.map((s) => s.split(',')[0] ?? s)] : spellings
  })
  const documents = spread(await store.listDocuments({ limit: 2000 }), 300)
  const words: string[] = []
  const phrases: string[] = []
  for (const doc of documents) {
    const found: string[] = doc.text.slice(0, 4000).match(WORD) ?? []
    const picked = spread(found, 6)
    words.push(...picked)
    const at = found.indexOf(picked[1] ?? '')
    if (at >= 0 && found[at + 1] !== undefined) phrases.push(`"${found[at]} ${found[at + 1]}"`)
  }
  const prefixes = spread(words, 200).map((w) => w.slice(0, Math.max(3, Math.ceil(w.length / 2))))
  const kinds = [
    spread(unique(names), Math.ceil(count * 0.35)),
    spread(unique(words), Math.ceil(count * 0.35)),
    spread(unique(phrases), Math.ceil(count * 0.15)),
    spread(unique(prefixes), Math.ceil(count * 0.15)),
  ]
  return unique(kinds.flat()).slice(0, count)
}

const unique = (values: readonly string[]) => [
  ...new Set(values.map((v) => v.trim()).filter((v) => v !== '')),
]
