// Finds text reuse in a worker thread, so that a server importing files keeps answering meanwhile. One message in
// (the documents), one out (the pairs, or the error's stack); then the worker ends.
import { parentPort, workerData } from 'node:worker_threads'
import { findReuse, type ReuseDocument } from '../collate/index.ts'

if (parentPort === null) throw new TypeError('reuse-worker.ts must run as a worker thread')
try {
  parentPort.postMessage({ ok: true, pairs: findReuse(workerData as ReuseDocument[]) })
} catch (error) {
  parentPort.postMessage({ ok: false, message: (error as Error).stack ?? String(error) })
}
