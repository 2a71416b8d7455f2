import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { foldLatinWord, nameKey, nameKeys } from './name-key.ts'

const spec = JSON.parse(readFileSync(new URL('./name-key.spec.json', import.meta.url), 'utf8')) as {
  meet: string[][]
  apart: [string, string][]
  alternates: [string, string][]
}

describe('nameKey', () => {
  for (const group of spec.meet) {
    it(`gives one key to ${group.join(', ')}`, () => {
      const keys = new Set(group.map(nameKey))
      assert.equal(keys.size, 1, `${group.map((name) => `${name} → ${nameKey(name)}`).join('; ')}`)
    })
  }
  for (const [a, b] of spec.apart) {
    it(`keeps "${a}" and "${b}" apart`, () => {
      assert.notEqual(nameKey(a), nameKey(b))
    })
  }
  it('keeps a lower-case query starting with l as it is', () => {
    assert.equal(nameKey('lenin'), nameKey('Lenin'))
    assert.equal(nameKey('lominadze'), nameKey('Lominadze'))
  })
  it('returns an empty key for text without letters', () => {
    assert.equal(nameKey(' — 12 '), '')
  })
})

describe('nameKeys', () => {
  for (const [inflected, nominative] of spec.alternates) {
    it(`offers the key of "${nominative}" for "${inflected}" after its own`, () => {
      const keys = nameKeys(inflected)
      assert.equal(keys[0], nameKey(inflected))
      assert.ok(keys.includes(nameKey(nominative)), keys.join(' | '))
    })
  }
  it('gives Latin names one key', () => {
    assert.deepEqual(nameKeys('Zinoviev'), [nameKey('Zinoviev')])
  })
})

describe('foldLatinWord', () => {
  it('folds the German and LoC forms of Dzerzhinsky to one skeleton', () => {
    assert.equal(foldLatinWord('dserschinski'), foldLatinWord('dzerzhinskii'))
  })
})

describe('nameKey for abbreviations and numerals', () => {
  it('keeps abbreviations in capitals apart that folding would merge', () => {
    assert.notEqual(nameKey('CC'), nameKey('CCC'))
    assert.notEqual(nameKey('TsK'), nameKey('TsKK'))
    assert.notEqual(nameKey('XII Party Congress'), nameKey('XI Party Congress'))
    assert.notEqual(nameKey('XIII'), nameKey('XII'))
  })

  it('still lets an abbreviation meet its other script', () => {
    assert.equal(nameKey('ЦКК'), nameKey('TsKK'))
    assert.equal(nameKey('ВСНХ'), nameKey('VSNKh'))
    assert.equal(nameKey('ОГПУ'), nameKey('OGPU'))
  })
})
