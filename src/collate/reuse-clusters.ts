import { overlapScore, type Seed, type WindowIndex } from './reuse-windows.ts'

/** Seeds this many windows apart (on both sides) still belong to one passage. */
const JOIN_WINDOWS = 2
/** A neighbouring pair of windows with this weighted overlap extends a passage (no rare term needed). */
const EXTEND_SCORE = 0.25

/** Neighbouring windows of one pair of documents that share a passage, and the term ranges they cover. */
export interface Cluster {
  readonly documentA: number
  readonly documentB: number
  firstA: number
  lastA: number
  minB: number
  maxB: number
  termsA: [number, number]
  termsB: [number, number]
}

/**
 * Joins seeds (in order of their first window) whose windows lie within {@link JOIN_WINDOWS} on both sides, then
 * extends each cluster window by window forwards and backwards while neighbouring windows still overlap enough.
 * @example clusterSeeds(findSeeds(index), index).length
 */
export function clusterSeeds(seeds: readonly Seed[], index: WindowIndex): Cluster[] {
  const open = new Map<string, Cluster[]>()
  const all: Cluster[] = []
  for (const { a, b } of seeds) {
    const documentA = index.documentOf[a] as number
    const documentB = index.documentOf[b] as number
    const key = `${documentA}:${documentB}`
    const list = open.get(key) ?? []
    const cluster = list.find(
      (c) => a <= c.lastA + JOIN_WINDOWS && b >= c.minB - JOIN_WINDOWS && b <= c.maxB + JOIN_WINDOWS,
    )
    if (cluster === undefined) {
      const created: Cluster = {
        documentA,
        documentB,
        firstA: a,
        lastA: a,
        minB: b,
        maxB: b,
        termsA: [index.firstTerm[a] as number, index.endTerm[a] as number],
        termsB: [index.firstTerm[b] as number, index.endTerm[b] as number],
      }
      list.push(created)
      all.push(created)
      open.set(key, list)
    } else absorb(cluster, a, b, index)
  }
  for (const cluster of all) extend(cluster, index)
  return all
}

/** Adds the pair of windows (a, b) to a cluster. */
function absorb(cluster: Cluster, a: number, b: number, index: WindowIndex): void {
  cluster.firstA = Math.min(cluster.firstA, a)
  cluster.lastA = Math.max(cluster.lastA, a)
  cluster.minB = Math.min(cluster.minB, b)
  cluster.maxB = Math.max(cluster.maxB, b)
  cluster.termsA = [
    Math.min(cluster.termsA[0], index.firstTerm[a] as number),
    Math.max(cluster.termsA[1], index.endTerm[a] as number),
  ]
  cluster.termsB = [
    Math.min(cluster.termsB[0], index.firstTerm[b] as number),
    Math.max(cluster.termsB[1], index.endTerm[b] as number),
  ]
}

/** Grows a cluster along both texts while a next (or previous) pair of windows overlaps by {@link EXTEND_SCORE}. */
function extend(cluster: Cluster, index: WindowIndex): void {
  const inCluster = (a: number, b: number) =>
    index.documentOf[a] === cluster.documentA && index.documentOf[b] === cluster.documentB
  for (const step of [1, -1]) {
    for (;;) {
      const a = step > 0 ? cluster.lastA + 1 : cluster.firstA - 1
      const from = step > 0 ? cluster.maxB : cluster.minB - 1
      const candidates = [from, from + step, step > 0 ? from + 2 : from - 2]
      const b = candidates.find((b) => b >= 0 && inCluster(a, b) && overlapScore(index, a, b) >= EXTEND_SCORE)
      if (a < 0 || b === undefined) break
      absorb(cluster, a, b, index)
    }
  }
}
