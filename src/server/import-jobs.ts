import { randomUUID } from 'node:crypto'
import type { Entity } from '../core/index.ts'
import { expandPaths, type ImportOutcome, importSources } from '../importer/index.ts'
import type { Store } from '../store/index.ts'

/** How many diagnostics of each file a result lists (the counts are complete). */
const DIAGNOSTIC_LIMIT = 20

/** A diagnostic as an import result lists it: enough to say what went wrong and to link to the passage. */
export interface DiagnosticSummary {
  readonly severity: string
  readonly ruleId: string
  readonly reason: string
  readonly sourceId: string
  readonly line: number | null
}

/** What happened to one file of an import, named as the client gave it. */
export interface FileResult {
  readonly name: string
  readonly sourceId: string
  readonly status: ImportOutcome['status']
  readonly bytes: number
  readonly documents: number
  readonly notes: number
  readonly errors: number
  readonly warnings: number
  readonly diagnostics: readonly DiagnosticSummary[]
}

/** Where an import job stands: waiting for an earlier one, importing, or finished (well or not). */
export type JobStage = 'queued' | 'importing' | 'done' | 'failed'

/** An import running in the background, as GET /api/imports/{id} answers it. */
export interface ImportJob {
  readonly id: string
  readonly stage: JobStage
  /** Files to import (a folder counts as the files below it) and files finished. */
  readonly total: number
  readonly done: number
  /** The file being imported now, when the stage is `importing`. */
  readonly current: string | null
  /** Results of the finished files, in the order they finished; with their diagnostics once the job is done. */
  readonly files: readonly FileResult[]
  /** Why the job failed, when it did. */
  readonly message: string | null
  readonly createdAt: string
  readonly finishedAt: string | null
}

/** What an import works with. */
export interface ImportContext {
  readonly store: Store
  readonly authority: readonly Entity[]
}

/** Files to import: their paths, and for each path the name the client knows it by (else the path itself). */
export interface ImportRequest {
  readonly paths: readonly string[]
  readonly names?: ReadonlyMap<string, string>
  readonly force: boolean
}

/**
 * Imports files in this thread (an upload is a few files; `fond import` is the tool for large batches) and answers
 * with each file's result and its first diagnostics. `onProgress` hears of each finished file, as the CLI's bar does.
 */
export async function importWithResults(
  { store, authority }: ImportContext,
  request: ImportRequest,
  onProgress?: (done: number, result: FileResult) => void,
): Promise<FileResult[]> {
  const nameOf = (path: string) => request.names?.get(path) ?? path
  const outcomes = await importSources(request.paths, store, {
    authority,
    force: request.force,
    jobs: 1,
    // In worker threads, so that the server answers other requests (and the job's progress) while it imports.
    threads: true,
    onProgress: (done, _total, outcome) => onProgress?.(done, toResult(outcome, nameOf, [])),
  })
  return Promise.all(
    outcomes.map(async (outcome) => toResult(outcome, nameOf, await diagnosticsOf(store, outcome.sourceId))),
  )
}

function toResult(
  outcome: ImportOutcome,
  nameOf: (path: string) => string,
  diagnostics: readonly DiagnosticSummary[],
): FileResult {
  const { path, sourceId, status, bytes, documents, notes, errors, warnings } = outcome
  return { name: nameOf(path), sourceId, status, bytes, documents, notes, errors, warnings, diagnostics }
}

async function diagnosticsOf(store: Store, sourceId: string): Promise<DiagnosticSummary[]> {
  const all = await store.listDiagnostics({ source: sourceId })
  return all
    .filter((d) => d.severity !== 'info')
    .slice(0, DIAGNOSTIC_LIMIT)
    .map(({ severity, ruleId, reason, line }) => ({ severity, ruleId, reason, sourceId, line: line ?? null }))
}

/** The background imports of one server. */
export interface ImportJobs {
  /** Queues an import and returns its job at once; imports run one after another, never two on the store at once. */
  start(request: ImportRequest): ImportJob
  /** Runs an import after the queued ones and resolves with its files' results (an import that waits). */
  run(request: ImportRequest): Promise<FileResult[]>
  /** A job by its id, as it stands now. */
  find(id: string): ImportJob | undefined
  /** Resolves when every job queued so far has finished (for tests and shutdown). */
  idle(): Promise<void>
}

/**
 * Keeps the server's import jobs: each runs after the previous one, reports the files done, the total and the file
 * at work, and keeps its results. Only the last `keep` jobs are remembered; `onImported` hears of each import that
 * ended (the server then rebuilds what it keeps per store revision).
 * @example const jobs = createImportJobs({ store, authority }); const { id } = jobs.start({ paths, force: false })
 */
export function createImportJobs(
  context: ImportContext,
  options: { keep?: number; onError?: (error: unknown) => void; onImported?: () => void } = {},
): ImportJobs {
  const jobs = new Map<string, ImportJob>()
  let queue: Promise<void> = Promise.resolve()
  const update = (id: string, change: Partial<ImportJob>) => {
    const job = jobs.get(id)
    if (job !== undefined) jobs.set(id, { ...job, ...change })
  }
  const run = async (id: string, request: ImportRequest, files: readonly string[]) => {
    const nameOf = (path: string) => request.names?.get(path) ?? path
    update(id, { stage: 'importing', current: files[0] === undefined ? null : nameOf(files[0]) })
    const finished: FileResult[] = []
    try {
      const results = await importWithResults(context, request, (done, result) => {
        finished.push(result)
        const next = files[done]
        update(id, { done, current: next === undefined ? null : nameOf(next), files: [...finished] })
      })
      update(id, { stage: 'done', current: null, files: results, finishedAt: new Date().toISOString() })
      options.onImported?.()
    } catch (error) {
      options.onError?.(error)
      update(id, {
        stage: 'failed',
        current: null,
        message: 'The import failed: see the server log',
        finishedAt: new Date().toISOString(),
      })
    }
  }
  return {
    start(request) {
      const files = expandPaths(request.paths)
      const job: ImportJob = {
        id: randomUUID(),
        stage: 'queued',
        total: files.length,
        done: 0,
        current: null,
        files: [],
        message: null,
        createdAt: new Date().toISOString(),
        finishedAt: null,
      }
      jobs.set(job.id, job)
      // Forget the oldest finished jobs beyond `keep`; a job that is queued or running is always kept.
      for (const [id, old] of jobs)
        if (jobs.size > (options.keep ?? 50) && (old.stage === 'done' || old.stage === 'failed'))
          jobs.delete(id)
      queue = queue.then(() => run(job.id, request, files))
      return job
    },
    run(request) {
      const result = queue.then(async () => {
        const results = await importWithResults(context, request)
        options.onImported?.()
        return results
      })
      queue = result.then(
        () => undefined,
        () => undefined,
      )
      return result
    },
    find: (id) => jobs.get(id),
    idle: () => queue,
  }
}
