import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { alignTokens } from './align-tokens.ts'
import { comparePair } from './compare-pair.ts'
import { tokenize } from './tokenize.ts'

const words = (text: string) => tokenize(text)

describe('alignTokens', () => {
  it('anchors on rare words, so common words do not pull the alignment across a rewritten passage', () => {
    // A plain shortest edit matches "of the" and "on the" inside the rewritten passage, in five pieces.
    const base = words('we read the report of the commission on the state of the party in the spring')
    const other = words('we read in the spring the theses of the opposition on the growth of the party')
    const matched = alignTokens(base, other)
      .map((j, i) => (j >= 0 ? `${base[i]?.text}=${other[j]?.text}` : ''))
      .filter((pair) => pair !== '')
    assert.deepEqual(matched, ['we=we', 'read=read', 'in=in', 'the=the', 'spring=spring'])
  })

  it('aligns words that differ only by OCR noise, case and hyphenation', () => {
    assert.deepEqual(
      alignTokens(words('The Central Com-\nmittee'), words('the Central Cornmittee')),
      [0, 1, 2],
    )
  })
})

describe('comparePair', () => {
  it('reads an omission, an addition and a substitution', () => {
    const { places } = comparePair(words('a red house by the river'), words('a house near the old river'))
    assert.deepEqual(
      places.map((p) => [p.kind, p.baseStart, p.baseEnd, p.otherStart, p.otherEnd]),
      [
        ['omission', 1, 2, 1, 1],
        ['substitution', 3, 4, 2, 3],
        ['addition', 5, 5, 4, 5],
      ],
    )
  })

  it('reports a block of three or more words that moved as one transposition', () => {
    const { places } = comparePair(
      words('the meeting was postponed because the delegates had not arrived'),
      words('because the delegates had not arrived the meeting was postponed'),
    )
    assert.deepEqual(
      places.map((p) => p.kind),
      ['transposition'],
    )
  })

  it('does not call two moved words a transposition', () => {
    const { places } = comparePair(words('send it to Baku next week'), words('send it next week to Baku'))
    assert.deepEqual(
      places.map((p) => p.kind),
      ['omission', 'addition'],
    )
  })
})
