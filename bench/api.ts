// API latency under load: the server in this process on 127.0.0.1 (port 0) over a stored edition, and autocannon in
// a child process (bench/load.ts) on loopback, so that the load generator never shares the server's event loop.
// Endpoints: search (hundreds of distinct queries drawn from the edition, see search-queries.ts), the longest
// document and the most-mentioned person's page; each at several numbers of connections. Prints one JSON line.
// With a number of processes above 1 the server is `fond serve --workers N` in its own processes instead (a
// read-only edition served from every core).
// Usage: node bench/api.ts <db> [seconds] [connections, comma-separated] [server processes]
import { execFile, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createApp } from '../src/server/index.ts'
import { createSqliteStore } from '../src/store/index.ts'
import type { LoadJob, LoadResult } from './load.ts'
import { searchQueries } from './search-queries.ts'

const here = dirname(fileURLToPath(import.meta.url))
const run = promisify(execFile)
const [path, secondsText, connectionsText, processesText] = process.argv.slice(2)
if (path === undefined)
  throw new TypeError('Usage: node bench/api.ts <db> [seconds] [connections,...] [server processes]')
const processes = Number(processesText ?? 1)
const seconds = Math.min(30, Number(secondsText ?? 5))
const connectionCounts = (connectionsText ?? '1,4,10').split(',').map(Number)
const QUERY_COUNT = 400

/** One load run in a child process (asynchronous, so this process keeps serving meanwhile). */
async function load(job: LoadJob): Promise<LoadResult> {
  const { stdout } = await run(process.execPath, [join(here, 'load.ts'), JSON.stringify(job)], {
    maxBuffer: 1024 * 1024,
  })
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as LoadResult
}

/** A server to measure: its address and how to stop it. */
interface Server {
  readonly url: string
  close(): Promise<void>
}

/** The server in this process (one event loop), on a free port. */
async function serveHere(store: ReturnType<typeof createSqliteStore>): Promise<Server> {
  const app = createApp({ store })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { url, close: () => app.close() }
}

/** `fond serve --workers N` in its own processes, on a free port. */
async function serveProcesses(count: number): Promise<Server> {
  const bin = join(here, '..', 'bin', 'fond.js')
  const child = spawn(process.execPath, [
    bin,
    '--db',
    path as string,
    'serve',
    '--port',
    '0',
    '--workers',
    String(count),
  ])
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /serves the edition at (http:\/\/[\d.:]+)/.exec(output)
      if (found) resolve(found[1] as string)
    })
    child.once('exit', (code) => reject(new Error(`fond serve stopped (${code}): ${output}`)))
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    url,
    close: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Milliseconds of one request, failing on any status but 200. */
async function timeOne(url: string) {
  const started = performance.now()
  const reply = await fetch(url)
  await reply.arrayBuffer()
  if (reply.status !== 200) throw new Error(`"${url}" answered ${reply.status}`)
  return Math.round((performance.now() - started) * 10) / 10
}

const store = createSqliteStore({ path })
const server = processes > 1 ? await serveProcesses(processes) : await serveHere(store)
const { url } = server
try {
  const longest = (await store.listDocuments()).reduce((best, doc) =>
    doc.text.length > best.text.length ? doc : best,
  )
  const [entity] = (await store.listEntities({ types: ['person'] })).sort((a, b) => b.mentions - a.mentions)
  if (entity === undefined) throw new Error(`No people in "${path}": import a corpus first`)
  const queries = await searchQueries(store, QUERY_COUNT)
  const documentPath = `/api/documents/${encodeURIComponent(longest.id)}`
  const entityPath = `/api/entities/${encodeURIComponent(entity.id)}`
  // The first answers build what the server keeps per store revision (entity index, labels, rendered documents).
  const first = {
    search: await timeOne(`${url}/api/search?q=${encodeURIComponent(queries[0] ?? 'a')}`),
    document: await timeOne(`${url}${documentPath}`),
    entity: await timeOne(`${url}${entityPath}`),
  }
  const targets = {
    search: queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    document: [documentPath],
    entity: [entityPath],
  }
  const results: Record<string, Record<string, LoadResult>> = {}
  for (const [name, paths] of Object.entries(targets)) {
    results[name] = {}
    for (const connections of connectionCounts) {
      // A run without answers (each slower than the run) is reported as such: its percentiles are zero.
      results[name][connections] = await load({ url, connections, seconds, paths })
    }
  }
  console.log(
    JSON.stringify({
      processes,
      seconds,
      connections: connectionCounts,
      searchQueries: queries.length,
      longestDocument: { id: longest.id, characters: longest.text.length },
      entityId: entity.id,
      firstAnswerMilliseconds: first,
      ...results,
    }),
  )
} finally {
  await server.close()
  await store.close()
}
