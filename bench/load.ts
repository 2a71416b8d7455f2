// The load generator of bench/api.ts, run in its own process so that it never shares an event loop with the
// server it measures. Reads one JSON job from argv, runs autocannon against it on loopback and prints one JSON line:
// latency percentiles (ms, from every response), requests per second, requests and errors.
// Usage: node bench/load.ts '{"url":"http://127.0.0.1:1234","connections":4,"seconds":5,"paths":["/api/search?q=x"]}'
import autocannon from 'autocannon'

/** What bench/api.ts asks of one run. */
export interface LoadJob {
  readonly url: string
  readonly connections: number
  readonly seconds: number
  /** Requested in turn, round-robin over all connections. */
  readonly paths: readonly string[]
}

/** What one run measured. */
export interface LoadResult {
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly requestsPerSecond: number
  readonly requests: number
  /** Non-2xx answers, socket errors and timeouts (no answer within 10 s). */
  readonly errors: number
  /** Requests still waiting for their answer when the run ended. */
  readonly unanswered: number
}

const round = (value: number) => Math.round(value * 10) / 10

/** Runs one job and measures it. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  let next = 0
  const times: number[] = []
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: 10,
    requests: [
      { setupRequest: (request) => ({ ...request, path: job.paths[next++ % job.paths.length] as string }) },
    ],
  })
  instance.on('response', (_client, _status, _bytes, milliseconds) => times.push(milliseconds))
  const result = await instance
  times.sort((a, b) => a - b)
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requestsPerSecond: round(result.requests.average),
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts,
    unanswered: Math.max(0, result.requests.sent - result.requests.total - result.errors - result.timeouts),
  }
}

if (import.meta.main) {
  const [jobText] = process.argv.slice(2)
  if (jobText === undefined) throw new TypeError('Usage: node bench/load.ts <job as JSON>')
  console.log(JSON.stringify(await runLoad(JSON.parse(jobText) as LoadJob)))
}
