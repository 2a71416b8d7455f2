import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { GlossaryEntry, IndexEntry, SegmentResult, SourceId } from '../core/index.ts'
import { emptySegmentResult } from '../core/index.ts'
import { authorityFromSources } from './authority-from-sources.ts'
import { classifyHeading } from './classify-heading.ts'

const SOURCE = 'source:test' as SourceId
const SPAN = { start: 0, end: 1 }

function person(name: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    sourceId: SOURCE,
    span: SPAN,
    nameAsPrinted: name,
    name,
    entryType: 'person',
    aliases: [],
    description: '',
    rule: 't',
    ...extra,
  }
}
function see(name: string, target: string): GlossaryEntry {
  return { ...person(name), entryType: 'cross-reference', see: target }
}
function heading(text: string, extra: Partial<IndexEntry> = {}): IndexEntry {
  const locators = [{ page: '1' }]
  return {
    sourceId: SOURCE,
    span: SPAN,
    headingAsPrinted: text,
    heading: text,
    locators,
    subentries: [],
    see: [],
    seeAlso: [],
    rule: 't',
    ...extra,
  }
}
function segments(glossary: GlossaryEntry[], index: IndexEntry[]): SegmentResult {
  return { ...emptySegmentResult(), glossary, index }
}

describe('authorityFromSources', () => {
  // Made up, in the book's styles: a glossary of "Surname, Initials" entries and an index that spells some otherwise.
  const result = authorityFromSources(
    segments(
      [
        person('Kamenev, L. B.', { birthYear: '1883', deathYear: '1936', description: 'Politburo member.' }),
        person('Kamenev, S. S.', { description: 'Commander in chief of Red Army, 1919–24.' }),
        person('Dzerzhinsky, F. Ye.'),
        person('Lomov, G. I.', { aliases: [{ label: 'real name', name: 'Oppokov' }] }),
        person('Orlov, P. K.', { aliases: [{ label: 'Party pseudonym', name: 'Petia' }] }),
        person('Zverev, A. N.'),
        see('Grisha', 'Zinoviev, G. Ye.'),
        person('Zinoviev, G. Ye.'),
      ],
      [
        heading('Dzerzhinskii, F. Ye.'),
        heading('Kamenev, L. B.'),
        heading('Orlov, Petia'),
        heading('Zvereva, A. N.'),
        heading('Rozov, D. D.'),
        heading('Koba', { locators: [], see: ['Stalin, Iosif'] }),
        heading('Politburo'),
        heading('Harbin, China'),
        heading('Grain procurement'),
      ],
    ),
  )
  const byName = (name: string) => result.find((entity) => entity.name === name)

  it('makes one person per glossary entry, with a deterministic id', () => {
    assert.equal(byName('Kamenev, L. B.')?.id, 'person:kamenev-l-b')
    assert.equal(byName('Kamenev, S. S.')?.id, 'person:kamenev-s-s')
    assert.equal(byName('Kamenev, L. B.')?.birthYear, '1883')
  })
  it('adds real names, pseudonyms and cross-references as variants', () => {
    assert.ok(byName('Lomov, G. I.')?.variants.includes('Oppokov, G. I.'))
    assert.ok(byName('Zinoviev, G. Ye.')?.variants.includes('Grisha'))
  })
  it('joins index headings to the glossary person they name, across spellings, party names and misprints', () => {
    assert.ok(byName('Dzerzhinsky, F. Ye.')?.variants.includes('Dzerzhinskii, F. Ye.'))
    assert.ok(byName('Orlov, P. K.')?.variants.includes('Orlov, Petia'))
    assert.ok(byName('Zverev, A. N.')?.variants.includes('Zvereva, A. N.'))
    assert.equal(result.filter((entity) => /kamenev/.test(entity.id)).length, 2)
  })
  it('makes index-only people their own entities, and cross-references to people variants', () => {
    assert.equal(byName('Rozov, D. D.')?.origin, 'index')
    assert.ok(byName('Stalin, Iosif')?.variants.includes('Koba'))
  })
  it('makes bodies and places of headings shaped like them, and nothing of topics', () => {
    assert.equal(result.find((entity) => entity.id === 'body:politburo')?.type, 'body')
    assert.equal(result.find((entity) => entity.id === 'place:harbin')?.name, 'Harbin')
    assert.equal(
      result.some((entity) => /grain/.test(entity.id)),
      false,
    )
  })
})

describe('classifyHeading', () => {
  const TABLE: readonly [string, string][] = [
    ['Kamenev, L. B.', 'person'],
    ['Stalin, Josef', 'person'],
    ['Romanov, Great Prince Mikhail', 'person'],
    ['Sun Yat-sen', 'person'],
    ['Trade, Commissariat of', 'body'],
    ['Central Control Commission', 'body'],
    ['Eastman affair', 'event'],
    ['Baku, Azerbaijan', 'place'],
    ['Leadership struggle within Politburo', 'topic'],
    ['Agrarian reform, in China', 'topic'],
    ['"Theory of \'Organized Mismanagement\'" (Bukharin)', 'topic'],
  ]
  for (const [text, kind] of TABLE)
    it(`reads "${text}" as ${kind}`, () => assert.equal(classifyHeading(text), kind))
})
