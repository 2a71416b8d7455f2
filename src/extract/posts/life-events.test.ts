import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readLifeClause } from './life-events.ts'

describe('readLifeClause', () => {
  it('reads events with and without a printed date', () => {
    assert.deepEqual(readLifeClause('Repressed'), { kind: 'event', predicate: 'repressed' })
    assert.deepEqual(readLifeClause('Arrested, 1933'), {
      kind: 'event',
      predicate: 'arrested',
      period: '1933',
    })
    assert.deepEqual(readLifeClause('Emigré, 1920'), {
      kind: 'event',
      predicate: 'emigrated',
      period: '1920',
    })
    assert.equal(
      readLifeClause('At XIV Party Congress, expelled from party for factional activity')?.kind,
      'event',
    )
    assert.deepEqual(readLifeClause('Shot, 1941'), { kind: 'event', predicate: 'executed', period: '1941' })
  })

  it('reads descriptors: occupations and family relations', () => {
    assert.deepEqual(readLifeClause('Economist, statistician'), { kind: 'descriptor' })
    assert.deepEqual(readLifeClause('Wife of P. Ivanov'), { kind: 'descriptor' })
    assert.deepEqual(readLifeClause("Ivanov's daughter"), { kind: 'descriptor' })
  })

  it('leaves posts alone', () => {
    assert.equal(readLifeClause('Chairman of Kharkov Soviet, 1925'), undefined)
    assert.equal(readLifeClause('Academician at Ukrainian Academy of Sciences'), undefined)
  })
})
