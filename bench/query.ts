// "Who held role R in body B on day D" against a stored edition: the store's filtered read plus the query, as
// `fond who` runs them. Prints one JSON line of latencies (ms). Usage: node bench/query.ts <db> [count]
import { whoHeld } from '../src/query/index.ts'
import { createSqliteStore } from '../src/store/index.ts'

const [path, countText] = process.argv.slice(2)
if (path === undefined) throw new TypeError('Usage: node bench/query.ts <db> [count]')
const count = Number(countText ?? 200)
const store = createSqliteStore({ path })
const bodies = ['body:politburo', 'body:central-committee', 'body:orgburo', 'body:central-control-commission']
const roles = ['member', 'candidate member', undefined]
const times: number[] = []
let answers = 0
for (let i = 0; i < count; i++) {
  // A deterministic spread of days over the years the sources cover.
  const year = 1923 + (i % 14)
  const day = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`
  const body = bodies[i % bodies.length] as string
  const role = roles[i % roles.length]
  const started = performance.now()
  const facts = await store.listFacts({ types: ['post', 'life-event'], entity: body })
  answers += whoHeld(facts, {
    body: { id: body, names: [] },
    on: day,
    ...(role === undefined ? {} : { role }),
  }).length
  times.push(performance.now() - started)
}
await store.close()
times.sort((a, b) => a - b)
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
console.log(
  JSON.stringify({ queries: count, answers, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: times.at(-1) }),
)
