// npm run bench: import throughput and peak memory on the corpus and on a ~100 MB corpus made from it, query and
// API latency, and the reader's page load time.
// Not a test: it prints figures (and writes bench/out/results.json) for the closing notes and the README.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { printWebFigures, webFigures } from './web-figures.ts'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = process.env.FOND_CORPUS ?? join(here, '..', '..', 'shared', 'corpus')
const targetMegabytes = Number(process.env.FOND_BENCH_MB ?? 100)

function measure(folder: string, keep: string) {
  const result = spawnSync(process.execPath, [join(here, 'import-corpus.ts'), folder, keep], {
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`Benchmark import of "${folder}" failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')
}

/** Copies the corpus again and again, each copy with its own first line so ids and hashes differ. */
function makeLargeCorpus(megabytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'fond-bench-corpus-'))
  const files = readdirSync(corpus).map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }))
  let written = 0
  for (let copy = 0; written < megabytes * 1e6; copy++) {
    for (const file of files) {
      const text = `Copy ${copy} of ${file.name}\n${file.text}`
      writeFileSync(join(dir, `${String(copy).padStart(4, '0')}-${file.name}`), text)
      written += Buffer.byteLength(text)
    }
  }
  return dir
}

const gold = process.env.FOND_GOLD ?? join(here, '..', '..', 'shared', 'gold')
const annotation = spawnSync(process.execPath, [join(here, 'annotation.ts'), corpus, gold], {
  encoding: 'utf8',
})
if (annotation.status !== 0) throw new Error(`Annotation benchmark failed: ${annotation.stderr}`)
const names = JSON.parse(annotation.stdout.trim().split('\n').at(-1) ?? '{}')

/** Latencies of "who held R in B on D" against a stored edition, in a child process. */
function queryLatency(db: string) {
  const result = spawnSync(process.execPath, [join(here, 'query.ts'), db, '200'], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`Query benchmark failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')
}

// FOND_BENCH_DBS=<folder> keeps the imported databases there (corpus.db, large.db) and reuses them on the next run,
// so the web figures can be measured again without the 100 MB import; a reused import's figures are the last ones.
const keptIn = process.env.FOND_BENCH_DBS
const work = keptIn ?? mkdtempSync(join(tmpdir(), 'fond-bench-db-'))
mkdirSync(work, { recursive: true })
const previous = existsSync(join(here, 'out', 'results.json'))
  ? JSON.parse(readFileSync(join(here, 'out', 'results.json'), 'utf8'))
  : {}
const reuse = (db: string, figures: unknown) =>
  keptIn !== undefined && existsSync(db) && figures !== undefined
const smallDb = join(work, 'corpus.db')
const small = reuse(smallDb, previous.corpus) ? previous.corpus : measure(corpus, smallDb)
const smallQuery = queryLatency(smallDb)
const smallWeb = webFigures(smallDb)
const largeDb = join(work, 'large.db')
let large = previous.large
if (!reuse(largeDb, previous.large)) {
  const largeDir = makeLargeCorpus(targetMegabytes)
  large = measure(largeDir, largeDb)
  rmSync(largeDir, { recursive: true, force: true })
}
const largeQuery = queryLatency(largeDb)
const largeWeb = webFigures(largeDb)
if (keptIn === undefined) rmSync(work, { recursive: true, force: true })

const rows = [
  ['corpus', small],
  [`${targetMegabytes} MB corpus`, large],
] as const
console.log(
  'import (all stages: ingest → segment → annotate → resolve → extract → store; SQLite; worker threads)',
)
console.log('corpus           files      MB   seconds    MB/s   peak RSS MB   db MB')
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(15)} ${String(r.files).padStart(6)} ${r.megabytes.toFixed(1).padStart(7)} ${r.seconds.toFixed(2).padStart(9)} ${r.megabytesPerSecond.toFixed(2).padStart(7)} ${r.peakRssMegabytes.toFixed(0).padStart(13)} ${r.dbMegabytes.toFixed(1).padStart(7)}`,
  )
}
console.log('goals: corpus < 2 s; 100 MB < 60 s within 1 GB peak RSS')
const ms = (value: number) => value.toFixed(1).padStart(7)
console.log('\n"who held R in B on D" (store read + query, 200 queries over bodies, roles and days)')
console.log('corpus                p50 ms   p95 ms   p99 ms   answers')
console.log(
  `corpus              ${ms(smallQuery.p50)}  ${ms(smallQuery.p95)}  ${ms(smallQuery.p99)}   ${smallQuery.answers}`,
)
console.log(
  `${`${targetMegabytes} MB corpus`.padEnd(18)}  ${ms(largeQuery.p50)}  ${ms(largeQuery.p95)}  ${ms(largeQuery.p99)}   ${largeQuery.answers}`,
)
printWebFigures([
  ['corpus', smallWeb],
  [`${targetMegabytes} MB corpus`, largeWeb],
])
const metric = (m: Record<string, number>, key: string) => (m[key] ?? 0).toFixed(3)
console.log(
  `\nannotation on the corpus (${names.megabytes.toFixed(2)} MB): annotate ${names.annotateSeconds.toFixed(2)} s = ${names.annotateMegabytesPerSecond.toFixed(2)} MB/s; resolve ${names.resolveSeconds.toFixed(2)} s; extract ${names.extractSeconds.toFixed(2)} s = ${names.extractMegabytesPerSecond.toFixed(2)} MB/s (${names.facts} facts)`,
)
console.log('person mentions against people-other.tsv (same text, same scorer)')
console.log('recogniser          precision  recall     f1   seconds')
console.log(
  `fond                    ${metric(names.fond, 'precision')}   ${metric(names.fond, 'recall')}  ${metric(names.fond, 'f1')}   ${names.annotateSeconds.toFixed(2)} (all annotators)`,
)
console.log(
  `compromise people()     ${metric(names.compromise, 'precision')}   ${metric(names.compromise, 'recall')}  ${metric(names.compromise, 'f1')}   ${names.compromiseSeconds.toFixed(2)}`,
)
mkdirSync(join(here, 'out'), { recursive: true })
writeFileSync(
  join(here, 'out', 'results.json'),
  `${JSON.stringify({ corpus: small, large, targetMegabytes, web: { corpus: smallWeb, large: largeWeb } }, null, 2)}\n`,
)
