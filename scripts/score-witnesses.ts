// Scores the two-witness variants of the corpus against baku-variants.tsv: node scripts/score-witnesses.ts [--misses]
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readGoldTable } from '../src/eval/read-gold-table.ts'
import { scoreWitnesses } from '../src/eval/score-witnesses.ts'
import { readSourceFile } from '../src/importer/index.ts'
import { runPipeline, toEdition } from '../src/pipeline/index.ts'

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
const gold = readGoldTable(new URL('../../shared/gold/baku-variants.tsv', import.meta.url).pathname)
const editions = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) =>
    toEdition(runPipeline(readSourceFile(join(corpus, name))), { importedAt: new Date().toISOString() }),
  )
const score = scoreWitnesses(gold, editions)
console.log(JSON.stringify({ metrics: score.metrics, counts: score.counts }, null, 1))
if (process.argv.includes('--misses')) for (const miss of score.misses) console.log(miss)
