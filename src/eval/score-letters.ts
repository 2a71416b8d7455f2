import type { DocumentRecord } from '../core/index.ts'
import { findEditionForGold, looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

/** Gold columns scored, and how each is read from a stored document. */
const FIELDS: Readonly<Record<string, (doc: DocumentRecord) => string | undefined>> = {
  kind: (doc) => doc.type,
  editorial_date: (doc) => doc.editorialDate?.text,
  header_date: (doc) => doc.headerDate?.text,
  signoff_date: (doc) => doc.signoffDate?.text,
  iso_date: (doc) => (doc.date ?? doc.editorialDate)?.iso,
  // A document without any date is, in the gold's words, undetermined.
  date_qualifier: (doc) => (doc.date ?? doc.editorialDate)?.qualifier ?? 'undetermined',
  date_bound: (doc) => (doc.date ?? doc.editorialDate)?.bound,
  place: (doc) => doc.place?.text,
  addressee: (doc) => doc.addressees.join('; '),
  signer: (doc) => doc.signer?.text,
}

const ITEM_TYPES = new Set(['letter', 'telegram', 'note', 'appendix-document'])

/**
 * Scores the letters of an edition against `letters-001.tsv`: gold rows match the item with the same number
 * in the edition of the file the gold is for. Metrics: `items_found` (recall of numbers), `field_accuracy`
 * over every scored field of every gold row (a missing item is wrong in all), and one accuracy per field.
 * Values compare loosely: trimmed, single spaces, curly and straight quotes equal, emphasis ignored.
 * @example scoreLetters(readGoldTable('letters-001.tsv'), [edition]).metrics.field_accuracy
 */
export const scoreLetters: Scorer = (gold, editions) => {
  const edition = findEditionForGold(gold, editions)
  const byNumber = new Map<string, DocumentRecord>()
  for (const doc of edition?.documents ?? []) {
    if (ITEM_TYPES.has(doc.type) && doc.number !== undefined && !byNumber.has(doc.number))
      byNumber.set(doc.number, doc)
  }
  const names = Object.keys(FIELDS)
  const right = Object.fromEntries(names.map((name) => [name, 0])) as Record<string, number>
  const misses: string[] = []
  let found = 0
  for (const row of gold.rows) {
    const number = row.number ?? ''
    const doc = byNumber.get(number)
    if (doc === undefined) {
      misses.push(`letter ${number}: expected an item, found none`)
      continue
    }
    found++
    for (const name of names) {
      const expected = looseText(row[name])
      const actual = looseText((FIELDS[name] as (d: DocumentRecord) => string | undefined)(doc))
      if (expected === actual) right[name] = (right[name] ?? 0) + 1
      else misses.push(`letter ${number} ${name}: expected "${expected}" found "${actual}"`)
    }
  }
  const total = gold.rows.length
  const correct = Object.values(right).reduce((a, b) => a + b, 0)
  const metrics: Record<string, number> = {
    items_found: ratio(found, total),
    field_accuracy: ratio(correct, total * names.length),
  }
  for (const name of names) metrics[`${name}_accuracy`] = ratio(right[name] ?? 0, total)
  return {
    gold: gold.name,
    metrics,
    counts: {
      gold_rows: total,
      found,
      items_in_edition: byNumber.size,
      fields_right: correct,
      fields: total * names.length,
    },
    misses,
  }
}
