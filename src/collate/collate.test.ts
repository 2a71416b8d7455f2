import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { collate } from './collate.ts'
import { formatApparatus } from './format-apparatus.ts'

// Made up: two OCR'd versions of one letter. B joins a hyphenated word, misreads letters (rn for m, 1 for l),
// drops "and" and the phrase "Moscow and", moves a clause, spells a name otherwise and changes punctuation.
const A = `My dear friend,
I have received your letter of the 3rd of May and I thank you for
the news from Moscow and the Central Committee. The meeting of the bureau was post-
poned until the end of the month, because the delegates from the south
had not yet arrived. Please tell comrade Trotskii that the report is ready.`
const B = `My dear friend!
I have received your letter of the 3rd of May; I thank you for
the news from the Central Cornmittee. Because the delegates from the south
had not yet arrived, the meeting of the bureau was postponed until the end
of the month. P1ease tell comrade Trotsky that the "report" is ready.`

const lineOf = (witness: string, offset: number) =>
  (witness === 'A' ? A : B).slice(0, offset).split('\n').length

describe('collate', () => {
  it('gives the expected apparatus for two OCR versions of one letter', () => {
    const apparatus = collate([
      { id: 'A', text: A },
      { id: 'B', text: B },
    ])
    assert.deepEqual(formatApparatus(apparatus, { lineOf }), [
      '2 | and ] om. (B)',
      '3 | Moscow and ] om. (B)',
      '3 | The meeting of the bureau was postponed until the end of the month ] transp. to line 4 (B)',
    ])
    const moved = apparatus.places[2]?.readings[1]
    assert.equal(
      B.slice(moved?.span.start, moved?.span.end).replace(/\s+/g, ' '),
      'the meeting of the bureau was postponed until the end of the month',
    )
  })

  it('lists every witness at each place, those that agree with the lemma too', () => {
    const apparatus = collate([
      { id: 'A', text: 'the red house by the river' },
      { id: 'B', text: 'the house by the river' },
      { id: 'C', text: 'the red house by the old river' },
    ])
    assert.deepEqual(
      apparatus.places.map((place) => [
        place.lemma,
        place.readings.map((r) => `${r.witness}:${r.kind}:${r.text}`),
      ]),
      [
        ['red', ['A:agreement:red', 'B:omission:', 'C:agreement:red']],
        ['', ['A:agreement:', 'B:agreement:', 'C:addition:old']],
      ],
    )
  })

  it('finds no variant where witnesses differ only in punctuation, case and line breaks', () => {
    const apparatus = collate([
      { id: 'A', text: 'Dear comrade, the Plenum has ended.' },
      { id: 'B', text: '"dear comrade" -- the plenum\nhas ended' },
    ])
    assert.deepEqual(apparatus.places, [])
  })

  it('refuses fewer than two witnesses and repeated ids', () => {
    assert.throws(() => collate([{ id: 'A', text: 'a' }]), {
      message: 'Cannot collate 1 witness: give two or more',
    })
    assert.throws(
      () =>
        collate([
          { id: 'A', text: 'a' },
          { id: 'A', text: 'b' },
        ]),
      { message: 'Cannot collate witnesses with the same id: A, A' },
    )
  })

  it('collates two texts of 30,000 words in under two seconds', () => {
    const vocabulary = Array.from({ length: 3000 }, (_, k) => `w${k.toString(36)}x`)
    let seed = 7
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) % n
    }
    const common = ['the', 'of', 'and', 'to', 'in']
    const base = Array.from({ length: 30000 }, () =>
      random(3) === 0 ? (common[random(5)] as string) : (vocabulary[random(3000)] as string),
    )
    const other = base.flatMap((word) => {
      const roll = random(100)
      if (roll < 2) return []
      if (roll < 4) return [word, vocabulary[random(3000)] as string]
      if (roll < 6) return [vocabulary[random(3000)] as string]
      return [word]
    })
    const started = performance.now()
    const apparatus = collate([
      { id: 'A', text: base.join(' ') },
      { id: 'B', text: other.join(' ') },
    ])
    const elapsed = performance.now() - started
    console.log(`30k words: ${apparatus.places.length} places in ${Math.round(elapsed)} ms`)
    assert.ok(apparatus.places.length > 1000)
    assert.ok(elapsed < 2000, `took ${Math.round(elapsed)} ms`)
  })
})
