// The web edition's figures for bench/run.ts: API latency under load (bench/api.ts) and the reader's page load
// time (bench/reader-load.ts), each measured in a child process over a stored edition, and printed as tables.
import { spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LoadResult } from './load.ts'

const here = dirname(fileURLToPath(import.meta.url))
/** Numbers of connections the API is measured with, and seconds per endpoint and number. */
const CONNECTIONS = '1,4,10'
const SECONDS = '5'
const ENDPOINTS = ['search', 'document', 'entity'] as const

type Endpoint = (typeof ENDPOINTS)[number]
type ApiFigures = Record<Endpoint, Record<string, LoadResult>> & { connections: number[] }
interface ReaderLoad {
  readonly text: number
  readonly api: number
  readonly load: number
}
interface ReaderFigures {
  readonly firstLoad: ReaderLoad
  readonly cold: ReaderLoad
  readonly warm: ReaderLoad
}

/** Runs a bench script in a child process and reads the last line it prints as JSON. */
function child<T>(script: string, args: readonly string[]): T {
  const result = spawnSync(process.execPath, [join(here, script), ...args], {
    encoding: 'utf8',
    timeout: 15 * 60 * 1000,
  })
  if (result.status !== 0) throw new Error(`Benchmark "${script}" failed: ${result.stderr}`)
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as T
}

/** Server processes of the second API measurement: what `fond serve` runs by default for a read-only edition. */
const PROCESSES = Math.min(4, availableParallelism())

/**
 * API latency for 1, 4 and 10 connections (the server in one process, then in one process per core as
 * `fond serve` runs a read-only edition), and the reader's load time, over one stored edition.
 */
export function webFigures(db: string): { api: ApiFigures; apiProcesses: ApiFigures; reader: ReaderFigures } {
  return {
    api: child<ApiFigures>('api.ts', [db, SECONDS, CONNECTIONS, '1']),
    apiProcesses: child<ApiFigures>('api.ts', [db, SECONDS, CONNECTIONS, String(PROCESSES)]),
    reader: child<ReaderFigures>('reader-load.ts', [db, '7']),
  }
}

const ms = (value: number) => value.toFixed(1).padStart(7)

/** Prints the figures of each edition as two tables. */
export function printWebFigures(rows: readonly (readonly [string, ReturnType<typeof webFigures>])[]): void {
  console.log(
    `\nAPI under load (autocannon in its own process on loopback, ${SECONDS} s per run; latency includes queueing)`,
  )
  console.log('corpus              endpoint  conns  p50 ms   p95 ms   p99 ms    req/s   errors   unanswered')
  for (const [name, figures] of rows)
    for (const [label, api] of [
      [name, figures.api],
      [`${name} ×${PROCESSES}`, figures.apiProcesses],
    ] as const)
      for (const endpoint of ENDPOINTS)
        for (const connections of api.connections) {
          const e = api[endpoint][connections]
          if (e === undefined) continue
          console.log(
            `${label.padEnd(18)}  ${endpoint.padEnd(9)} ${String(connections).padStart(5)} ${ms(e.p50)}  ${ms(e.p95)}  ${ms(e.p99)}  ${e.requestsPerSecond.toFixed(0).padStart(7)}   ${String(e.errors).padStart(6)}   ${e.unanswered ?? 0}`,
          )
        }
  console.log(
    `(×${PROCESSES}: \`fond serve\` in ${PROCESSES} processes, its default for a read-only edition on this machine)`,
  )
  console.log('goals: search p95 < 20 ms on the corpus and < 100 ms at 100 MB; zero errors')
  console.log('\nreader page load, longest document (Chromium; ms from navigation; median of 6 or 7 loads)')
  console.log('corpus                load               text on screen   API answer done   load event')
  for (const [name, { reader }] of rows)
    for (const kind of ['firstLoad', 'cold', 'warm'] as const) {
      const r = reader[kind]
      console.log(
        `${name.padEnd(18)}    ${kind.padEnd(17)} ${ms(r.text)}          ${ms(r.api)}         ${ms(r.load)}`,
      )
    }
}
