import { readdirSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, join } from 'node:path'
import type { Entity } from '../core/index.ts'
import type { Store } from '../store/index.ts'
import { createRunner } from './create-runner.ts'
import { sourceIdFor } from './read-source-file.ts'
import type { RunReply } from './run-file.ts'
import { isDefinedBySource } from './run-file.ts'
import { type ReuseSummary, updateReuse } from './update-reuse.ts'

/** What happened to one file. */
export interface ImportOutcome {
  readonly path: string
  readonly sourceId: string
  readonly status: 'imported' | 'replaced' | 'unchanged' | 'failed'
  readonly bytes: number
  readonly documents: number
  readonly notes: number
  readonly errors: number
  readonly warnings: number
  readonly milliseconds: number
}

export interface ImportOptions {
  /** How many files the pipeline may work on at once (worker threads); 1 runs in this thread. @default cores − 1, 1–4 */
  readonly jobs?: number
  /**
   * Run the pipeline and the reuse search in worker threads even for one job, so that this thread stays free (a
   * server answering requests while it imports). @default false
   */
  readonly threads?: boolean
  /** Bundled and user authority entities (see load-authority.ts). @default [] */
  readonly authority?: readonly Entity[]
  /** Called after each file, with the number done and the total. */
  readonly onProgress?: (done: number, total: number, outcome: ImportOutcome) => void
  /** Re-import files even when their content is unchanged. @default false */
  readonly force?: boolean
  /**
   * After the files, find text reuse across all stored documents and replace the stored reuse items (only when a
   * file was imported, replaced or failed). @default true
   */
  readonly reuse?: boolean
  /** Called after reuse was found, with what was found. */
  readonly onReuse?: (summary: ReuseSummary) => void
}

/**
 * Expands paths into files: a folder gives every regular file below it (hidden entries skipped), in name order.
 * A path that cannot be read is kept, so that importing it reports why.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = []
  const visit = (path: string) => {
    let stat: ReturnType<typeof statSync>
    try {
      stat = statSync(path)
    } catch {
      files.push(path)
      return
    }
    if (stat.isDirectory()) {
      let entries: string[]
      try {
        entries = readdirSync(path).sort()
      } catch {
        files.push(path)
        return
      }
      for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry))
    } else files.push(path)
  }
  for (const path of paths) visit(path)
  return files
}

/**
 * Imports files into the store: each file in its own transaction, so a broken file never leaves half an
 * edition behind and never stops the others. Unchanged files (same content hash) are skipped. The pipeline runs in
 * worker threads (`jobs` at once) while this thread saves finished editions in turn.
 */
export async function importSources(paths: readonly string[], store: Store, options: ImportOptions = {}) {
  const files = expandPaths(paths)
  const known = await sourceAuthority(store)
  const base = options.authority ?? []
  const runner = createRunner(options.jobs ?? defaultJobs(files.length), {
    threads: options.threads ?? false,
  })
  const outcomes: ImportOutcome[] = new Array(files.length)
  const previousHash = (path: string) => store.findContentHash(sourceIdFor(path))
  try {
    // First the entities every changed source defines (its glossary, its index), so that each source is then
    // resolved with the authority of all the others, whatever the order of the files.
    await forEachConcurrently(files.length, runner.jobs, async (index) => {
      const path = files[index] as string
      const reply = await runner.run({
        mode: 'authority',
        path,
        previousHash: await previousHash(path),
        force: options.force ?? false,
        authority: [],
        importedAt: '',
      })
      if (reply.kind !== 'authority') return
      const sourceId = sourceIdFor(path)
      for (const entity of reply.defined)
        if (!known.has(entity.id)) known.set(entity.id, { ...entity, sourceId })
    })
    let done = 0
    await forEachConcurrently(files.length, runner.jobs, async (index) => {
      const path = files[index] as string
      const sourceId = sourceIdFor(path)
      const started = performance.now()
      const reply = await runner.run({
        mode: 'full',
        path,
        previousHash: await previousHash(path),
        force: options.force ?? false,
        authority: [...base, ...[...known.values()].filter((e) => e.sourceId !== sourceId)],
        importedAt: new Date().toISOString(),
      })
      const outcome = await save(path, reply, store, started)
      outcomes[index] = outcome
      options.onProgress?.(++done, files.length, outcome)
    })
  } finally {
    await runner.close()
  }
  // Reuse is across sources, so it runs once all of them are stored (decision 0008).
  // Only a source saved or replaced changes what can be reused (a failed file leaves the store as it was).
  const changed = outcomes.some((outcome) => outcome.status === 'imported' || outcome.status === 'replaced')
  if ((options.reuse ?? true) && changed) {
    const summary = await updateReuse(store, { thread: options.threads ?? false })
    options.onReuse?.(summary)
  }
  return outcomes
}

