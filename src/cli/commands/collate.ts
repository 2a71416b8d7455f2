import type { Command } from 'commander'
import { type CollationWitness, collate, formatApparatus, reconstructWitnesses } from '../../collate/index.ts'
import type { DocumentRecord, SourceEdition, Span, WitnessSet, WitnessSetRecord } from '../../core/index.ts'
import { createLineIndex, NotFoundError, UsageError } from '../../core/index.ts'
import type { Store } from '../../store/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

/** A witness to collate, with what the CLI needs to print it: its label and the raw offset of a witness offset. */
interface PreparedWitness extends CollationWitness {
  readonly label: string
  readonly toRaw: (offset: number) => number
  readonly lineOf: (rawOffset: number) => number
}

export function registerCollateCommand(program: Command): void {
  program
    .command('collate')
    .description(
      'Print the apparatus of two documents, or of the two witnesses of one document given in two versions',
    )
    .argument('<id>', 'document id (see `fond documents`)')
    .argument('[other-id]', 'a second document id')
    .option('--json', 'print as JSON')
    .action(async (id: string, otherId: string | undefined, options: { json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const witnesses =
          otherId === undefined
            ? await witnessesOfDocument(store, id)
            : [await documentWitness(store, id), await documentWitness(store, otherId)]
        const apparatus = collate(witnesses)
        const byId = new Map(witnesses.map((w) => [w.id, w]))
        const lineOf = (witness: string, offset: number) => {
          const w = byId.get(witness) as PreparedWitness
          return w.lineOf(w.toRaw(offset))
        }
        if (options.json) {
          return printJson({
            witnesses: witnesses.map(({ id: wid, label }) => ({ id: wid, label })),
            places: apparatus.places.map((place) => ({
              kind: place.kind,
              lemma: place.lemma,
              readings: place.readings.map(({ tokens: _tokens, ...reading }) => ({
                ...reading,
                line: lineOf(reading.witness, reading.span.start),
              })),
            })),
          })
        }
        const labels = Object.fromEntries(witnesses.map((w) => [w.id, w.label]))
        printLine(
          `${witnesses.map((w) => `${w.label} (${w.id})`).join(' · ')}: ${apparatus.places.length} places`,
        )
        for (const line of formatApparatus(apparatus, { lineOf, labels })) printLine(line)
      } finally {
        await store.close()
      }
    })
}

async function loadDocument(
  store: Store,
  id: string,
): Promise<{ doc: DocumentRecord; edition: SourceEdition }> {
  const doc = await store.findDocument(id)
  if (doc === undefined) throw new NotFoundError('document', id)
  const edition = await store.loadEdition(doc.sourceId)
  if (edition === undefined) throw new NotFoundError('source', doc.sourceId)
  return { doc, edition }
}

/** A stored document as a witness: its text in the original file, leaving out page numbers and headers. */
async function documentWitness(store: Store, id: string): Promise<PreparedWitness> {
  const { doc, edition } = await loadDocument(store, id)
  const span = doc.provenance.span
  const lines = createLineIndex(edition.raw)
  return {
    id: doc.id,
    label: doc.title,
    text: edition.raw.slice(span.start, span.end),
    skip: removalsIn(edition, span).map((r) => ({ start: r.start - span.start, end: r.end - span.start })),
    toRaw: (offset) => span.start + offset,
    lineOf: (offset) => lines.lineAt(offset),
  }
}

/** The two witnesses of a document given in two versions, rebuilt from the original file. */
async function witnessesOfDocument(store: Store, id: string): Promise<PreparedWitness[]> {
  const { doc, edition } = await loadDocument(store, id)
  const { start, end } = doc.provenance.span
  const record =
    edition.witnesses.find((set) => set.documentId === doc.id) ??
    edition.witnesses.find((set) =>
      set.variants.some((v) => v.provenance.span.start >= start && v.provenance.span.end <= end),
    )
  if (record === undefined) {
    throw new UsageError(`Document "${id}" is not given in two versions: give two document ids to collate`)
  }
  const rebuilt = reconstructWitnesses(edition.raw, toWitnessSet(record), doc.provenance.span)
  const lines = createLineIndex(edition.raw)
  const removals = removalsIn(edition, doc.provenance.span)
  return [rebuilt.base, rebuilt.other].map((witness, k) => ({
    id: k === 0 ? 'base' : 'other',
    label: witness.label,
    text: witness.text,
    skip: removals.map((r) => ({ start: witness.map.fromRaw(r.start), end: witness.map.fromRaw(r.end) })),
    toRaw: (offset) => witness.map.toRaw(offset),
    lineOf: (offset) => lines.lineAt(offset),
  }))
}

function removalsIn(edition: SourceEdition, span: Span): Span[] {
  return edition.removals.filter((r) => r.start >= span.start && r.end <= span.end)
}

/** A stored witness set with its variants' spans as raw offsets (what the stored records keep). */
function toWitnessSet(record: WitnessSetRecord): WitnessSet {
  return {
    sourceId: record.sourceId,
    documentId: record.documentId,
    baseLabel: record.baseLabel,
    otherLabel: record.otherLabel,
    rule: 'cli/collate:stored-witnesses',
    variants: record.variants.map(({ provenance, base, ...variant }) => ({
      ...variant,
      span: provenance.span,
      ...(base === undefined ? {} : { baseSpan: { start: base.start, end: base.end } }),
      rule: provenance.rule,
    })),
  }
}
