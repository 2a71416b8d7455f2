import { Worker } from 'node:worker_threads'
import type { RunReply, RunRequest } from './run-file.ts'
import { runFile } from './run-file.ts'

/** Runs the pipeline for files, `jobs` at once. */
export interface Runner {
  readonly jobs: number
  run(request: RunRequest): Promise<RunReply>
  close(): Promise<void>
}

/** Old-generation heap of one pipeline worker, in MB: the largest book needs about a third of it. */
const WORKER_HEAP_MB = 320

type WorkerMessage = { ok: true; reply: RunReply } | { ok: false; message: string }

/**
 * A runner: in this thread for one job (unless `threads` asks for a worker even then, as a server does so that it
 * keeps answering while it imports), else a pool of worker threads, each running one file at a time. A worker
 * that fails (a bug in a stage) rejects that file's run with the worker's stack; the other files go on.
 * @example const runner = createRunner(2); await runner.run(request); await runner.close()
 */
export function createRunner(jobs: number, options: { readonly threads?: boolean } = {}): Runner {
  if (jobs <= 1 && options.threads !== true)
    return { jobs: 1, run: async (request) => runFile(request), close: async () => {} }
  const size = Math.max(1, jobs)
  const idle: Worker[] = []
  const waiting: ((worker: Worker) => void)[] = []
  const all: Worker[] = []
  for (let i = 0; i < size; i++) {
    const worker = new Worker(new URL('./pipeline-worker.ts', import.meta.url), {
      // A bounded heap makes each worker collect garbage before the process nears the memory the machine has.
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    })
    worker.unref()
    all.push(worker)
    idle.push(worker)
  }
  const acquire = () =>
    new Promise<Worker>((resolve) => {
      const worker = idle.pop()
      if (worker !== undefined) resolve(worker)
      else waiting.push(resolve)
    })
  const release = (worker: Worker) => {
    const next = waiting.shift()
    if (next !== undefined) next(worker)
    else idle.push(worker)
  }
  return {
    jobs: size,
    async run(request) {
      const worker = await acquire()
      try {
        return await new Promise<RunReply>((resolve, reject) => {
          const onMessage = (message: WorkerMessage) => {
            worker.off('error', onError)
            if (message.ok) resolve(message.reply)
            else reject(new Error(`The pipeline failed on "${request.path}": ${message.message}`))
          }
          const onError = (error: Error) => {
            worker.off('message', onMessage)
            reject(error)
          }
          worker.once('message', onMessage)
          worker.once('error', onError)
          worker.postMessage(request)
        })
      } finally {
        release(worker)
      }
    },
    async close() {
      await Promise.all(all.map((worker) => worker.terminate()))
    },
  }
}
