// Annotation throughput, and compromise's people() beside fond's person recognition on the same text, scored by
// the same scorer against people-other.tsv. Prints one JSON line (bench/run.ts prints the table).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import nlp from 'compromise'
import { annotate } from '../src/annotate/index.ts'
import type { MentionRecord, SourceEdition } from '../src/core/index.ts'
import { createLineIndex, quoteSpan } from '../src/core/index.ts'
import { readGoldTable } from '../src/eval/read-gold-table.ts'
import { scorePeople } from '../src/eval/score-people.ts'
import { extract } from '../src/extract/index.ts'
import { authorityFolders, loadAuthority, readSourceFile } from '../src/importer/index.ts'
import { ingest } from '../src/ingest/index.ts'
import { runPipeline, toEdition } from '../src/pipeline/index.ts'
import { authorityFromSources, resolve } from '../src/resolve/index.ts'
import { segment } from '../src/segment/index.ts'

const [corpus, goldDir] = process.argv.slice(2)
if (corpus === undefined || goldDir === undefined)
  throw new TypeError('Usage: node bench/annotation.ts <corpus> <gold>')

const editions: SourceEdition[] = []
const compromiseEditions: SourceEdition[] = []
let bytes = 0
let annotateMs = 0
let resolveMs = 0
let extractMs = 0
let facts = 0
let compromiseMs = 0
const bundled = loadAuthority(authorityFolders(undefined))
const files = readdirSync(corpus)
  .sort()
  .map((name) => readSourceFile(join(corpus, name)))
// The book's glossary and index are authority for the other sources, as `fond import` arranges.
const fromSources = files.flatMap((file) => {
  const text = ingest(file).text
  return text === undefined ? [] : authorityFromSources(segment(text, { sourceId: file.id, report() {} }))
})
const authority = [...bundled, ...fromSources]
for (const file of files) {
  bytes += file.bytes.length
  // The stages timed one by one on the same input as the pipeline: annotate (dates, citations, names), resolve.
  const text = ingest(file).text
  if (text !== undefined) {
    const context = { sourceId: file.id, report() {} }
    const segments = segment(text, context)
    let started = performance.now()
    const found = annotate(text, segments, { authority }, context)
    annotateMs += performance.now() - started
    started = performance.now()
    const resolved = resolve(found, { authority, text: text.text, segments }, context)
    resolveMs += performance.now() - started
    started = performance.now()
    const others = authority.filter((entity) => entity.type !== 'person')
    facts += extract(
      { text, segments, mentions: resolved.mentions, entities: [...resolved.entities, ...others] },
      context,
    ).length
    extractMs += performance.now() - started
  }
  const result = runPipeline(file, { authority })
  const edition = toEdition(result, { importedAt: '' })
  editions.push(edition)
  // compromise on the same normalised text, one document at a time as stack.md advises.
  const normalised = result.text
  if (normalised === undefined) continue
  const started = performance.now()
  const people = nlp(normalised.text).people().json({ offset: true }) as {
    text: string
    offset: { start: number; length: number }
  }[]
  compromiseMs += performance.now() - started
  const lines = createLineIndex(edition.raw)
  const mentions: MentionRecord[] = people.map((person) => {
    // compromise keeps trailing punctuation and possessives in its text: trim them as the gold convention does.
    const surface = person.text.replace(/[’']s$/, '').replace(/[^\p{L}.]+$/u, '')
    const span = normalised.map.spanToRaw({
      start: person.offset.start,
      end: person.offset.start + surface.length,
    })
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
    annotateSeconds: annotateMs / 1000,
    annotateMegabytesPerSecond: bytes / 1e6 / (annotateMs / 1000),
    resolveSeconds: resolveMs / 1000,
    extractSeconds: extractMs / 1000,
    extractMegabytesPerSecond: bytes / 1e6 / (extractMs / 1000),
    facts,
    compromiseSeconds: compromiseMs / 1000,
    compromiseMegabytesPerSecond: bytes / 1e6 / (compromiseMs / 1000),
    fond: fond.metrics,
    compromise: compromise.metrics,
  }),
)
