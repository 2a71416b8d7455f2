import type { ArchivalCitation, DocumentRecord, MentionRecord, SourceEdition } from '../core/index.ts'
import { plainText } from './markdown-marks.ts'
import { sortEditions } from './provenance-fields.ts'

/** One item to cite: a source, or a primary document with its archival locator when its notes give one. */
interface CitationItem {
  readonly id: string
  readonly kind: 'source' | 'document'
  readonly type: string
  readonly title: string
  readonly container?: string
  readonly author?: string
  readonly recipients: readonly string[]
  readonly date?: string
  readonly file: string
  readonly archival?: ArchivalCitation
}

const PRIMARY = new Set(['letter', 'telegram', 'note', 'appendix-document', 'quoted-document'])
const CSL_TYPES: Readonly<Record<string, string>> = {
  letter: 'personal_communication',
  telegram: 'personal_communication',
}

/** The archival locator as Zotero's "Loc. in Archive" shows it: `f. 558, op. 1, d. 5388, l. 1`. */
export function archiveLocation(c: ArchivalCitation): string {
  const lists =
    c.lists !== undefined && c.lists.length > 1
      ? `ll. ${c.lists.join(', ')}`
      : c.list === undefined
        ? undefined
        : c.listEnd === undefined
          ? `l. ${c.list}`
          : `ll. ${c.list}–${c.listEnd}`
  return [
    c.fond === undefined ? undefined : `f. ${c.fond}`,
    c.opis === undefined ? undefined : `op. ${c.opis}`,
    c.delo === undefined ? undefined : `d. ${c.delo}`,
    c.volume === undefined ? undefined : `t. ${c.volume}`,
    lists,
  ]
    .filter((p) => p !== undefined)
    .join(', ')
}

/** The first archival citation made in a document (its own text or its notes), in text order. */
function firstCitation(mentions: readonly MentionRecord[], docId: string): ArchivalCitation | undefined {
  return mentions
    .filter((m) => m.documentId === docId && m.citation?.archive !== undefined)
    .sort((a, b) => a.provenance.span.start - b.provenance.span.start)[0]?.citation
}

function items(editions: readonly SourceEdition[]): CitationItem[] {
  return sortEditions(editions).flatMap((edition) => {
    const { source } = edition
    const title = source.title ?? source.name
    const sourceItem: CitationItem = {
      id: source.id,
      kind: 'source',
      type: 'document',
      title,
      recipients: [],
      file: source.name,
    }
    const docs = [...edition.documents]
      .filter((d) => PRIMARY.has(d.type))
      .sort((a, b) => a.order - b.order)
      .map((d: DocumentRecord): CitationItem => {
        const date = d.date?.iso ?? d.editorialDate?.iso
        const archival = firstCitation(edition.mentions, d.id)
        return {
          id: d.id,
          kind: 'document',
          type: CSL_TYPES[d.type] ?? 'manuscript',
          title: plainText(d.title),
          container: title,
          recipients: d.addressees,
          file: source.name,
          ...(d.author === undefined ? {} : { author: d.author }),
          ...(date === undefined ? {} : { date }),
          ...(archival === undefined ? {} : { archival }),
        }
      })
    return [sourceItem, ...docs]
  })
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] })

/**
 * Sources and primary documents as CSL-JSON (what Zotero, Pandoc and citeproc read). Archival locators go in the
 * fields Zotero keeps: `archive` ("RGASPI") and `archive_location` ("f. 558, op. 1, d. 5388, l. 1").
 */
export function toCslJson(editions: readonly SourceEdition[]): string {
  const csl = items(editions).map((item) => ({
    id: item.id,
    type: item.type,
    title: item.title,
    ...(item.container === undefined ? {} : { 'container-title': item.container }),
    ...(item.author === undefined ? {} : { author: [{ literal: item.author }] }),
    ...(item.recipients.length === 0 ? {} : { recipient: item.recipients.map((literal) => ({ literal })) }),
    ...(item.date === undefined ? {} : { issued: dateParts(item.date) }),
    ...(item.archival?.archive === undefined ? {} : { archive: item.archival.archive }),
    ...(item.archival === undefined ? {} : { archive_location: archiveLocation(item.archival) }),
    note: `fond file: ${item.file}`,
  }))
  return `${JSON.stringify(csl, null, 2)}\n`
}

/**
 * Escapes BibTeX's special characters so that a value survives any BibTeX or biblatex reader.
 * @example escapeBibtex('50% & {x}') // '50\\% \\& \\{x\\}'
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  )
}

const bibKey = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '_')

/**
 * Sources and primary documents as BibTeX `@misc` entries. Archival locators are kept twice: in `archive` and
 * `archivelocation` (the fields Zotero's BibTeX import maps to Archive and Loc. in Archive) and in `note`.
 */
export function toBibtex(editions: readonly SourceEdition[]): string {
  const entries = items(editions).map((item) => {
    const location = item.archival === undefined ? undefined : archiveLocation(item.archival)
    const archive = item.archival?.archive
    const fields: [string, string | undefined][] = [
      ['title', item.title],
      ['author', item.author],
      ['howpublished', item.container],
      ['date', item.date],
      ['year', item.date?.slice(0, 4)],
      ['archive', archive],
      ['archivelocation', location],
      ['note', [archive, location].filter((p) => p !== undefined).join(', ') || undefined],
      ['addendum', `fond file: ${item.file}`],
    ]
    const body = fields
      .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
      .map(([name, value]) => `  ${name} = {${escapeBibtex(value)}}`)
      .join(',\n')
    return `@misc{${bibKey(item.id)},\n${body}\n}`
  })
  return `${entries.join('\n\n')}\n`
}
