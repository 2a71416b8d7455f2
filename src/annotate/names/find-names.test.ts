import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Entity, SourceId, SourceText } from '../../core/index.ts'
import { emptySegmentResult, identityMap } from '../../core/index.ts'
import { findNames } from './find-names.ts'

const authorityDir = new URL('../../../data/authority/', import.meta.url)
const authority: Entity[] = ['people.json', 'bodies.json', 'places.json', 'events.json'].flatMap(
  (file) => JSON.parse(readFileSync(new URL(file, authorityDir), 'utf8')) as Entity[],
)
const context = { sourceId: 'source:test' as SourceId, report() {} }

function names(value: string): string[] {
  const text = {
    sourceId: context.sourceId,
    format: 'plain-text',
    raw: value,
    text: value,
    map: identityMap(value.length),
    removals: [],
    nonProse: [],
  } as unknown as SourceText
  return findNames(text, emptySegmentResult(), { authority }, context).map((m) => `${m.type}:${m.surface}`)
}

const SPEC: readonly [string, readonly string[]][] = [
  ['TO MEMBERS OF THE CC AND CCC', ['body:CC', 'body:CCC']],
  [
    'the Politbureau and the Political Bureau and the politburo',
    ['body:Politbureau', 'body:Political Bureau', 'body:politburo'],
  ],
  ['at the Twelfth Congress of the RKP/b', ['event:Twelfth Congress of the RKP/b', 'body:RKP/b']],
  ['the Declaration of the 46 was sent', ['event:Declaration of the 46']],
  ['from Tiflis to Petrograd, later Leningrad', ['place:Tiflis', 'place:Petrograd', 'place:Leningrad']],
  ['the Labor Defense Council (STO) and Gosplan', ['body:Labor Defense Council', 'body:STO', 'body:Gosplan']],
  ['Peter Schwarz wrote from Peter', ['person:Peter Schwarz', 'place:Peter']],
  ['the Lenin levy', ['person:Lenin', 'event:Lenin levy']],
  ['a sto of the cc', []],
]

for (const [input, expected] of SPEC) {
  test(`names: ${JSON.stringify(input)}`, () => {
    assert.deepEqual(names(input), expected)
  })
}
