/** A labelled item in text order, as the chain choosers see it. */
export interface Ranked {
  readonly value: number
  /** Place among all the paragraphs considered, when some were filtered out before (default: the index). */
  readonly position?: number
}

/**
 * Picks the longest run of items whose labels rise, in text order (a body list "1. … 2. …" loses to the notes
 * block after it because markers inside the list disqualify its items before this is called). Among runs of
 * equal length it starts as late as possible, so a notes block after the body wins over a list in the body,
 * and then keeps each next note as close as possible.
 * @example chooseRisingChain([{ value: 1 }, { value: 2 }, { value: 1 }, { value: 2 }, { value: 3 }]) // [2, 3, 4]
 */
export function chooseRisingChain(items: readonly Ranked[], options: ChainOptions = {}): number[] {
  return chooseChain(items, (a, b) => b > a, options.start ?? 'latest')
}

/** Options of {@link chooseRisingChain}. */
export interface ChainOptions {
  /**
   * Which of several longest runs to take: the one that starts latest (a notes block after a body list), or
   * the one with the longest stretch of adjacent items, then the earliest (a notes block before a list quoted
   * inside one of its notes).
   * @default 'latest'
   */
  readonly start?: 'earliest' | 'latest'
}

/**
 * Picks the longest run of items whose labels go up by exactly one (9, 10, 11 …), in text order, as the page-foot
 * notes of an OCR'd article are numbered; numbered points of a quoted document ("1.", "2.", "4.") fall outside it.
 * @example chooseConsecutiveChain([{ value: 9 }, { value: 1 }, { value: 10 }]) // [0, 2]
 */
export function chooseConsecutiveChain(items: readonly Ranked[]): number[] {
  return chooseChain(items, (a, b) => b === a + 1, 'latest')
}

function chooseChain(
  items: readonly Ranked[],
  follows: (a: number, b: number) => boolean,
  start: 'earliest' | 'latest',
): number[] {
  const best = new Array<number>(items.length).fill(1)
  for (let i = items.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < items.length; j++) {
      if (follows(valueAt(items, i), valueAt(items, j)))
        best[i] = Math.max(best[i] as number, 1 + (best[j] as number))
    }
  }
  const longest = Math.max(0, ...best)
  if (longest === 0) return []
  if (start === 'latest') return followChain(items, best, best.lastIndexOf(longest), follows)
  let chosen: number[] = []
  let chosenStretch = 0
  best.forEach((length, i) => {
    if (length !== longest) return
    const chain = followChain(items, best, i, follows)
    const stretch = longestStretch(chain.map((index) => (items[index] as Ranked).position ?? index))
    if (stretch > chosenStretch) {
      chosen = chain
      chosenStretch = stretch
    }
  })
  return chosen
}

/** Follows a longest chain from `first`, keeping each next item as close as possible. */
function followChain(
  items: readonly Ranked[],
  best: readonly number[],
  first: number,
  follows: (a: number, b: number) => boolean,
): number[] {
  const chain = [first]
  let current = first
  for (let need = (best[first] as number) - 1; need > 0; need--) {
    const from = current
    const next = best.findIndex(
      (length, j) => j > from && length === need && follows(valueAt(items, from), valueAt(items, j)),
    )
    if (next === -1) break
    chain.push(next)
    current = next
  }
  return chain
}

/** The longest stretch of a chain whose items stand next to each other, with no other item between them. */
function longestStretch(positions: readonly number[]): number {
  let longest = 0
  let run = 0
  positions.forEach((position, k) => {
    run = k > 0 && position === (positions[k - 1] as number) + 1 ? run + 1 : 1
    longest = Math.max(longest, run)
  })
  return longest
}

function valueAt(items: readonly Ranked[], index: number): number {
  return (items[index] as Ranked).value
}
