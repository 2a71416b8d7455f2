// Imports a folder into a fresh SQLite store in this process and prints one JSON line of measurements.
// Used by bench/run.ts in a child process, so that peak memory is the import's own.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authorityFolders, expandPaths, importSources, loadAuthority } from '../src/importer/index.ts'
import { createSqliteStore } from '../src/store/index.ts'

const [folder, keep] = process.argv.slice(2)
if (folder === undefined) throw new TypeError('Usage: node bench/import-corpus.ts <folder> [db-to-keep]')
const dir = mkdtempSync(join(tmpdir(), 'fond-bench-'))
const dbPath = keep ?? join(dir, 'bench.db')
const store = createSqliteStore({ path: dbPath })
const bytes = expandPaths([folder]).reduce((sum, file) => sum + statSync(file).size, 0)
const started = performance.now()
const outcomes = await importSources([folder], store, {
  authority: loadAuthority(authorityFolders(undefined)),
})
const seconds = (performance.now() - started) / 1000
await store.close()
const dbBytes = statSync(dbPath).size
rmSync(dir, { recursive: true, force: true })
console.log(
  JSON.stringify({
    files: outcomes.length,
    failed: outcomes.filter((o) => o.status === 'failed').length,
    megabytes: bytes / 1e6,
    seconds,
    megabytesPerSecond: bytes / 1e6 / seconds,
    peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
    dbMegabytes: dbBytes / 1e6,
  }),
)
