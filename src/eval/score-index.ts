import type { IndexRecord, Locator } from '../core/index.ts'
import { findEditionForGold, looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

type Row = Readonly<Record<string, string>>

/**
 * Scores the index entries of an edition against one index gold table (`index-people-001.tsv` or
 * `index-other-001.tsv`; each holds part of the same index, so call it once per file). A gold row matches the
 * entry that starts on its line. Locators are compared as multisets of normalised locators (`217n4`,
 * `104nn2,3`, ranges with an en dash and a completed end: `150-51` = `150–151`). Precision needs every gold
 * file of the index at once: `found_at_gold_lines / found` is exact only when the rows of all files are given.
 * @example scoreIndex(readGoldTable('index-people-001.tsv'), [edition]).metrics.locator_accuracy
 */
export const scoreIndex: Scorer = (gold, editions) => {
  const edition = findEditionForGold(gold, editions)
  const found = edition?.index ?? []
  const byLine = new Map(found.map((entry) => [entry.provenance.lineStart, entry]))
  const goldLines = new Set(gold.rows.map((row) => Number(row.line)))
  const misses: string[] = []
  const right = { heading: 0, locators: 0, see: 0, all: 0 }
  let matched = 0
  for (const row of gold.rows) {
    const entry = byLine.get(Number(row.line))
    const heading = row.name ?? row.heading ?? ''
    if (entry === undefined) {
      misses.push(`line ${row.line}: expected entry "${heading}", found none`)
      continue
    }
    matched++
    const checks = {
      heading: looseText(entry.heading) === looseText(heading),
      locators: entryLocators(entry) === goldLocators(row.all_locators_normalized ?? ''),
      see:
        looseList(entry.see) === looseList((row.see ?? '').split(';')) &&
        looseList(entry.seeAlso) === looseList((row.see_also ?? '').split(';')),
    }
    for (const [field, ok] of Object.entries(checks) as [keyof typeof checks, boolean][]) {
      if (ok) right[field]++
    }
    if (Object.values(checks).every(Boolean)) right.all++
    else misses.push(describeMiss(row, entry, checks, heading))
  }
  const foundAtGoldLines = found.filter((entry) => goldLines.has(entry.provenance.lineStart)).length
  const total = gold.rows.length
  return {
    gold: gold.name,
    metrics: {
      recall: ratio(matched, total),
      heading_accuracy: ratio(right.heading, total),
      locator_accuracy: ratio(right.locators, total),
      see_accuracy: ratio(right.see, total),
      field_accuracy: ratio(right.all, total),
    },
    counts: {
      gold: total,
      found: found.length,
      matched,
      found_at_gold_lines: foundAtGoldLines,
      all_fields_right: right.all,
    },
    misses,
  }
}

/** Normalised locator as the gold writes it, with a completed range end. */
function formatLocator(locator: Locator): string {
  const range = locator.pageEnd === undefined ? '' : `–${locator.pageEnd}`
  const note = locator.note === undefined ? '' : `${locator.note.includes(',') ? 'nn' : 'n'}${locator.note}`
  return `${locator.page}${range}${note}`
}

function entryLocators(entry: IndexRecord): string {
  const all = [...entry.locators, ...entry.subentries.flatMap((subentry) => subentry.locators)]
  return all.map(formatLocator).sort().join(' ; ')
}

function goldLocators(value: string): string {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
    .map(normalizeGoldLocator)
    .sort()
    .join(' ; ')
}

function normalizeGoldLocator(item: string): string {
  const match = /^(?<page>\d+)[–-](?<end>\d+)(?<rest>.*)$/.exec(item.replace(/\s/g, ''))
  const page = match?.groups?.page
  const end = match?.groups?.end
  if (page === undefined || end === undefined) return item.replace(/\s/g, '')
  const full = end.length >= page.length ? end : page.slice(0, page.length - end.length) + end
  return `${page}–${full}${match?.groups?.rest ?? ''}`
}

function looseList(values: readonly string[]): string {
  return values
    .map((value) => looseText(value).replace(/\.$/, ''))
    .filter((value) => value.length > 0)
    .join('; ')
}

function describeMiss(
  row: Row,
  entry: IndexRecord,
  checks: Record<string, boolean>,
  heading: string,
): string {
  const detail: Record<string, string> = {
    heading: `${entry.heading} | ${heading}`,
    locators: `${entryLocators(entry)} | ${goldLocators(row.all_locators_normalized ?? '')}`,
    see: `${entry.see.join('; ')} / ${entry.seeAlso.join('; ')} | ${row.see} / ${row.see_also}`,
  }
  const wrong = Object.keys(checks).filter((field) => checks[field] === false)
  return `line ${row.line}: ${wrong.map((field) => `${field} (found | gold) ${detail[field]}`).join('; ')}`
}
