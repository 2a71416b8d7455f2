import type { EntityRecord, SourceEdition } from '../core/index.ts'
import { nameKey } from '../core/index.ts'
import type { Scorer } from './eval-score.ts'

/** The edition that holds a book's glossary of names (the one index-people-001 describes). */
function glossaryEdition(editions: readonly SourceEdition[]): SourceEdition | undefined {
  return [...editions].sort((a, b) => b.glossary.length - a.glossary.length)[0]
}

/** The person entities of an edition by the keys of their names and variants (a key may lead to several). */
function indexByKey(entities: readonly EntityRecord[]): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>()
  for (const entity of entities) {
    if (entity.type !== 'person') continue
    for (const name of [entity.name, ...entity.variants]) {
      const key = nameKey(name)
      const ids = byKey.get(key) ?? new Set()
      ids.add(entity.id)
      byKey.set(key, ids)
    }
  }
  return byKey
}

/**
 * Scores whether the index and glossary people of a book each resolved to one entity, against
 * index-people-001.tsv: for every index person the gold ties to a glossary entry, the index heading and the glossary
 * name must lead to the same single entity (`same_entity`); every index person must lead to exactly one entity
 * (`one_entity`); and no two different glossary people may share an entity (`distinct_people`).
 * @example scoreAuthorityPeople(readGoldTable('index-people-001.tsv'), editions).metrics.same_entity
 */
export const scoreAuthorityPeople: Scorer = (gold, editions) => {
  const edition = glossaryEdition(editions)
  const byKey = indexByKey(edition?.entities ?? [])
  const lookup = (name: string) => [...(byKey.get(nameKey(name)) ?? [])]
  const misses: string[] = []
  let linked = 0
  let same = 0
  let single = 0
  const glossaryOwners = new Map<string, Set<string>>()
  for (const row of gold.rows) {
    const heading = row.name ?? ''
    const fromIndex = lookup(heading)
    if (fromIndex.length === 1) single++
    else
      misses.push(
        `index "${heading}": ${fromIndex.length === 0 ? 'no entity' : `${fromIndex.length} entities (${fromIndex.join(', ')})`}`,
      )
    // The gold adds remarks in parentheses ("(real name: …)", "(via glossary cross-reference …)"): not part of the name.
    const entry = (row.glossary_entry ?? '').replace(/\s*\((?:real name|via|no entry)[^)]*\)\s*$/, '').trim()
    if (entry === '' || entry.startsWith('(')) continue
    linked++
    const fromGlossary = lookup(entry)
    for (const id of fromGlossary) glossaryOwners.set(id, (glossaryOwners.get(id) ?? new Set()).add(entry))
    if (fromIndex.length === 1 && fromGlossary.length === 1 && fromIndex[0] === fromGlossary[0]) same++
    else
      misses.push(
        `index "${heading}" and glossary "${entry}": ${fromIndex.join('|') || 'none'} vs ${fromGlossary.join('|') || 'none'}`,
      )
  }
  const shared = [...glossaryOwners].filter(([, names]) => names.size > 1)
  for (const [id, names] of shared)
    misses.push(`entity ${id} holds different glossary people: ${[...names].join('; ')}`)
  const people = new Set([...glossaryOwners.values()].flatMap((names) => [...names])).size
  const sharedPeople = new Set(shared.flatMap(([, names]) => [...names])).size
  return {
    gold: gold.name,
    metrics: {
      same_entity: linked === 0 ? 0 : same / linked,
      one_entity: gold.rows.length === 0 ? 0 : single / gold.rows.length,
      distinct_people: people === 0 ? 0 : (people - sharedPeople) / people,
    },
    counts: {
      rows: gold.rows.length,
      linked_to_glossary: linked,
      same_entity: same,
      one_entity: single,
      shared: shared.length,
    },
    misses,
  }
}
