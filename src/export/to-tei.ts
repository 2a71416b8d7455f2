import type { DocumentRecord, Entity, NoteRecord, SourceEdition, Span } from '../core/index.ts'
import { createTextLocator } from './locate-in-text.ts'
import { noteRange } from './tei-blocks.ts'
import { type DivContext, renderDiv } from './tei-div.ts'
import { editionMarks, witnessIds } from './tei-marks.ts'
import { referencedEntities, renderStandOff } from './tei-standoff.ts'
import { element, textElement } from './xml.ts'

/** The XML declaration and the TEI namespace every export starts with. */
export const TEI_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n'
export const TEI_NS = 'http://www.tei-c.org/ns/1.0'

const byPosition = (a: DocumentRecord, b: DocumentRecord) =>
  a.textSpan.start - b.textSpan.start || b.textSpan.end - a.textSpan.end || a.order - b.order

/** The innermost document whose text holds `at`, or undefined. */
function ownerOf(sortedBySize: readonly DocumentRecord[], at: number): DocumentRecord | undefined {
  return sortedBySize.find((doc) => doc.textSpan.start <= at && at < doc.textSpan.end)
}

function createContext(edition: SourceEdition): DivContext {
  const locate = createTextLocator(edition)
  const children = new Map<string, DocumentRecord[]>()
  for (const doc of [...edition.documents].sort(byPosition)) {
    if (doc.parentId === undefined) continue
    children.set(doc.parentId, [...(children.get(doc.parentId) ?? []), doc])
  }
  const bySize = [...edition.documents].sort(
    (a, b) => a.textSpan.end - a.textSpan.start - (b.textSpan.end - b.textSpan.start) || a.order - b.order,
  )
  const notes = new Map<string, { note: NoteRecord; range: Span }[]>()
  const excluded: Span[] = []
  for (const note of [...edition.notes].sort((a, b) => a.textSpan.start - b.textSpan.start)) {
    const range = noteRange(edition.text, note)
    const owner = ownerOf(bySize, range.start)
    if (owner === undefined) continue
    notes.set(owner.id, [...(notes.get(owner.id) ?? []), { note, range }])
    excluded.push(range)
  }
  return {
    text: edition.text,
    marks: editionMarks(edition, locate),
    locate,
    childrenOf: (id) => children.get(id) ?? [],
    notesOf: (id) => notes.get(id) ?? [],
    excluded,
  }
}

function renderHeader(edition: SourceEdition): string {
  const { source } = edition
  const title = source.title ?? source.name
  const witnesses = edition.witnesses.map((set) => {
    const ids = witnessIds(set.documentId)
    return [
      textElement('witness', { 'xml:id': ids.base }, set.baseLabel),
      textElement('witness', { 'xml:id': ids.other }, set.otherLabel),
    ].join('')
  })
  const bibl = element(
    'bibl',
    {},
    textElement('title', {}, title) +
      textElement('idno', { type: 'file' }, source.name) +
      textElement('idno', { type: 'sha256' }, source.contentHash),
  )
  const sourceDesc = bibl + (witnesses.length === 0 ? '' : element('listWit', {}, witnesses.join('')))
  const fileDesc = [
    element('titleStmt', {}, textElement('title', {}, title)),
    element('publicationStmt', {}, textElement('p', {}, `Exported by fond from the file ${source.name}`)),
    element('sourceDesc', {}, sourceDesc),
  ].join('\n')
  return element('teiHeader', {}, element('fileDesc', {}, fileDesc))
}

/**
 * One source as TEI P5 XML: a header naming the source file (and its witnesses), a `standOff` with the people,
 * bodies, places and events it refers to, and the document tree as nested `div`s with notes, tagged names and
 * dates, editorial brackets and the apparatus of its witnesses. Deterministic: the same edition gives the same bytes.
 * @example toTei(edition, await store.listEntities()).startsWith('<?xml') // true
 */
export function toTei(edition: SourceEdition, entities: readonly Entity[] = []): string {
  const ctx = createContext(edition)
  const roots = edition.documents.filter((d) => d.parentId === undefined).sort(byPosition)
  const body = roots.length === 0 ? '<p/>' : roots.map((doc) => renderDiv(ctx, doc)).join('\n')
  const standOff = renderStandOff(referencedEntities(edition, entities))
  const parts = [renderHeader(edition), standOff, element('text', {}, element('body', {}, body))]
  return `${TEI_PROLOG}${element('TEI', { xmlns: TEI_NS }, `\n${parts.filter((p) => p !== '').join('\n')}\n`)}\n`
}
