// API latency under load: the server in this process on 127.0.0.1 (port 0) over a stored edition, autocannon on
// loopback against search (a rotating set of queries, Cyrillic among them), the longest document and an entity page.
// Prints one JSON line of figures. Usage: node bench/api.ts <db> [seconds] [connections]
import autocannon from 'autocannon'
import { createApp } from '../src/server/index.ts'
import { createSqliteStore } from '../src/store/index.ts'

const [path, secondsText, connectionsText] = process.argv.slice(2)
if (path === undefined) throw new TypeError('Usage: node bench/api.ts <db> [seconds] [connections]')
const seconds = Math.min(30, Number(secondsText ?? 5))
const connections = Number(connectionsText ?? 10)
const QUERIES = [
  'Троцкий',
  'Trotskii',
  'Politburo',
  '"Central Committee"',
  'grain',
  'Сталин',
  'Bukharin',
  'Zinoviev opposition',
  'Молотов',
  'хлеб',
  'Rykov',
  'plenum',
]

const round = (value: number) => Math.round(value * 10) / 10
const store = createSqliteStore({ path })
const app = createApp({ store })
const address = await app.listen({ host: '127.0.0.1', port: 0 })
try {
  const longest = (await store.listDocuments()).reduce((best, doc) =>
    doc.text.length > best.text.length ? doc : best,
  )
  const [entity] = (await store.listEntities({ types: ['person'] })).sort((a, b) => b.mentions - a.mentions)
  if (entity === undefined) throw new Error(`No people in "${path}": import a corpus first`)
  // Warm: what the server keeps per store revision (entity index, labels) is built once, as in use.
  for (const url of ['/api/search?q=warm', `/api/entities/${encodeURIComponent(entity.id)}`])
    await app.inject(url)
  const targets = {
    search: QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    document: [`/api/documents/${encodeURIComponent(longest.id)}`],
    entity: [`/api/entities/${encodeURIComponent(entity.id)}`],
  }
  const results: Record<string, unknown> = {}
  for (const [name, paths] of Object.entries(targets)) {
    let next = 0
    const times: number[] = []
    const instance = autocannon({
      url: address,
      connections,
      duration: seconds,
      timeout: 30,
      requests: [
        { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) },
      ],
    })
    instance.on('response', (_client, _status, _bytes, milliseconds) => times.push(milliseconds))
    const result = await instance
    times.sort((a, b) => a - b)
    const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
    const non2xx = result.non2xx + result.errors + result.timeouts
    results[name] = {
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      requestsPerSecond: round(result.requests.average),
      requests: result.requests.total,
      errors: non2xx,
    }
    if (non2xx > 0) throw new Error(`${name}: ${non2xx} errors or non-2xx answers under load`)
    if (times.length === 0) throw new Error(`${name}: no answer within ${seconds} s`)
  }
  console.log(
    JSON.stringify({
      connections,
      seconds,
      longestDocument: { id: longest.id, characters: longest.text.length },
      entity: entity.id,
      ...results,
    }),
  )
} finally {
  await app.close()
  await store.close()
}
