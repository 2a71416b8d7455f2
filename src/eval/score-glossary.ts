import type { GlossaryRecord } from '../core/index.ts'
import { findEditionForGold, harmonicMean, looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

type Row = Readonly<Record<string, string>>

/** The gold's label for an alias printed in a parenthesis without a label; fond calls it plainly 'alias'. */
const GOLD_UNLABELLED = 'alias (unlabelled parenthesis)'

/**
 * Scores the glossary entries of an edition against a glossary gold table (`glossary-001.tsv`). A gold row
 * matches the entry that starts on its line. Field accuracies count over all gold rows (a missed entry is
 * wrong in every field): name, aliases (label + name, loosely), life dates (birth and death together),
 * entry type, cross-reference target, and all of them together.
 * @example scoreGlossary(readGoldTable('glossary-001.tsv'), [edition]).metrics.recall
 */
export const scoreGlossary: Scorer = (gold, editions) => {
  const edition = findEditionForGold(gold, editions)
  const found = edition?.glossary ?? []
  const byLine = new Map(found.map((entry) => [entry.provenance.lineStart, entry]))
  const goldLines = new Set(gold.rows.map((row) => Number(row.line)))
  const misses: string[] = []
  const right = { name: 0, alias: 0, dates: 0, type: 0, see: 0, all: 0 }
  let matched = 0
  for (const row of gold.rows) {
    const entry = byLine.get(Number(row.line))
    if (entry === undefined) {
      misses.push(`line ${row.line}: expected entry "${row.canonical_name}", found none`)
      continue
    }
    matched++
    const checks = compareEntry(row, entry)
    for (const [field, ok] of Object.entries(checks) as [keyof typeof checks, boolean][]) {
      if (ok) right[field]++
    }
    if (Object.values(checks).every(Boolean)) right.all++
    else misses.push(describeMiss(row, entry, checks))
  }
  for (const entry of found) {
    if (!goldLines.has(entry.provenance.lineStart)) {
      misses.push(
        `line ${entry.provenance.lineStart}: found entry "${entry.name}" that the gold does not have`,
      )
    }
  }
  const total = gold.rows.length
  const recall = ratio(matched, total)
  const precision = ratio(
    found.filter((entry) => goldLines.has(entry.provenance.lineStart)).length,
    found.length,
  )
  return {
    gold: gold.name,
    metrics: {
      recall,
      precision,
      f1: harmonicMean(precision, recall),
      name_accuracy: ratio(right.name, total),
      alias_accuracy: ratio(right.alias, total),
      life_dates_accuracy: ratio(right.dates, total),
      entry_type_accuracy: ratio(right.type, total),
      see_accuracy: ratio(right.see, total),
      field_accuracy: ratio(right.all, total),
    },
    counts: { gold: total, found: found.length, matched, all_fields_right: right.all },
    misses,
  }
}

function compareEntry(row: Row, entry: GlossaryRecord) {
  return {
    name: looseText(entry.name) === looseText(row.canonical_name),
    alias: formatAliases(entry) === looseText((row.real_name_alias ?? '').replace(GOLD_UNLABELLED, 'alias')),
    dates:
      (entry.birthYear ?? '') === (row.birth_year ?? '') &&
      (entry.deathYear ?? '') === (row.death_year ?? ''),
    type: entry.entryType === row.entry_type,
    see: looseText(entry.see) === looseText((row.see ?? '').replace(/\s*\(no glossary entry\)$/, '')),
  }
}

function formatAliases(entry: GlossaryRecord): string {
  return looseText(entry.aliases.map((alias) => `${alias.label}: ${alias.name}`).join('; '))
}

function describeMiss(row: Row, entry: GlossaryRecord, checks: Record<string, boolean>): string {
  const found: Record<string, string> = {
    name: `${entry.name} | ${row.canonical_name}`,
    alias: `${formatAliases(entry)} | ${row.real_name_alias}`,
    dates: `${entry.birthYear ?? ''}–${entry.deathYear ?? ''} | ${row.birth_year}–${row.death_year}`,
    type: `${entry.entryType} | ${row.entry_type}`,
    see: `${entry.see ?? ''} | ${row.see}`,
  }
  const wrong = Object.keys(checks).filter((field) => checks[field] === false)
  return `line ${row.line}: ${wrong.map((field) => `${field} (found | gold) ${found[field]}`).join('; ')}`
}
