import type { DiagnosticRecord, Entity, SourceEdition } from '../core/index.ts'
import { collectAuthority, runPipeline, toEdition } from '../pipeline/index.ts'
import { readSourceFile, sourceIdFor } from './read-source-file.ts'

/** What to do with one file: its path, the hash stored for it (to skip it unchanged), and the authority to use. */
export interface RunRequest {
  /** 'authority': only collect the entities the source defines (glossary, index); 'full': the whole pipeline. */
  readonly mode: 'authority' | 'full'
  readonly path: string
  readonly previousHash: string | undefined
  readonly force: boolean
  readonly authority: readonly Entity[]
  readonly importedAt: string
}

/** What became of one file: unreadable, unchanged, unusable (diagnostics only) or an edition to save. */
export type RunReply =
  | { readonly kind: 'unreadable'; readonly diagnostic: DiagnosticRecord }
  | { readonly kind: 'unchanged'; readonly bytes: number }
  | { readonly kind: 'unusable'; readonly bytes: number; readonly diagnostics: readonly DiagnosticRecord[] }
  | {
      readonly kind: 'edition'
      readonly bytes: number
      readonly edition: SourceEdition
      readonly defined: readonly Entity[]
    }
  | { readonly kind: 'authority'; readonly bytes: number; readonly defined: readonly Entity[] }

/** Whether an entity was defined by a source's own apparatus (its glossary of names or its index). */
export function isDefinedBySource(entity: Entity): boolean {
  return entity.origin.startsWith('glossary') || entity.origin.startsWith('index')
}

/** Reads a file and runs the pipeline on it (no store access: the caller saves). */
export function runFile(request: RunRequest): RunReply {
  const { path } = request
  let file: ReturnType<typeof readSourceFile>
  try {
    file = readSourceFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (error as Error).message
    return {
      kind: 'unreadable',
      diagnostic: {
        severity: 'error',
        reason: `Cannot read "${path}": ${reason}`,
        source: 'cli',
        ruleId: 'unreadable-path',
        sourceId: sourceIdFor(path),
        file: path,
      },
    }
  }
  if (!request.force && request.previousHash === file.contentHash)
    return { kind: 'unchanged', bytes: file.bytes.length }
  if (request.mode === 'authority') {
    return {
      kind: 'authority',
      bytes: file.bytes.length,
      defined: collectAuthority(file).filter(isDefinedBySource),
    }
  }
  const result = runPipeline(file, { authority: request.authority })
  const edition = toEdition(result, { importedAt: request.importedAt })
  if (result.text === undefined)
    return { kind: 'unusable', bytes: file.bytes.length, diagnostics: edition.diagnostics }
  return {
    kind: 'edition',
    bytes: file.bytes.length,
    edition,
    defined: (result.entities ?? []).filter(isDefinedBySource),
  }
}
