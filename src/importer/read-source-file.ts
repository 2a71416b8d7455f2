import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { SourceFile } from '../core/index.ts'
import { createId } from '../core/index.ts'

/**
 * Reads a file from disk into a SourceFile. The source id is derived from the file name and content,
 * so the same file always gets the same id and a changed file gets a new one.
 */
export function readSourceFile(path: string): SourceFile {
  const bytes = readFileSync(path)
  const contentHash = createHash('sha256').update(bytes).digest('hex')
  return { id: sourceIdFor(path), path, name: basename(path), bytes, contentHash }
}

/** Stable id of a source: from its file name, so that re-importing a changed file replaces the old one. */
export function sourceIdFor(path: string) {
  return createId('source', createHash('sha256').update(basename(path)).digest('hex').slice(0, 12))
}