/** Entities that sources define (glossary and index entries), with the source that defines them. */
type SourceEntity = Entity & { readonly sourceId: string }

/** The entities stored sources define, each with the (first) source that defines it. */
async function sourceAuthority(store: Store): Promise<Map<string, SourceEntity>> {
  const known = new Map<string, SourceEntity>()
  for (const entity of await store.listEntities()) {
    const { sources, mentions: _mentions, ...plain } = entity
    if (isDefinedBySource(plain) && sources[0] !== undefined)
      known.set(plain.id, { ...plain, sourceId: sources[0] })
  }
  return known
}

/** Saves what the pipeline made of a file (or the diagnostics of a file it could not use) and says what happened. */
async function save(path: string, reply: RunReply, store: Store, started: number): Promise<ImportOutcome> {
  const sourceId = sourceIdFor(path)
  const base = { path, sourceId, bytes: 0, documents: 0, notes: 0, errors: 0, warnings: 0 }
  const elapsed = () => performance.now() - started
  switch (reply.kind) {
    case 'unreadable':
      await store.saveFileDiagnostics(path, [reply.diagnostic])
      return { ...base, status: 'failed', errors: 1, milliseconds: elapsed() }
    case 'unchanged':
    case 'authority':
      return { ...base, bytes: reply.bytes, status: 'unchanged', milliseconds: elapsed() }
    case 'unusable': {
      // Nothing readable: keep no half edition, only the diagnostics that say why (and drop an older edition).
      if ((await store.findContentHash(sourceId)) !== undefined) await store.removeSource(sourceId)
      await store.saveFileDiagnostics(path, reply.diagnostics)
      const errors = reply.diagnostics.filter((d) => d.severity === 'error').length
      const warnings = reply.diagnostics.filter((d) => d.severity === 'warning').length
      return { ...base, bytes: reply.bytes, status: 'failed', errors, warnings, milliseconds: elapsed() }
    }
    case 'edition': {
      const { edition } = reply
      const previous = await store.findContentHash(sourceId)
      await store.saveEdition(edition)
      return {
        ...base,
        bytes: reply.bytes,
        status: previous === undefined ? 'imported' : 'replaced',
        documents: edition.documents.length,
        notes: edition.notes.length,
        errors: edition.diagnostics.filter((d) => d.severity === 'error').length,
        warnings: edition.diagnostics.filter((d) => d.severity === 'warning').length,
        milliseconds: elapsed(),
      }
    }
  }
}

/** Runs `task(0) … task(count - 1)` with at most `limit` running at once. */
async function forEachConcurrently(count: number, limit: number, task: (index: number) => Promise<void>) {
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, count) }, async () => {
    while (next < count) await task(next++)
  })
  await Promise.all(lanes)
}

/**
 * Workers to use: one per core but one (the main thread saves editions and needs a core of its own), at most 4, and
 * no more than there are files. On two cores that is one job, in the main thread: measured on the corpus, a second
 * worker gained 17 % in time and cost 80 % more memory.
 */
function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism() - 1, 4, files))
}

/** Short name of a file for tables. */
export function displayName(path: string): string {
  return basename(path)
}
