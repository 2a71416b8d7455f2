// Annotation throughput, and compromise's people() beside fond's person recognition on the same text, scored by
// the same scorer against people-other.tsv. Prints one JSON line (bench/run.ts prints the table).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { readSourceFile } from '../src/cli/read-source-file.ts'
import type { MentionRecord, SourceEdition } from '../src/core/index.ts'
import { createLineIndex, quoteSpan } from '../src/core/index.ts'
import { readGoldTable } from '../src/eval/read-gold-table.ts'
import { scorePeople } from '../src/eval/score-people.ts'
import { runPipeline, toEdition } from '../src/pipeline/index.ts'

const [corpus, goldDir] = process.argv.slice(2)
if (corpus === undefined || goldDir === undefined)
  throw new TypeError('Usage: node bench/annotation.ts <corpus> <gold>')

const editions: SourceEdition[] = []
const compromiseEditions: SourceEdition[] = []
let bytes = 0
let pipelineMs = 0
let compromiseMs = 0
for (const name of readdirSync(corpus).sort()) {
  const file = readSourceFile(join(corpus, name))
  bytes += file.bytes.length
  let started = performance.now()
  const result = runPipeline(file)
  pipelineMs += performance.now() - started
  const edition = toEdition(result, { importedAt: '' })
  editions.push(edition)
  // compromise on the same normalised text, one document at a time as stack.md advises.
  const text = result.text
  if (text === undefined) continue
  started = performance.now()
  const found = nlp(text.text).people().json({ offset: true }) as {
    text: string
    offset: { start: number; length: number }
  }[]
  compromiseMs += performance.now() - started
  const lines = createLineIndex(edition.raw)
  const mentions: MentionRecord[] = found.map((person) => {
    // compromise keeps trailing punctuation and possessives in its text: trim them as the gold convention does.
    const surface = person.text.replace(/[’']s$/, '').replace(/[^\p{L}.]+$/u, '')
    const span = text.map.spanToRaw({ start: person.offset.start, end: person.offset.start + surface.length })
    return {
      type: 'person',
      sourceId: file.id,
      surface,
      confidence: 1,
      provenance: {
        sourceId: file.id,
        span,
        quote: quoteSpan(edition.raw, span),
        lineStart: lines.lineAt(span.start),
        lineEnd: lines.lineAt(Math.max(span.start, span.end - 1)),
        rule: 'compromise:people',
      },
    }
  })
  compromiseEditions.push({ ...edition, mentions, entities: [] })
}
const gold = readGoldTable(join(goldDir, 'people-other.tsv'))
const fond = scorePeople(gold, editions)
const compromise = scorePeople(gold, compromiseEditions)
console.log(
  JSON.stringify({
    megabytes: bytes / 1e6,
    pipelineSeconds: pipelineMs / 1000,
    pipelineMegabytesPerSecond: bytes / 1e6 / (pipelineMs / 1000),
    compromiseSeconds: compromiseMs / 1000,
    compromiseMegabytesPerSecond: bytes / 1e6 / (compromiseMs / 1000),
    fond: fond.metrics,
    compromise: compromise.metrics,
  }),
)
