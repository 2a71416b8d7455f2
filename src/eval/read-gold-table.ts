import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { GoldTable } from './eval-score.ts'

/**
 * Reads a gold TSV (header row, no quoting; `⏎` stands for a line break inside a value).
 * @example readGoldTable('../shared/gold/letters-001.tsv').rows.length // 89
 */
export function readGoldTable(path: string): GoldTable {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
  const header = (lines[0] ?? '').split('\t')
  const rows = lines.slice(1).map((line) => {
    const cells = line.split('\t')
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))
  })
  return { name: basename(path), rows }
}
