// Prints what the pipeline makes of one file, as JSON, for development: node scripts/dump-edition.ts FILE [key]
import { readSourceFile } from '../src/importer/index.ts'
import { runPipeline, toEdition } from '../src/pipeline/index.ts'

const [path, key] = process.argv.slice(2)
if (path === undefined) {
  console.error(
    'Usage: node scripts/dump-edition.ts FILE [documents|notes|markers|glossary|index|witnesses|diagnostics|removals]',
  )
  process.exit(2)
}
const edition = toEdition(runPipeline(readSourceFile(path)), { importedAt: new Date().toISOString() })
const { raw: _raw, ...rest } = edition
console.log(JSON.stringify(key === undefined ? rest : rest[key as keyof typeof rest], null, 1))
