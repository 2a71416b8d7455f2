import type { Apparatus, Reading, VariantPlace } from './collate.ts'

/** How to print an apparatus: the line of an offset in a witness, and a label per witness id. */
export interface FormatOptions {
  readonly lineOf: (witness: string, offset: number) => number
  readonly labels?: Readonly<Record<string, string>>
}

/**
 * Prints an apparatus as a critical apparatus does, one place a line: `line | lemma ] reading (witness)`;
 * omissions read "om.", additions "add.", transpositions "transp." with the line the block stands at.
 * @example formatApparatus(apparatus, { lineOf: () => 1 }) // ['1 | red ] om. (B)']
 */
export function formatApparatus(apparatus: Apparatus, options: FormatOptions): string[] {
  return apparatus.places.map((place) => formatPlace(apparatus.base, place, options))
}

function formatPlace(base: string, place: VariantPlace, options: FormatOptions): string {
  const lemma = place.readings[0] as Reading
  const line = options.lineOf(base, lemma.span.start)
  const readings = place.readings
    .slice(1)
    .filter((reading) => reading.kind !== 'agreement')
    .map(
      (reading) =>
        `${formatReading(reading, options)} (${options.labels?.[reading.witness] ?? reading.witness})`,
    )
  return `${line} | ${lemma.text === '' ? '^' : lemma.text} ] ${readings.join('; ')}`
}

function formatReading(reading: Reading, options: FormatOptions): string {
  switch (reading.kind) {
    case 'omission':
      return 'om.'
    case 'addition':
      return `add. ${reading.text}`
    case 'transposition':
      return `transp. to line ${options.lineOf(reading.witness, reading.span.start)}`
    default:
      return reading.text
  }
}
