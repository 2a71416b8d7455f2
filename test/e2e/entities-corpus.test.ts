import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { CORPUS_DIR, runFond } from './run-fond.ts'

const dir = mkdtempSync(join(tmpdir(), 'fond-entities-'))
const db = join(dir, 'edition.db')
after(() => rmSync(dir, { recursive: true, force: true }))

/** The ids `fond entities --query` finds first for a name, people only. */
function firstPerson(query: string): string | undefined {
  const result = runFond(['--db', db, 'entities', '--type', 'person', '--query', query, '--json'])
  assert.equal(result.code, 0, result.stderr)
  return JSON.parse(result.stdout)[0]?.id
}

describe('entities of the corpus', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  before(() => {
    const result = runFond(['--db', db, 'import', CORPUS_DIR, '--json'])
    assert.equal(result.code, 0, result.stderr)
  })

  it('finds the same person in any spelling or script', () => {
    const groups = [
      ['Trotsky', 'Trotskii', 'Trotskij', 'Trotzki', 'Троцкий'],
      ['Zinoviev', 'Zinov’ev', 'Зиновьев'],
      ['Iagoda', 'Yagoda'],
    ]
    for (const spellings of groups) {
      const ids = spellings.map(firstPerson)
      assert.ok(ids[0] !== undefined, `nothing found for ${spellings[0]}`)
      assert.deepEqual(new Set(ids).size, 1, `${spellings.join(', ')} → ${ids.join(', ')}`)
    }
  })

  it('shows an entity with every mention in context', () => {
    const id = firstPerson('Trotsky')
    const shown = runFond(['--db', db, 'entity', id ?? '', '--json'])
    assert.equal(shown.code, 0, shown.stderr)
    const { entity, mentions } = JSON.parse(shown.stdout)
    assert.equal(entity.id, id)
    assert.ok(mentions.length > 100)
    for (const mention of mentions) assert.ok(mention.provenance.quote.exact.length > 0)
  })

  it('lists archival citations grouped by archive and fond', () => {
    const result = runFond(['--db', db, 'citations', '--json'])
    assert.equal(result.code, 0, result.stderr)
    const archives = JSON.parse(result.stdout).map((group: { archive: string }) => group.archive)
    assert.ok(archives.includes('RGASPI'))
    assert.ok(!archives.includes('RTsKhIDNI'), 'a renamed archive is one archive')
  })
})

describe('import order', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  it('resolves every source the same whatever the order of the files in one import', () => {
    const files = ['003', '004', '000', '002', '001'].map((prefix) =>
      join(CORPUS_DIR, readdirSync(CORPUS_DIR).find((name) => name.startsWith(prefix)) ?? ''),
    )
    const reversed = join(dir, 'reversed.db')
    const result = runFond(['--db', reversed, 'import', '--jobs', '1', ...files, '--json'])
    assert.equal(result.code, 0, result.stderr)
    const entitiesOf = (database: string) =>
      JSON.parse(runFond(['--db', database, 'mentions', '--type', 'person', '--json']).stdout).map(
        (m: { file: string; start: number; entityId?: string }) =>
          `${m.file}:${m.start}:${m.entityId ?? '?'}`,
      )
    assert.deepEqual(entitiesOf(reversed), entitiesOf(db))
  })
})

describe('the Politburo on a date', {
  skip: existsSync(CORPUS_DIR) ? false : 'the shared corpus is not beside the project',
}, () => {
  /** The surnames `fond who` gives for full members of the Politburo on a date, each checked to rest on a passage. */
  function members(on: string): string[] {
    const result = runFond([
      '--db',
      db,
      'who',
      '--role',
      'member',
      '--body',
      'Politburo',
      '--on',
      on,
      '--json',
    ])
    assert.equal(result.code, 0, result.stderr)
    const { holders } = JSON.parse(result.stdout) as {
      holders: { name: string; passages: { file: string; lineStart: number }[] }[]
    }
    for (const holder of holders) assert.ok(holder.passages.length > 0, `${holder.name} has no passage`)
    return holders.map((holder) => holder.name.split(',')[0] ?? '')
  }

  // What the letters book states (Institutional Background): the names must all be there.
  const stated: Record<string, string[]> = {
    '1925-07-01': ['Stalin', 'Kamenev', 'Trotsky', 'Zinoviev', 'Rykov', 'Tomsky', 'Bukharin'],
    '1926-02-01': ['Stalin', 'Trotsky', 'Zinoviev', 'Rykov', 'Tomsky', 'Bukharin', 'Molotov', 'Voroshilov'],
    '1930-06-01': [
      'Stalin',
      'Voroshilov',
      'Kaganovich',
      'Kalinin',
      'Kirov',
      'Kosior',
      'Kuibyshev',
      'Molotov',
      'Rudzutak',
      'Rykov',
    ],
  }
  for (const [on, names] of Object.entries(stated)) {
    it(`lists the members the book states for ${on}, each with its passage`, () => {
      const found = members(on)
      for (const name of names)
        assert.ok(found.includes(name), `${name} missing on ${on}: ${found.join(', ')}`)
    })
  }

  it('does not count a demoted member', () => {
    assert.ok(!members('1926-02-01').includes('Kamenev'))
  })
})
