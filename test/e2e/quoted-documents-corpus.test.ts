import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import { readSourceFile } from '../../src/importer/index.ts'
import { runPipeline } from '../../src/pipeline/index.ts'

const corpus = new URL('../../../shared/corpus/', import.meta.url)

/**
 * The documents quoted in the chapter introductions of the letters book, as listed in the corpus write-up
 * (docs/corpus-001.md §5.2): raw start line, ISO date (as printed; "" when none is printed or given by
 * the editors' sentence) and signer (as printed; "" when unsigned).
 */
const TABLE: readonly (readonly [number, string, string])[] = [
  [989, '1925-06-17', 'J. Stalin.<sup>12</sup>'],
  [1003, '1925-05-09', 'General Secretary Inkpin'],
  [1009, '1925-05-21', 'L. Trotsky'],
  [1023, '1925-05-19', 'L. Trotsky'],
  [1095, '1923-01-27', ''],
  [1154, '1922-09-11', 'V. Ulianov (Lenin)'],
  [1178, '', ''],
  [1194, '1925-07-27', ''],
  [1546, '1926-01-10', 'Gertrud Gessler'],
  [1604, '1926-12-18', ''],
  [2801, '1929-06-08', ''],
  [2827, '1929-07-08', ''],
  [2833, '1929-07-22', 'N. Bukharin'],
  [2858, '1929-07-22', 'N. Bukharin'],
  [2880, '1929-08-13', ''],
  [2898, '1919-06-22', 'A. I. Rykov'],
  [2976, '1929-09-06', 'Politburo of the Central Committee of the All-Union Communist Party (Bolshevik)'],
  [3018, '1929-10-05', ''],
  [3655, '1930-07-19', ''],
  [3683, '1930-08-02', ''],
  [3687, '1930-08-09', ''],
  [3739, '', 'J. Stalin'],
]
/** How many rows must be found with the right start line, date and signer. */
const FLOOR = 20

describe('quoted documents of the letters book (corpus 001)', () => {
  const name = readdirSync(corpus).find((file) => file.startsWith('001_'))
  it('finds the documents quoted in the chapter introductions', { skip: name === undefined }, () => {
    const result = runPipeline(readSourceFile(new URL(name ?? '', corpus).pathname))
    const text = result.text
    assert.ok(text !== undefined)
    const line = (offset: number) => text.raw.slice(0, text.map.toRaw(offset)).split('\n').length
    const quoted = (result.segments?.documents ?? []).filter((doc) => doc.type === 'quoted-document')
    const right = TABLE.filter(([start, iso, signer]) =>
      quoted.some(
        (doc) =>
          line(doc.span.start) === start &&
          (doc.date?.iso ?? doc.date?.bound ?? '').startsWith(iso) &&
          (iso !== '' || doc.date?.iso === undefined) &&
          (doc.signer?.text ?? '') === signer,
      ),
    )
    const missed = TABLE.filter((row) => !right.includes(row)).map((row) => row[0])
    assert.ok(
      right.length >= FLOOR,
      `found ${right.length} of ${TABLE.length}; missed lines ${missed.join(', ')}`,
    )
    // Letters 1–10 (1218–1537) are the structure's documents: nothing quoted may start inside them.
    const fromLetters = quoted.filter((doc) => line(doc.span.start) >= 1218 && line(doc.span.start) <= 1537)
    assert.equal(fromLetters.length, 0)
  })
})
