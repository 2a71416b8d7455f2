import type { MentionRecord, SourceEdition } from '../core/index.ts'
import { looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

type Row = Readonly<Record<string, string>>

/** A gold row's expectations: its lines (one mention each) and how many more mentions its lines hold. */
interface Expected {
  readonly row: Row
  readonly lines: readonly number[]
  readonly extra: number
}

/** The person mentions of one file with one surface, by line. */
type FoundByLine = Map<number, MentionRecord[]>

/**
 * Scores person mentions against `people-other.tsv`: each gold row (canonical name, surface form, file, lines,
 * mention count) against the person mentions with that surface in that file, line by line (a row whose count
 * exceeds its lines may take the excess on any of its lines). Metrics: `precision`, `recall` and `f1` over mention
 * counts, and `resolution_accuracy`: among matched mentions, the share that went to the entity most of its canonical
 * name's mentions went to, when that entity is not also the choice of another canonical name.
 * @example scorePeople(readGoldTable('people-other.tsv'), editions).metrics.f1
 */
export const scorePeople: Scorer = (gold, editions) => {
  const misses: string[] = []
  const files = new Set(gold.rows.map((row) => row.file ?? ''))
  const found = collectFound(editions, files)
  const foundTotal = [...found.values()].reduce((sum, byLine) => sum + [...byLine.values()].flat().length, 0)
  const matchedByCanonical = new Map<string, MentionRecord[]>()
  let expectedTotal = 0
  let matched = 0
  for (const row of gold.rows) {
    const expected = toExpected(row)
    expectedTotal += expected.lines.length + expected.extra
    const byLine = found.get(foundKey(row.file ?? '', goldSurface(row))) ?? new Map()
    const taken = takeMatches(expected, byLine)
    matched += taken.length
    const list = matchedByCanonical.get(row.canonical_name ?? '') ?? []
    list.push(...taken)
    matchedByCanonical.set(row.canonical_name ?? '', list)
    const missing = expected.lines.length + expected.extra - taken.length
    if (missing > 0) {
      misses.push(
        `${row.file} "${row.surface_form}" (${row.canonical_name}): ${missing} of ${row.mention_count} not found, lines ${row.lines}`,
      )
    }
  }
  for (const [key, byLine] of found) {
    for (const [line, mentions] of byLine) {
      for (const mention of mentions)
        misses.push(`${key.split('\u0000')[0]}:${line} "${mention.surface}": found, not in the gold`)
    }
  }
  const resolution = scoreResolution(matchedByCanonical, misses)
  const precision = ratio(matched, foundTotal)
  const recall = ratio(matched, expectedTotal)
  return {
    gold: gold.name,
    metrics: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      resolution_accuracy: ratio(resolution.right, matched),
    },
    counts: {
      rows: gold.rows.length,
      expected: expectedTotal,
      found: foundTotal,
      matched,
      resolved: resolution.right,
    },
    misses,
  }
}

function toExpected(row: Row): Expected {
  const lines = (row.lines ?? '')
    .split(/[,;]\s*/)
    .filter((l) => l !== '')
    .map(Number)
  return { row, lines, extra: Math.max(0, Number(row.mention_count ?? lines.length) - lines.length) }
}

/** Takes one mention per expected line, then the excess from any of the row's lines. Taken mentions are removed. */
function takeMatches(expected: Expected, byLine: FoundByLine): MentionRecord[] {
  const taken: MentionRecord[] = []
  const take = (line: number): boolean => {
    const mention = byLine.get(line)?.shift()
    if (mention === undefined) return false
    taken.push(mention)
    return true
  }
  for (const line of expected.lines) take(line)
  let extra = expected.extra
  for (const line of expected.lines) while (extra > 0 && take(line)) extra--
  return taken
}

/** Compared loosely: apostrophes, spaces and case folded, hyphens dropped (a name split at a line end keeps its
 * hyphen in the gold, "Preobrazhen-skii", and loses it in the joined text); initials with or without spaces
 * ("L.D. Trotsky", "L.D.Trotsky") are one form. */
function foundKey(file: string, surface: string): string {
  return `${file}\u0000${looseText(surface).replaceAll('-', '').replace(/\.\s+/g, '.').toLowerCase()}`
}

/** A gold surface without an annotator's trailing remark: "Leon Trotsky (in collection name)". */
function goldSurface(row: Row): string {
  return (row.surface_form ?? '').replace(/\s+\((?:in|as|inside|within)\s[^)]*\)$/, '')
}

function collectFound(
  editions: readonly SourceEdition[],
  files: ReadonlySet<string>,
): Map<string, FoundByLine> {
  const found = new Map<string, FoundByLine>()
  for (const edition of editions) {
    if (!files.has(edition.source.name)) continue
    for (const mention of edition.mentions ?? []) {
      if (mention.type !== 'person') continue
      const key = foundKey(edition.source.name, mention.surface)
      const byLine = found.get(key) ?? new Map<number, MentionRecord[]>()
      const line = mention.provenance.lineStart
      byLine.set(line, [...(byLine.get(line) ?? []), mention])
      found.set(key, byLine)
    }
  }
  return found
}

/** Right: the mention's entity is its canonical name's majority entity, and no other canonical name's majority. */
function scoreResolution(byCanonical: Map<string, MentionRecord[]>, misses: string[]): { right: number } {
  const majority = new Map<string, string>()
  for (const [canonical, mentions] of byCanonical) {
    const counts = new Map<string, number>()
    for (const m of mentions)
      if (m.entityId !== undefined) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1)
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]
    if (best !== undefined) majority.set(canonical, best[0])
  }
  const owners = new Map<string, number>()
  for (const id of majority.values()) owners.set(id, (owners.get(id) ?? 0) + 1)
  let right = 0
  for (const [canonical, mentions] of byCanonical) {
    const id = majority.get(canonical)
    const shared = id !== undefined && (owners.get(id) ?? 0) > 1
    for (const m of mentions) {
      if (id !== undefined && m.entityId === id && !shared) right++
      else
        misses.push(
          `"${m.surface}" line ${m.provenance.lineStart} (${canonical}): resolved to ${m.entityId ?? 'nothing'}${shared ? ` (shared with another name)` : ''}`,
        )
    }
  }
  return { right }
}
