import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { CORPUS_DIR, runFond } from './run-fond.ts'

const dir = mkdtempSync(join(tmpdir(), 'fond-query-'))
const db = join(dir, 'edition.db')
after(() => rmSync(dir, { recursive: true, force: true }))

/** Runs fond on the test store and parses its JSON output, failing on a non-zero exit. */
function json(args: readonly string[]) {
  const result = runFond(['--db', db, ...args, '--json'])
  assert.equal(result.code, 0, `fond ${args.join(' ')}: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

/** Asserts the shape of a passage as the query commands print it. */
function assertPassage(passage: Record<string, unknown>) {
  assert.equal(typeof passage.file, 'string')
  assert.equal(typeof passage.lineStart, 'number')
  assert.equal(typeof passage.quote, 'string')
  assert.equal(typeof passage.rule, 'string')
}

// Shapes and exit codes only: the extractors are in progress, so what the facts say is checked elsewhere.
describe('queries over the facts of the corpus', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  before(() => {
    const result = runFond(['--db', db, 'import', CORPUS_DIR, '--json'])
    assert.equal(result.code, 0, result.stderr)
  })

  it('prints help for every query command', () => {
    for (const command of ['facts', 'who', 'timeline', 'conflicts', 'members', 'system', 'search']) {
      const result = runFond([command, '--help'])
      assert.equal(result.code, 0, `fond ${command} --help`)
      assert.match(result.stdout, /Usage: fond/)
    }
  })

  it('lists facts, each with at least one passage, filtered by type and entity', () => {
    const facts = json(['facts'])
    assert.ok(Array.isArray(facts))
    for (const fact of facts) assert.ok(fact.evidence.length >= 1, fact.id)
    const posts = json(['facts', '--type', 'post'])
    assert.ok(posts.every((f: { type: string }) => f.type === 'post'))
    assert.ok(Array.isArray(json(['facts', '--entity', 'Politburo'])))
    assert.ok(Array.isArray(json(['facts', '--weak'])))
    const table = runFond(['--db', db, 'facts', '--type', 'post'])
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /\d+ facts/)
  })

  it('searches across spellings and scripts, with file, lines, snippets and facets', () => {
    const answer = json(['search', 'Троцкий'])
    assert.equal(answer.entities[0].id, 'person:trotsky-l-d')
    assert.ok(answer.total >= 50, `${answer.total} documents`)
    for (const found of answer.documents) {
      assert.match(found.file, /\.txt$/)
      assert.match(found.lines, /^\d+(-\d+)?$/)
    }
    assert.ok(answer.facets.person.some((f: { value: string }) => f.value === 'person:trotsky-l-d'))
    const letters = json(['search', '"Central Committee"', '--type', 'letter', '--limit', '5'])
    assert.ok(letters.total > 5)
    assert.equal(letters.documents.length, 5)
    assert.ok(letters.documents.every((d: { type: string }) => d.type === 'letter'))
    const next = json(['search', '"Central Committee"', '--type', 'letter', '--limit', '5', '--offset', '5'])
    assert.equal(next.documents.length, 5)
    assert.ok(
      !next.documents.some((d: { documentId: string }) =>
        letters.documents.some((l: { documentId: string }) => l.documentId === d.documentId),
      ),
    )
    assert.equal(json(['search', 'zzqqxx']).total, 0)
    const plain = runFond(['--db', db, 'search', 'Trotskii', '--limit', '2'])
    assert.equal(plain.code, 0, plain.stderr)
    assert.match(plain.stdout, /person:trotsky-l-d/)
    assert.match(plain.stdout, /\[Trotsk/)
    assert.match(plain.stdout, /--offset 2 for the next page/)
    assert.equal(runFond(['--db', db, 'search', 'Trotsky', '--person', 'person:nobody']).code, 3)
    assert.equal(runFond(['--db', db, 'search', 'Trotsky', '--limit', '0']).code, 2)
    assert.equal(runFond(['--db', db, 'search', 'Trotsky', '--year', '26']).code, 2)
  })

  it('answers who held a role in a body on a day, each name with passages', () => {
    for (const on of ['1925-07-01', '1926-02-01', '1930-06-01']) {
      const answer = json(['who', '--role', 'member', '--body', 'Politburo', '--on', on])
      assert.equal(answer.body.id, 'body:politburo')
      assert.equal(answer.on, on)
      assert.ok(Array.isArray(answer.holders))
      for (const holder of answer.holders) {
        assert.equal(typeof holder.person, 'string')
        assert.ok(['stated', 'inferred'].includes(holder.certainty))
        assert.ok(holder.passages.length >= 1)
        for (const passage of holder.passages) assertPassage(passage)
      }
    }
    const table = runFond([
      '--db',
      db,
      'who',
      '--role',
      'member',
      '--body',
      'Political Bureau',
      '--on',
      '1926-02-01',
    ])
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /in Politburo on 1926-02-01/)
  })

  it('shows the timeline of a person found by any spelling', () => {
    const answer = json(['timeline', 'Molotov'])
    assert.equal(answer.entity.type, 'person')
    assert.ok(Array.isArray(answer.entries))
    const days = answer.entries.map((e: { day: string | null }) => e.day)
    const dated = days.filter((d: string | null) => d !== null)
    assert.deepEqual(dated, [...dated].sort(), 'dated entries in date order')
    assert.deepEqual(
      days.slice(dated.length),
      days.filter((d: string | null) => d === null),
      'undated last',
    )
    for (const entry of answer.entries) for (const passage of entry.passages) assertPassage(passage)
  })

  it('lists conflicts with the passages of every claim', () => {
    const conflicts = json(['conflicts'])
    assert.ok(Array.isArray(conflicts))
    for (const conflict of conflicts) {
      assert.equal(typeof conflict.description, 'string')
      assert.ok(conflict.claims.length >= 1)
      for (const claim of conflict.claims) for (const passage of claim.passages) assertPassage(passage)
    }
    const table = runFond(['--db', db, 'conflicts'])
    assert.equal(table.code, 0, table.stderr)
    assert.match(table.stdout, /\d+ conflicts/)
  })

  it('lists the members of a body over time and the whole system on a day', () => {
    const members = json(['members', 'Political Bureau'])
    assert.equal(members.body.id, 'body:politburo')
    const names = new Set(members.periods.map((p: { name: string }) => p.name.split(',')[0]))
    for (const name of ['Stalin', 'Molotov', 'Kamenev', 'Kirov'])
      assert.ok(names.has(name), `${name} missing`)
    const system = json(['system', '--on', '1926-02-01'])
    const politburo = system.find((b: { body: string }) => b.body === 'body:politburo')
    assert.ok(politburo.holders.some((h: { name: string }) => h.name.startsWith('Molotov')))
    assert.equal(runFond(['--db', db, 'system', '--on', '1926-02-31']).code, 2)
  })

  it('exits 2 on bad arguments', () => {
    const cases = [
      ['who', '--role', 'member', '--body', 'Politburo', '--on', '1926-02-30'],
      ['who', '--role', 'member', '--body', 'Politburo', '--on', 'February 1926'],
      ['who', '--body', 'Politburo'],
      ['facts', '--type', 'opinion'],
      ['timeline'],
    ]
    for (const args of cases) {
      const result = runFond(['--db', db, ...args])
      assert.equal(result.code, 2, `fond ${args.join(' ')}: ${result.stderr}`)
    }
  })

  it('exits 3 on an unknown entity or body', () => {
    const cases = [
      ['who', '--role', 'member', '--body', 'Zzyzx Bureau of Nothing', '--on', '1926-02-01'],
      ['timeline', 'Zzyzx Qwertyuiop'],
      ['facts', '--entity', 'person:nobody-at-all'],
    ]
    for (const args of cases) {
      const result = runFond(['--db', db, ...args])
      assert.equal(result.code, 3, `fond ${args.join(' ')}: ${result.stderr}`)
      assert.match(result.stderr, /Cannot find/)
    }
  })
})
