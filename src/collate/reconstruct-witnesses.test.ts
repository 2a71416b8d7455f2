import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { SourceId, Variant, WitnessSet } from '../core/index.ts'
import { reconstructWitnesses } from './reconstruct-witnesses.ts'

// Made up, in the convention of a text given in two versions: the other version's readings in brackets.
const TEXT =
  'Intro. We define the dependence [significance] of policy, the uninterrupted [omitted] growth [of industry] and [circa 1924] the end.'

function at(needle: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(needle, from)
  return { start, end: start + needle.length }
}

const variant = (v: Omit<Variant, 'certainty' | 'rule'>): Variant => ({
  ...v,
  certainty: 'high',
  rule: 'test',
})

const SET: WitnessSet = {
  sourceId: 'source:test' as SourceId,
  documentId: 'doc:test',
  baseLabel: 'first',
  otherLabel: 'second',
  rule: 'test',
  variants: [
    variant({
      kind: 'substitution',
      span: at('[significance]'),
      baseSpan: at('dependence'),
      baseReading: 'dependence',
      otherReading: 'significance',
    }),
    variant({
      kind: 'omission',
      span: at('[omitted]'),
      baseSpan: at('uninterrupted'),
      baseReading: 'uninterrupted',
      otherReading: '[omitted]',
    }),
    variant({ kind: 'addition', span: at('[of industry]'), baseReading: '', otherReading: 'of industry' }),
  ],
}

describe('reconstructWitnesses', () => {
  it('rebuilds both witnesses; an editorial bracket stays in both', () => {
    const rebuilt = reconstructWitnesses(TEXT, SET, { start: 7, end: TEXT.length })
    assert.equal(
      rebuilt.base.text,
      'We define the dependence  of policy, the uninterrupted  growth  and [circa 1924] the end.',
    )
    assert.equal(
      rebuilt.other.text,
      'We define the significance of policy, the  growth of industry and [circa 1924] the end.',
    )
    assert.equal(rebuilt.base.label, 'first')
  })

  it('locates every variant in both witnesses and maps witness offsets back to the source', () => {
    const rebuilt = reconstructWitnesses(TEXT, SET)
    const readings = rebuilt.variants.map(({ base, other }) => [
      rebuilt.base.text.slice(base.start, base.end),
      rebuilt.other.text.slice(other.start, other.end),
    ])
    assert.deepEqual(readings, [
      ['dependence', 'significance'],
      ['uninterrupted', ''],
      ['', 'of industry'],
    ])
    const located = rebuilt.variants[0]?.base
    assert.deepEqual(
      {
        start: rebuilt.base.map.toRaw(located?.start ?? 0),
        end: rebuilt.base.map.toRaw(located?.end ?? 0, 'end'),
      },
      at('dependence'),
    )
    const added = rebuilt.variants[2]?.other
    assert.equal(rebuilt.other.map.toRaw(added?.start ?? 0), at('[of industry]').start)
  })
})
