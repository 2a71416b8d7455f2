import type { MentionRecord, SourceEdition } from '../core/index.ts'
import { ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

type Row = Readonly<Record<string, string>>

/** How well a mention fits a gold row: 2 same ISO value and text, 1 text only, 0 not at all. */
type Fit = { readonly mention: MentionRecord; readonly rank: number }

/**
 * Scores date mentions against `dates-other.tsv`. A gold row matches a date mention of its file that starts on
 * the row's `line` and whose quoted text contains the row's `core_surface` (its first line) or overlaps where
 * that text stands; one mention per row, a mention with the right ISO value preferred. Metrics: `recall` (rows
 * matched), `precision` (matched mentions / date mentions in the gold's files), `f1`, `iso_accuracy` (ISO right
 * among matched rows), `iso_accuracy_all` (ISO right / all rows), and `iso_accuracy_all:<file>` per file.
 * Misses list rows not found, rows with a wrong ISO value, and mentions no row matched ("extra").
 * @example scoreDates(readGoldTable('dates-other.tsv'), editions).metrics.iso_accuracy_all
 */
export const scoreDates: Scorer = (gold, editions) => {
  const misses: string[] = []
  const used = new Set<MentionRecord>()
  const files = [...new Set(gold.rows.map((row) => row.file ?? ''))]
  const perFile = new Map<string, { rows: number; right: number }>()
  let matched = 0
  let isoRight = 0
  for (const row of gold.rows) {
    const file = row.file ?? ''
    const tally = perFile.get(file) ?? { rows: 0, right: 0 }
    perFile.set(file, tally)
    tally.rows++
    const edition = editions.find((e) => e.source.name === file)
    const fit = edition === undefined ? undefined : bestFit(row, edition, used)
    if (fit === undefined) {
      misses.push(`${file}:${row.line} "${row.surface_text}" (${row.iso}): not found`)
      continue
    }
    used.add(fit.mention)
    matched++
    if (fit.mention.iso === row.iso) {
      isoRight++
      tally.right++
    } else {
      misses.push(
        `${file}:${row.line} "${row.surface_text}" expected "${row.iso}", found "${fit.mention.iso}" for "${fit.mention.surface}"`,
      )
    }
  }
  const found = editions
    .filter((edition) => files.includes(edition.source.name))
    .flatMap((edition) => dateMentions(edition).map((mention) => ({ mention, file: edition.source.name })))
  for (const { mention, file } of found) {
    if (!used.has(mention))
      misses.push(`${file}:${mention.provenance.lineStart} extra "${mention.surface}" (${mention.iso})`)
  }
  const recall = ratio(matched, gold.rows.length)
  const precision = ratio(matched, found.length)
  const perFileMetrics = Object.fromEntries(
    [...perFile].map(([file, tally]) => [`iso_accuracy_all:${file}`, ratio(tally.right, tally.rows)]),
  )
  return {
    gold: gold.name,
    metrics: {
      recall,
      precision,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      iso_accuracy: ratio(isoRight, matched),
      iso_accuracy_all: ratio(isoRight, gold.rows.length),
      ...perFileMetrics,
    },
    counts: { rows: gold.rows.length, found: found.length, matched, isoRight },
    misses,
  }
}

function dateMentions(edition: SourceEdition): readonly MentionRecord[] {
  return (edition.mentions ?? []).filter((mention) => mention.type === 'date')
}

function bestFit(row: Row, edition: SourceEdition, used: ReadonlySet<MentionRecord>): Fit | undefined {
  const line = Number(row.line)
  const core = (row.core_surface || row.surface_text || '').split('⏎')[0]!.trim()
  const where = locate(edition.raw, line, core)
  const fits: Fit[] = []
  for (const mention of dateMentions(edition)) {
    if (used.has(mention) || mention.provenance.lineStart !== line) continue
    const contains = loose(mention.provenance.quote.exact).includes(loose(core))
    const span = mention.provenance.span
    const overlaps = where !== undefined && span.start < where.end && where.start < span.end
    if (!contains && !overlaps) continue
    fits.push({ mention, rank: (mention.iso === row.iso ? 2 : 0) + (contains ? 1 : 0) })
  }
  return fits.sort((a, b) => b.rank - a.rank)[0]
}

/** Where the core text stands on its line in the original file (raw offsets), if it is there. */
function locate(raw: string, line: number, core: string): { start: number; end: number } | undefined {
  let offset = 0
  for (let i = 1; i < line && offset !== -1; i++) offset = raw.indexOf('\n', offset) + (i === 0 ? 0 : 1)
  if (offset <= 0 && line > 1) return undefined
  const end = raw.indexOf('\n', offset)
  const at = raw.slice(offset, end === -1 ? undefined : end).indexOf(core)
  return at === -1 || core.length === 0 ? undefined : { start: offset + at, end: offset + at + core.length }
}

function loose(value: string): string {
  return value.replace(/[*_]/g, '').replace(/-\n/g, '').replace(/\s+/g, ' ').replace(/[–—]/g, '-').trim()
}
