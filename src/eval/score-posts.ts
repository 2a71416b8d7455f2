import type { FactRecord, GlossaryRecord } from '../core/index.ts'
import { findEditionForGold, looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

/** One post item: role | institution | start | end, as printed. */
export interface PostItemText {
  readonly role: string
  readonly institution: string
  readonly start: string
  readonly end: string
}

const GLOSSARY_RULE = 'extract/posts:glossary-clause'

/**
 * Scores the posts read from a glossary (facts of type 'post' whose evidence lies in a glossary entry) against the
 * `positions` column of a glossary gold table (` ; `-separated `role | institution | start | end` items). Items are
 * paired per entry, each gold item with the unused found item that agrees on most fields (role first).
 * Metrics: items_all_fields_right, role/institution/date accuracy (over gold items) and precision (found items with
 * every field right over found items).
 * @example scorePosts(readGoldTable('glossary-001.tsv'), [edition]).metrics.items_all_fields_right
 */
export const scorePosts: Scorer = (gold, editions) => {
  const edition = findEditionForGold(gold, editions)
  const found = groupByEntry(edition?.glossary ?? [], edition?.facts ?? [], edition?.entities ?? [])
  const right = { all: 0, role: 0, institution: 0, date: 0 }
  const misses: string[] = []
  let goldItems = 0
  let foundItems = 0
  for (const [, items] of found) foundItems += items.length
  for (const row of gold.rows) {
    const expected = parsePositions(row.positions ?? '')
    goldItems += expected.length
    const mine = [...(found.get(Number(row.line)) ?? [])]
    for (const item of expected) {
      const index = bestMatch(item, mine)
      const match = index === undefined ? undefined : mine.splice(index, 1)[0]
      const checks = compareItem(item, match)
      if (checks.role) right.role++
      if (checks.institution) right.institution++
      if (checks.date) right.date++
      if (checks.role && checks.institution && checks.date) right.all++
      else
        misses.push(
          `line ${row.line}: expected "${formatItem(item)}", found "${match === undefined ? '' : formatItem(match)}"`,
        )
    }
    for (const extra of mine) misses.push(`line ${row.line}: found extra "${formatItem(extra)}"`)
  }
  return {
    gold: gold.name,
    metrics: {
      items_all_fields_right: ratio(right.all, goldItems),
      role_accuracy: ratio(right.role, goldItems),
      institution_accuracy: ratio(right.institution, goldItems),
      date_accuracy: ratio(right.date, goldItems),
      precision: ratio(right.all, foundItems),
    },
    counts: { gold_items: goldItems, found_items: foundItems, all_fields_right: right.all },
    misses,
  }
}

/**
 * Reads a gold `positions` cell: ` ; `-separated items of `role | institution | start | end`.
 * @example parsePositions('Party member |  | 1919 | ')[0].start // '1919'
 */
export function parsePositions(cell: string): PostItemText[] {
  if (cell.trim() === '') return []
  return cell.split(' ; ').map((item) => {
    const [role = '', institution = '', start = '', end = ''] = item.split('|').map((field) => field.trim())
    return { role, institution, start, end }
  })
}

/** Post facts read from each glossary entry, keyed by the entry's first line, in the order of the text. */
function groupByEntry(
  glossary: readonly GlossaryRecord[],
  facts: readonly FactRecord[],
  entities: readonly { id: string; name: string }[],
): Map<number, PostItemText[]> {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]))
  const groups = new Map<number, PostItemText[]>()
  for (const fact of facts) {
    if (fact.type !== 'post' || !fact.evidence.some((evidence) => evidence.rule === GLOSSARY_RULE)) continue
    const line = fact.evidence[0]?.lineStart ?? 0
    const entry =
      glossary.find((each) => each.provenance.lineStart <= line && line <= each.provenance.lineEnd) ??
      glossary.find((each) => each.name === names.get(fact.subject))
    if (entry === undefined) continue
    const key = entry.provenance.lineStart
    const items = groups.get(key) ?? []
    items.push({
      role: fact.role ?? '',
      institution: fact.institution ?? '',
      start: fact.start?.text ?? '',
      end: fact.end?.text ?? '',
    })
    groups.set(key, items)
  }
  return groups
}

function bestMatch(item: PostItemText, candidates: readonly PostItemText[]): number | undefined {
  let best: number | undefined
  let bestScore = 0
  candidates.forEach((candidate, index) => {
    const checks = compareItem(item, candidate)
    const score = (checks.role ? 4 : 0) + (checks.institution ? 2 : 0) + (checks.date ? 1 : 0)
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  })
  return best
}

function compareItem(item: PostItemText, found: PostItemText | undefined) {
  if (found === undefined) return { role: false, institution: false, date: false }
  return {
    role: same(item.role, found.role),
    institution: same(item.institution, found.institution),
    date: same(item.start, found.start) && same(item.end, found.end),
  }
}

/** Equal after normalising markup, quotes, spaces, case, dashes and a final period or comma. */
function same(a: string, b: string): boolean {
  return normal(a) === normal(b)
}

function normal(value: string): string {
  return looseText(value)
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/[.,;]+$/, '')
    .trim()
}

function formatItem(item: PostItemText): string {
  return `${item.role} | ${item.institution} | ${item.start} | ${item.end}`
}
