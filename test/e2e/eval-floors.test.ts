import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { CORPUS_DIR, GOLD_DIR, runFond } from './run-fond.ts'

/** Floors that `fond eval` must reach on the corpus. They may only rise. */
const FLOORS: Record<string, Record<string, number>> = JSON.parse(
  readFileSync(new URL('./eval-floors.json', import.meta.url), 'utf8'),
)

const available = existsSync(CORPUS_DIR) && existsSync(GOLD_DIR)
const dir = mkdtempSync(join(tmpdir(), 'fond-eval-'))
const db = join(dir, 'edition.db')
after(() => rmSync(dir, { recursive: true, force: true }))

describe('fond eval on the corpus', {
  skip: available ? false : 'the shared corpus and gold are not beside the project',
}, () => {
  let scores: Record<string, { metrics?: Record<string, number>; notScored?: string }> = {}

  it('imports every corpus file without a failure', () => {
    const result = runFond(['--db', db, 'import', CORPUS_DIR, '--json'])
    assert.equal(result.code, 0, result.stderr)
    const summary = JSON.parse(result.stdout)
    assert.equal(summary.totals.files, 5)
    assert.equal(summary.totals.failed, 0)
  })

  it('prints one JSON object keyed by gold file name', () => {
    const result = runFond(['--db', db, 'eval', '--json', '--gold', GOLD_DIR])
    assert.equal(result.code, 0, result.stderr)
    scores = JSON.parse(result.stdout)
    for (const key of Object.keys(FLOORS)) assert.ok(key in scores, `no score for ${key}`)
  })

  for (const [key, floors] of Object.entries(FLOORS)) {
    for (const [metric, floor] of Object.entries(floors)) {
      it(`${key}: ${metric} is at least ${floor}`, () => {
        const value = scores[key]?.metrics?.[metric]
        assert.ok(value !== undefined, `${key} has no metric ${metric}`)
        assert.ok(value >= floor, `${key} ${metric} fell to ${value.toFixed(4)} (floor ${floor})`)
      })
    }
  }
})
