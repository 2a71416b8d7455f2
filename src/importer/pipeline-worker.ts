// Runs the pipeline for one file at a time in a worker thread, so that a 2-core machine imports two files at once
// while the main thread saves finished editions. Messages: RunRequest in, RunReply out.
import { parentPort } from 'node:worker_threads'
import type { RunRequest } from './run-file.ts'
import { runFile } from './run-file.ts'

if (parentPort === null) throw new TypeError('pipeline-worker.ts must run as a worker thread')
const port = parentPort
port.on('message', (request: RunRequest) => {
  try {
    port.postMessage({ ok: true, reply: runFile(request) })
  } catch (error) {
    port.postMessage({ ok: false, message: (error as Error).stack ?? String(error) })
  }
})
