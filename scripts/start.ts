// The README's main job: import the corpus (../shared/corpus, or the folder given) and show what fond made of it.
// Usage: npm start [-- <folder-of-sources>]
import { existsSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../src/cli/main.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const folder = resolve(process.argv[2] ?? process.env.FOND_CORPUS ?? join(root, '..', 'shared', 'corpus'))

if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  process.stderr.write(
    `fond: no folder of sources at "${folder}".\n\n` +
      'Point fond at a folder of sources (plain text, OCR output, Markdown, HTML or saved wiki pages):\n' +
      '  npm start -- /path/to/your/sources\n' +
      'or set FOND_CORPUS=/path/to/your/sources, or use the CLI directly:\n' +
      '  npx fond import /path/to/your/sources && npx fond sources\n',
  )
  process.exit(2)
}

const step = async (title: string, args: string[]) => {
  process.stdout.write(`\n▶ ${title}\n  $ fond ${args.join(' ')}\n\n`)
  const code = await main(args)
  if (code !== 0) process.exit(code)
}

process.chdir(root)
await step('Importing the sources', ['import', relative(root, folder) || '.'])
await step('What was found in each source', ['sources'])
await step('Letters and telegrams', ['documents', '--type', 'letter,telegram', '--limit', '12'])
await step('One person in any spelling or script', ['entities', '--type', 'person', '--query', 'Троцкий'])
await step('His passages in every spelling, best first', ['search', 'Троцкий', '--limit', '3'])
await step('Who sat in the Politburo on 1 February 1926, each with the passage', [
  'who',
  '--role',
  'member',
  '--body',
  'Politburo',
  '--on',
  '1926-02-01',
])
await step('Passages one source quotes from another (even in another translation)', ['reuse', '--across'])
await step('Where the sources disagree', ['conflicts'])
await step('Scores against the hand-checked gold', ['eval'])
process.stdout.write(
  '\nAlso: `npx fond --help`, `npx fond show <id>`, `npx fond entity <id>`, `npx fond timeline <name>`,\n' +
    '`npx fond search <words> [--type letter] [--year 1926]`, ' +
    '`npx fond citations`, `npx fond diagnostics`, `npx fond eval --misses`.\n' +
    'The edition is stored in .fond/edition.db (set FOND_DB or --db to use another file).\n',
)

// Last, serve the edition (the REST API and, once built, the web pages) until Ctrl+C. FOND_NO_SERVE=1 skips it.
if (process.env.FOND_NO_SERVE !== '1') await step('Serving the edition', ['serve'])
