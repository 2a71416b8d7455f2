import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Entity } from '../core/index.ts'
import { mergeAuthority } from './merge-authority.ts'

const person = (id: string, name: string, origin: string, variants: string[] = []): Entity => ({
  id,
  type: 'person',
  name,
  variants,
  origin,
})

describe('mergeAuthority', () => {
  it('keeps two entries of a glossary apart even when their initials could be one person’s', () => {
    const merged = mergeAuthority([
      person('person:orlov-er-i', 'Orlov, Er. I.', 'glossary'),
      person('person:orlov-e-i', 'Orlov, Ye. I.', 'glossary', ['Orlov, Emmanuil']),
    ])
    assert.deepEqual(merged.entities.map((e) => e.id).sort(), ['person:orlov-e-i', 'person:orlov-er-i'])
  })

  it('joins a glossary person to the bundled entity of the same person', () => {
    const merged = mergeAuthority([
      person('person:trotsky-l-d', 'Trotsky, Lev Davidovich', 'authority:people.json'),
      person('person:trotskii-l-d', 'Trotskii, L. D.', 'glossary'),
    ])
    assert.equal(merged.entities.length, 1)
    assert.equal(merged.renamed.get('person:trotskii-l-d'), 'person:trotsky-l-d')
  })
})
