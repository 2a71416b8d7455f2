// Enforces the dependency rule of docs/architecture.md: which folder of src/ may import which, and that
// modules import each other only through their index.ts. Run by `npm test`; exits 1 listing every violation.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')

/** Module → the modules it may import (besides itself). */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  core: [],
  ingest: ['core'],
  segment: ['core'],
  annotate: ['core'],
  resolve: ['core'],
  extract: ['core'],
  pipeline: ['core', 'ingest', 'segment', 'annotate', 'resolve', 'extract'],
  store: ['core'],
  export: ['core', 'store'],
  eval: ['core'],
  collate: ['core'],
  query: ['core'],
  importer: ['core', 'pipeline', 'store', 'collate'],
  server: ['core', 'pipeline', 'store', 'export', 'eval', 'query', 'importer', 'collate'],
  cli: ['core', 'pipeline', 'store', 'export', 'eval', 'server', 'query', 'importer', 'collate'],
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listFiles(path)
    return entry.name.endsWith('.ts') ? [path] : []
  })
}

const moduleOf = (file: string) => relative(src, file).split(sep)[0] ?? ''

const violations: string[] = []
for (const file of listFiles(src)) {
  const from = moduleOf(file)
  if (!(from in ALLOWED)) {
    violations.push(
      `${relative(root, file)}: folder "src/${from}" is not in the dependency rule (scripts/check-dependencies.ts)`,
    )
    continue
  }
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  for (const { fileName } of info.importedFiles) {
    if (!fileName.startsWith('.')) continue
    const target = resolve(dirname(file), fileName)
    if (!target.startsWith(src + sep)) {
      // Bundled authority data (JSON under data/) is data, not a module: stages may read it.
      if (target.startsWith(join(root, 'data') + sep) && target.endsWith('.json')) continue
      violations.push(`${relative(root, file)}: imports "${fileName}", outside src/`)
      continue
    }
    const to = moduleOf(target)
    if (to === from) continue
    if (!(ALLOWED[from] ?? []).includes(to)) {
      violations.push(
        `${relative(root, file)}: module "${from}" may not import module "${to}" ("${fileName}")`,
      )
    } else if (relative(join(src, to), target) !== 'index.ts') {
      violations.push(
        `${relative(root, file)}: imports "${fileName}"; import module "${to}" only through its index.ts`,
      )
    }
  }
}

if (violations.length > 0) {
  console.error(
    `Dependency rule broken (${violations.length}):\n${violations.map((v) => `  ${v}`).join('\n')}`,
  )
  process.exit(1)
}
console.log('Dependency rule holds: every import follows docs/architecture.md')
