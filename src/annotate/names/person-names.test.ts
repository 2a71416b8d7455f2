import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Entity } from '../../core/index.ts'
import { buildPersonLexicon } from './person-lexicon.ts'
import { findPersonNames } from './person-names.ts'
import { tokenize } from './tokenize.ts'

const authorityDir = new URL('../../../data/authority/', import.meta.url)
const authority: Entity[] = ['people.json', 'bodies.json', 'places.json', 'events.json'].flatMap(
  (file) => JSON.parse(readFileSync(new URL(file, authorityDir), 'utf8')) as Entity[],
)
const spec = JSON.parse(readFileSync(new URL('./person-names.spec.json', import.meta.url), 'utf8')) as {
  input: string
  expected: string[]
  note: string
}[]

const surfaces = (text: string): string[] =>
  findPersonNames(text, tokenize(text), buildPersonLexicon(authority)).map((m) => m.surface)

for (const { input, expected, note } of spec) {
  test(`people: ${note}: ${JSON.stringify(input)}`, () => {
    assert.deepEqual(surfaces(input), expected)
  })
}

test('people: a name split over a line keeps its span and joins its surface', () => {
  const text = 'met Lev\nKamenev there'
  const [found] = findPersonNames(text, tokenize(text), buildPersonLexicon(authority))
  assert.deepEqual(found?.span, { start: 4, end: 15 })
  assert.equal(found?.surface, 'Lev Kamenev')
  assert.equal(found?.entityId, undefined)
})

test('people: a made-up lexicon works without the bundled data', () => {
  const mine: Entity[] = [
    { id: 'person:ivanov-p', type: 'person', name: 'Ivanov, Pyotr', variants: ['Petya'], origin: 'test' },
  ]
  const text = 'Petya Ivanov’s diary; P. Ivanov wrote to Petya'
  const found = findPersonNames(text, tokenize(text), buildPersonLexicon(mine)).map((m) => m.surface)
  assert.deepEqual(found, ['Petya Ivanov', 'P. Ivanov', 'Petya'])
})
