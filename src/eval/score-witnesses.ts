import type { SourceEdition, VariantRecord } from '../core/index.ts'
import type { EvalScore, GoldTable, Scorer } from './eval-score.ts'

/**
 * Folds a reading for comparison: line breaks (`⏎`) and runs of space to one space, curly quotes to
 * straight ones, hyphens dropped (so a kept or joined line-end hyphen does not count as a difference).
 * @example normalizeReading('com-⏎position’s') // "composition's"
 */
export function normalizeReading(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/-[ \t]*(?:⏎|\n)\s*/g, '')
    .replace(/⏎/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00ad|-/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

interface Counts {
  matched: number
  baku: number
  kind: number
  endLine: number
  high: number
  highCorrect: number
}

/**
 * Scores two-witness variants against `baku-variants.tsv`: a gold row is matched by where its bracket
 * opens (line, and index among the brackets opening on that line) to the found variant whose provenance
 * starts on that line, in order. The edition whose variants match best is scored (the gold names no file).
 * @example scoreWitnesses(readGoldTable('baku-variants.tsv'), editions).metrics.bracket_recall
 */
export const scoreWitnesses: Scorer = (gold: GoldTable, editions: readonly SourceEdition[]): EvalScore => {
  const scored = editions.map((edition) => scoreEdition(gold, edition))
  const best = scored.sort((a, b) => (b.counts.matched ?? 0) - (a.counts.matched ?? 0))[0]
  return best ?? scoreEdition(gold, undefined)
}

function scoreEdition(gold: GoldTable, edition: SourceEdition | undefined): EvalScore {
  const variants = (edition?.witnesses ?? []).flatMap((set) => set.variants)
  const byLine = groupByLine(variants)
  const counts: Counts = { matched: 0, baku: 0, kind: 0, endLine: 0, high: 0, highCorrect: 0 }
  const misses: string[] = []
  for (const row of gold.rows) {
    const line = Number(row.line)
    const index = Number(row.bracket_index_on_line)
    const found = byLine.get(line)?.[index - 1]
    const high = row.span_certainty === 'high'
    if (high) counts.high++
    if (found === undefined) {
      misses.push(`${line}#${index}: no variant (expected "${row.baku_reading}")`)
      continue
    }
    counts.matched++
    if (found.provenance.lineEnd === Number(row.bracket_end_line)) counts.endLine++
    else
      misses.push(
        `${line}#${index}: bracket ends on ${found.provenance.lineEnd}, expected ${row.bracket_end_line}`,
      )
    if (normalizeReading(found.otherReading) === normalizeReading(row.baku_reading ?? '')) counts.baku++
    else misses.push(`${line}#${index}: Baku reading "${found.otherReading}", expected "${row.baku_reading}"`)
    if (found.kind === row.kind) counts.kind++
    else misses.push(`${line}#${index}: kind ${found.kind}, expected ${row.kind}`)
    if (!high) continue
    if (normalizeReading(found.baseReading) === normalizeReading(row.medvedev_1926_reading ?? ''))
      counts.highCorrect++
    else
      misses.push(
        `${line}#${index}: base reading "${found.baseReading}", expected "${row.medvedev_1926_reading}"`,
      )
  }
  const total = gold.rows.length
  return {
    gold: gold.name,
    metrics: {
      bracket_recall: ratio(counts.matched, total),
      bracket_precision: ratio(counts.matched, variants.length),
      bracket_end_line_accuracy: ratio(counts.endLine, total),
      baku_reading_accuracy: ratio(counts.baku, total),
      kind_accuracy: ratio(counts.kind, total),
      medvedev_reading_accuracy_high: ratio(counts.highCorrect, counts.high),
    },
    counts: { gold: total, found: variants.length, ...counts },
    misses,
  }
}

function groupByLine(variants: readonly VariantRecord[]): Map<number, VariantRecord[]> {
  const byLine = new Map<number, VariantRecord[]>()
  const sorted = [...variants].sort((a, b) => a.provenance.span.start - b.provenance.span.start)
  for (const variant of sorted) {
    const list = byLine.get(variant.provenance.lineStart) ?? []
    list.push(variant)
    byLine.set(variant.provenance.lineStart, list)
  }
  return byLine
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}
