import type { Span } from '../core/index.ts'
import { comparePair, type PairPlace, type VariantKind } from './compare-pair.ts'
import { type Token, tokenize } from './tokenize.ts'

/** A text to collate: an id (a document id or a witness label), its text, and ranges to leave out. */
export interface CollationWitness {
  readonly id: string
  readonly text: string
  readonly skip?: readonly Span[]
}

/** What one witness reads at a variant place: its words, and where they stand in that witness's text. */
export interface Reading {
  readonly witness: string
  readonly text: string
  readonly tokens: readonly Token[]
  /** Span in the witness text; an empty span at the point where the witness has nothing. */
  readonly span: Span
  /** How this reading stands against the lemma; `agreement` when it reads the same. */
  readonly kind: VariantKind | 'agreement'
}

/** A variant place: the lemma (the base witness's reading) and every witness's reading, base first. */
export interface VariantPlace {
  readonly kind: VariantKind
  readonly lemma: string
  readonly readings: readonly Reading[]
}

/** The result of a collation: the base witness, every witness's id, and the variant places in base order. */
export interface Apparatus {
  readonly base: string
  readonly witnesses: readonly string[]
  readonly places: readonly VariantPlace[]
}

interface Tokenized {
  readonly witness: CollationWitness
  readonly tokens: readonly Token[]
}

/**
 * Collates two or more witnesses against the first (the base): word-level alignment on normalised words, rare
 * words anchoring first, transpositions reported as such. Each place lists every witness's reading.
 * @example collate([{ id: 'A', text: 'the red house' }, { id: 'B', text: 'the house' }]).places[0]?.kind // 'omission'
 */
export function collate(witnesses: readonly CollationWitness[]): Apparatus {
  if (witnesses.length < 2)
    throw new RangeError(`Cannot collate ${witnesses.length} witness: give two or more`)
  const ids = witnesses.map((w) => w.id)
  if (new Set(ids).size !== ids.length)
    throw new RangeError(`Cannot collate witnesses with the same id: ${ids.join(', ')}`)
  const tokenized: Tokenized[] = witnesses.map((witness) => ({
    witness,
    tokens: tokenize(witness.text, witness.skip === undefined ? {} : { skip: witness.skip }),
  }))
  const base = tokenized[0] as Tokenized
  const others = tokenized.slice(1)
  const pairs = others.map((other) => ({ other, ...comparePair(base.tokens, other.tokens) }))
  const places: VariantPlace[] = []
  for (const group of groupPlaces(pairs.map((p) => p.places))) {
    places.push(toVariantPlace(base, pairs, group))
  }
  return { base: base.witness.id, witnesses: ids, places }
}

/** Pair places of all witnesses grouped where their base ranges overlap; transpositions stand alone. */
type Group = { baseStart: number; baseEnd: number; moved: boolean; byWitness: PairPlace[][] }

function groupPlaces(perWitness: readonly (readonly PairPlace[])[]): Group[] {
  const all = perWitness.flatMap((places, w) => places.map((place) => ({ place, w })))
  all.sort((x, y) => x.place.baseStart - y.place.baseStart || x.place.baseEnd - y.place.baseEnd)
  const groups: Group[] = []
  let open: Group | undefined
  for (const { place, w } of all) {
    const moved = place.kind === 'transposition'
    const joins =
      open !== undefined &&
      !moved &&
      !open.moved &&
      (place.baseStart < open.baseEnd ||
        (place.baseStart === open.baseStart && place.baseStart === place.baseEnd) ||
        (open.baseStart === open.baseEnd && place.baseStart === open.baseStart))
    if (!joins || open === undefined) {
      open = {
        baseStart: place.baseStart,
        baseEnd: place.baseEnd,
        moved,
        byWitness: perWitness.map(() => []),
      }
      groups.push(open)
    }
    open.baseEnd = Math.max(open.baseEnd, place.baseEnd)
    open.byWitness[w]?.push(place)
  }
  return groups
}

interface Pair {
  readonly other: Tokenized
  readonly matches: readonly number[]
}

function toVariantPlace(base: Tokenized, pairs: readonly Pair[], group: Group): VariantPlace {
  const lemmaTokens = base.tokens.slice(group.baseStart, group.baseEnd)
  const lemma = reading(base, group.baseStart, group.baseEnd, 'agreement')
  const readings = [lemma]
  const kinds: VariantKind[] = []
  pairs.forEach(({ other, matches }, w) => {
    const places = group.byWitness[w] ?? []
    if (places.length === 0) {
      readings.push(agreeing(other, matches, group))
      return
    }
    const start = Math.min(...places.map((p) => p.otherStart))
    const end = Math.max(...places.map((p) => p.otherEnd))
    const kind = group.moved
      ? 'transposition'
      : lemmaTokens.length === 0
        ? 'addition'
        : start === end
          ? 'omission'
          : places.length === 1
            ? (places[0] as PairPlace).kind
            : 'substitution'
    kinds.push(kind)
    readings.push(reading(other, start, end, kind))
  })
  return { kind: kinds[0] ?? 'substitution', lemma: lemma.text, readings }
}

/** The reading of a witness that agrees with the lemma at a place: the tokens aligned with the lemma's. */
function agreeing(other: Tokenized, matches: readonly number[], group: Group): Reading {
  const aligned = []
  for (let i = group.baseStart; i < group.baseEnd; i++)
    if ((matches[i] as number) >= 0) aligned.push(matches[i] as number)
  let before = -1
  for (let i = group.baseStart - 1; i >= 0 && before < 0; i--) before = matches[i] as number
  const start = aligned[0] ?? before + 1
  const end = (aligned.at(-1) ?? start - 1) + 1
  return reading(other, start, end, 'agreement')
}

/** The reading of tokens [start, end) of a witness, as written (line breaks and spaces folded). */
function reading(tokenized: Tokenized, start: number, end: number, kind: Reading['kind']): Reading {
  const tokens = tokenized.tokens.slice(start, end)
  const text = tokenized.witness.text
  const first = tokens[0]
  const last = tokens.at(-1)
  const at = tokenized.tokens[start - 1]?.span.end ?? tokenized.tokens[start]?.span.start ?? 0
  const span =
    first === undefined || last === undefined
      ? { start: at, end: at }
      : { start: first.span.start, end: last.span.end }
  return {
    witness: tokenized.witness.id,
    text: text
      .slice(span.start, span.end)
      .replace(/-[ \t]*\r?\n[ \t]*/g, '')
      .replace(/\s+/g, ' '),
    tokens,
    span,
    kind,
  }
}
