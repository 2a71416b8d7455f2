import { readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { DiagnosticRecord, Entity } from '../core/index.ts'
import { runPipeline, toEdition } from '../pipeline/index.ts'
import type { Store } from '../store/index.ts'
import { readSourceFile, sourceIdFor } from './read-source-file.ts'

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
  /** Bundled and user authority entities (see load-authority.ts). @default [] */
  readonly authority?: readonly Entity[]
  /** Called after each file, with the number done and the total. */
  readonly onProgress?: (done: number, total: number, outcome: ImportOutcome) => void
  /** Re-import files even when their content is unchanged. @default false */
  readonly force?: boolean
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
 * edition behind and never stops the others. Unchanged files (same content hash) are skipped.
 */
export async function importSources(paths: readonly string[], store: Store, options: ImportOptions = {}) {
  const files = expandPaths(paths)
  const outcomes: ImportOutcome[] = []
  const known = await sourceAuthority(store)
  const base = options.authority ?? []
  /** Index in `files` after which a source's glossary or index brought people not known before. */
  let lastGrowth = -1
  for (const [index, path] of files.entries()) {
    const sourceId = sourceIdFor(path)
    const authority = [...base, ...[...known.values()].filter((e) => e.sourceId !== sourceId)]
    const { outcome, defined } = await importOne(path, store, options.force ?? false, authority)
    outcomes.push(outcome)
    const before = known.size
    for (const entity of defined) if (!known.has(entity.id)) known.set(entity.id, { ...entity, sourceId })
    if (known.size > before) lastGrowth = index
    options.onProgress?.(outcomes.length, files.length, outcome)
  }
  // Sources imported before a glossary or index that brought new people were resolved without them: do them again,
  // so the result does not depend on the order of the files.
  for (let index = 0; index < lastGrowth; index++) {
    const outcome = outcomes[index]
    if (outcome === undefined || outcome.status === 'failed') continue
    const authority = [...base, ...[...known.values()].filter((e) => e.sourceId !== outcome.sourceId)]
    const { outcome: again } = await importOne(outcome.path, store, true, authority)
    outcomes[index] = {
      ...again,
      status: outcome.status,
      milliseconds: outcome.milliseconds + again.milliseconds,
    }
  }
  return outcomes
}

/** Entities that sources define (glossary and index entries), with the source that defines them. */
type SourceEntity = Entity & { readonly sourceId: string }

/** Whether an entity was defined by a source's own apparatus (its glossary of names or its index). */
function isDefinedBySource(entity: Entity): boolean {
  return entity.origin.startsWith('glossary') || entity.origin.startsWith('index')
}

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

async function importOne(
  path: string,
  store: Store,
  force: boolean,
  authority: readonly Entity[],
): Promise<{ outcome: ImportOutcome; defined: readonly Entity[] }> {
  const started = performance.now()
  const sourceId = sourceIdFor(path)
  const base = { path, sourceId, bytes: 0, documents: 0, notes: 0, errors: 0, warnings: 0 }
  let file: ReturnType<typeof readSourceFile>
  try {
    file = readSourceFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    const diagnostic: DiagnosticRecord = {
      severity: 'error',
      reason: `Cannot read "${path}": ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`,
      source: 'cli',
      ruleId: 'unreadable-path',
      sourceId,
      file: path,
    }
    await store.saveFileDiagnostics(path, [diagnostic])
    return {
      outcome: { ...base, status: 'failed', errors: 1, milliseconds: performance.now() - started },
      defined: [],
    }
  }
  const previous = await store.findContentHash(sourceId)
  if (!force && previous === file.contentHash) {
    const outcome: ImportOutcome = {
      ...base,
      bytes: file.bytes.length,
      status: 'unchanged',
      milliseconds: performance.now() - started,
    }
    return { outcome, defined: [] }
  }
  const result = runPipeline(file, { authority })
  const edition = toEdition(result, { importedAt: new Date().toISOString() })
  const errors = edition.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = edition.diagnostics.filter((d) => d.severity === 'warning').length
  if (result.text === undefined) {
    // Nothing readable: keep no half edition, only the diagnostics that say why (and drop an older edition).
    if (previous !== undefined) await store.removeSource(sourceId)
    await store.saveFileDiagnostics(path, edition.diagnostics)
    const outcome: ImportOutcome = {
      ...base,
      bytes: file.bytes.length,
      status: 'failed',
      errors,
      warnings,
      milliseconds: performance.now() - started,
    }
    return { outcome, defined: [] }
  }
  await store.saveEdition(edition)
  const outcome: ImportOutcome = {
    ...base,
    bytes: file.bytes.length,
    status: previous === undefined ? 'imported' : 'replaced',
    documents: edition.documents.length,
    notes: edition.notes.length,
    errors,
    warnings,
    milliseconds: performance.now() - started,
  }
  return { outcome, defined: (result.entities ?? []).filter(isDefinedBySource) }
}

/** Short name of a file for tables. */
export function displayName(path: string): string {
  return basename(path)
}
