import cluster from 'node:cluster'
import { printLine } from './output.ts'

/** What a server process tells the primary once it listens. */
export interface ListeningMessage {
  readonly fond: 'listening'
  readonly address: string
}

/** Tells the primary process where this worker listens (nothing when this is the only process). */
export function reportListening(address: string): void {
  const message: ListeningMessage = { fond: 'listening', address }
  process.send?.(message)
}

/**
 * Runs `count` server processes that share one port (Node's cluster): each opens the store and answers requests,
 * so a read-only edition uses every core. The primary prints the address once, stops the workers on Ctrl+C or
 * SIGTERM, and stops all of them when one dies (a crash loop would hide the error). Resolves with the exit code.
 * @example process.exitCode = await runServerProcesses(2, 'read-only')
 */
export async function runServerProcesses(count: number, mode: string): Promise<number> {
  let stopping = false
  let failed = false
  const stopAll = () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {}))
      if (worker?.isDead() === false) worker.process.kill('SIGTERM')
  }
  const allExited = new Promise<void>((resolve) => {
    let left = count
    cluster.on('exit', (_worker, code, signal) => {
      if (!stopping) {
        failed = true
        process.stderr.write(
          `fond: a server process stopped (${signal ?? `code ${code}`}); stopping the others\n`,
        )
        stopAll()
      }
      if (--left === 0) resolve()
    })
  })
  let listening = 0
  cluster.on('message', (_worker, message: ListeningMessage) => {
    if (message?.fond !== 'listening' || ++listening !== count) return
    printLine(`fond serves the edition at ${message.address} (${mode}; ${count} processes)`)
    printLine(`API: ${message.address}/api/openapi.json — press Ctrl+C to stop.`)
  })
  for (let i = 0; i < count; i++) cluster.fork()
  process.once('SIGINT', stopAll)
  process.once('SIGTERM', stopAll)
  await allExited
  return failed ? 1 : 0
}
