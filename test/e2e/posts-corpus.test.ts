import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { Fact } from '../../src/core/index.ts'
import { membersOn } from '../../src/extract/posts/members-on.ts'
import { readSourceFile } from '../../src/importer/index.ts'
import { runPipeline } from '../../src/pipeline/index.ts'
import { CORPUS_DIR } from './run-fond.ts'

const LETTERS_BOOK = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR).find((name) => name.startsWith('001_'))
  : undefined

describe('Politburo membership as the letters book states it (Institutional Background)', {
  skip: LETTERS_BOOK === undefined ? 'the shared corpus is not beside the project' : false,
}, () => {
  const result = runPipeline(readSourceFile(join(CORPUS_DIR, LETTERS_BOOK ?? '')))
  const text = result.text?.text ?? ''
  const statements = (result.facts ?? []).filter(
    (fact) => fact.evidence[0].rule === 'extract/posts:membership-statement',
  )
  const members = (date: string, predicate = 'member') =>
    [...new Set(membersOn(statements, 'body:politburo', predicate, date).map((fact) => fact.subject))].sort()

  it('on 1925-07-01: the seven full members listed for 1925', () => {
    assert.deepEqual(members('1925-07-01'), [
      'person:bucharin-n-i',
      'person:kamenev-l-b',
      'person:rikov-a-i',
      'person:sinovev-g-e',
      'person:stalin',
      'person:tomski-m-p',
      'person:trotski-l-d',
    ])
  })

  it('on 1926-02-01: Molotov and Voroshilov full members, Kamenev a candidate', () => {
    assert.deepEqual(members('1926-02-01'), [
      'person:bucharin-n-i',
      'person:molotov-v-m',
      'person:rikov-a-i',
      'person:sinovev-g-e',
      'person:stalin',
      'person:tomski-m-p',
      'person:trotski-l-d',
      'person:voroshilov-k-e',
    ])
    assert.deepEqual(members('1926-02-01', 'candidate-member'), ['person:kamenev-l-b'])
  })

  it('on 1930-06-01: the ten members listed for 1930', () => {
    assert.deepEqual(members('1930-06-01'), [
      'person:kaganovich-l-m',
      'person:kalinin-m-i',
      'person:kirov-s-m',
      'person:kosior-s-v',
      'person:kuibishev-v-v',
      'person:molotov-v-m',
      'person:rikov-a-i',
      'person:rudsutak-ia-e',
      'person:stalin',
      'person:voroshilov-k-e',
    ])
  })

  it('rests each name on a passage that names the Politburo', () => {
    for (const fact of statements as Fact[]) {
      const passage = text.slice(fact.evidence[0].span.start, fact.evidence[0].span.end)
      assert.match(passage, /Politburo/)
    }
  })
})

describe('posts read from appositions in running text of the letters book', {
  skip: LETTERS_BOOK === undefined ? 'the shared corpus is not beside the project' : false,
}, () => {
  const result = runPipeline(readSourceFile(join(CORPUS_DIR, LETTERS_BOOK ?? '')))
  const text = result.text?.text ?? ''
  const appositions = (result.facts ?? []).filter(
    (fact) => fact.evidence[0].rule === 'extract/posts:apposition',
  )

  it('finds Kuibyshev as chairman of the Central Control Commission, with the passage', () => {
    const fact = appositions.find(
      (each) => each.subject === 'person:kuibishev-v-v' && each.object === 'body:central-control-commission',
    )
    assert.ok(fact, 'no apposition fact for Kuibyshev and the Central Control Commission')
    assert.equal(fact.role, 'chairman')
    assert.equal(fact.predicate, 'held-post')
    assert.deepEqual(fact.inferred, ['start', 'end'])
    const passage = text.slice(fact.evidence[0].span.start, fact.evidence[0].span.end)
    assert.match(passage, /Kuibyshev, the chairman of the Central Control Commission/)
  })

  it('gives every apposition a person, a role, an institution and a passage that names them', () => {
    assert.ok(appositions.length >= 20, `only ${appositions.length} appositions`)
    for (const fact of appositions) {
      const passage = text.slice(fact.evidence[0].span.start, fact.evidence[0].span.end)
      assert.ok(passage.includes(fact.institution ?? '\u0000'), `${fact.institution} not in "${passage}"`)
      assert.ok(fact.confidence >= 0.6 && fact.confidence <= 0.75)
    }
  })
})
