import type { DocumentRecord, EntityRecord, FactRecord, SourceEdition } from '../core/index.ts'
import { nameKey, parsePersonName } from '../core/index.ts'
import { findEditionForGold, looseText, ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

const ITEM_TYPES = new Set(['letter', 'telegram', 'note', 'appendix-document'])
const FIELDS = ['sender', 'addressees', 'date'] as const
type Field = (typeof FIELDS)[number]

/** What a scorer needs to read a correspondence fact: entity names by id. */
interface Lookup {
  readonly entities: ReadonlyMap<string, EntityRecord>
}

/**
 * Scores the correspondence facts of an edition against `letters-001.tsv`: each gold row is matched to the fact
 * whose subject is the document with the row's number. Fields: `sender` (the gold signer's surname in the sender
 * entity's names, or the printed signer equal to it; an unsigned item wants no sender or the document's author),
 * `addressees` (every gold surname among the fact's addressees, as many as printed), `date` (ISO date, or
 * qualifier and bound when the gold has no ISO date). Metrics: `field_accuracy`, one accuracy per field,
 * `facts_found`.
 * @example scoreCorrespondence(readGoldTable('letters-001.tsv'), [edition]).metrics.field_accuracy
 */
export const scoreCorrespondence: Scorer = (gold, editions) => {
  const edition = findEditionForGold(gold, editions)
  const byNumber = factsByNumber(edition)
  const lookup: Lookup = { entities: new Map((edition?.entities ?? []).map((e) => [e.id, e])) }
  const right: Record<Field, number> = { sender: 0, addressees: 0, date: 0 }
  const misses: string[] = []
  let found = 0
  for (const row of gold.rows) {
    const number = row.number ?? ''
    const item = byNumber.get(number)
    if (item === undefined) {
      misses.push(`letter ${number}: expected a correspondence fact, found none`)
      continue
    }
    found++
    const checks: Record<Field, [boolean, string]> = {
      sender: checkSender(row.signer ?? '', item.fact, item.doc, lookup),
      addressees: checkAddressees(row.addressee ?? '', item.fact, lookup),
      date: checkDate(row, item.fact),
    }
    for (const field of FIELDS) {
      const [ok, actual] = checks[field]
      if (ok) right[field]++
      else misses.push(`letter ${number} ${field}: expected "${expectedOf(field, row)}" found "${actual}"`)
    }
  }
  const total = gold.rows.length
  const correct = right.sender + right.addressees + right.date
  return {
    gold: gold.name,
    metrics: {
      field_accuracy: ratio(correct, total * FIELDS.length),
      facts_found: ratio(found, total),
      sender_accuracy: ratio(right.sender, total),
      addressees_accuracy: ratio(right.addressees, total),
      date_accuracy: ratio(right.date, total),
    },
    counts: { gold_rows: total, found, fields_right: correct, fields: total * FIELDS.length },
    misses,
  }
}

function factsByNumber(
  edition: SourceEdition | undefined,
): Map<string, { fact: FactRecord; doc: DocumentRecord }> {
  const docs = new Map<string, DocumentRecord>()
  for (const doc of edition?.documents ?? []) if (ITEM_TYPES.has(doc.type)) docs.set(doc.id, doc)
  const byNumber = new Map<string, { fact: FactRecord; doc: DocumentRecord }>()
  for (const fact of edition?.facts ?? []) {
    if (fact.type !== 'correspondence') continue
    const doc = docs.get(fact.subject)
    if (doc?.number !== undefined && !byNumber.has(doc.number)) byNumber.set(doc.number, { fact, doc })
  }
  return byNumber
}

function expectedOf(field: Field, row: Readonly<Record<string, string>>): string {
  if (field === 'sender') return row.signer ?? ''
  if (field === 'addressees') return row.addressee ?? ''
  return row.iso_date || `${row.date_qualifier ?? ''} ${row.date_bound ?? ''}`.trim()
}

function list(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value
}

/** Every name key an entity id stands for: its name and variants, or the slug of the id when it is not stored. */
function entityKeys(id: string, lookup: Lookup): string[] {
  const entity = lookup.entities.get(id)
  const names =
    entity === undefined ? [id.replace(/^[a-z]+:/, '').replace(/-/g, ' ')] : [entity.name, ...entity.variants]
  return names.map(nameKey)
}

/** The surname key of a printed name, or the key of the whole text when it is not a person's name. */
function surnameOf(printed: string): string {
  const surname = parsePersonName(printed.replace(/\([^)]*\)/g, '')).surname
  return nameKey(surname === '' ? printed : surname)
}

/**
 * The names in a gold signer or addressee cell. A cell in brackets names someone the item does not print ("(Lenin;
 * not printed)"): the names are read without the bracket and the remark.
 */
function names(printed: string): string[] {
  const bracketed = /^\((.*)\)$/.exec(printed.trim())?.[1]
  return (bracketed ?? printed)
    .split(/\s*(?:;|(?<=\p{L}{2,})\.\s+(?=\p{Lu}))\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^not printed$/i.test(part))
}

function checkSender(gold: string, fact: FactRecord, doc: DocumentRecord, lookup: Lookup): [boolean, string] {
  const attributes = fact.attributes ?? {}
  const ids = list(attributes.senders).length > 0 ? list(attributes.senders) : list(attributes.sender)
  const printed = list(attributes.signer)[0] ?? ''
  const shown = `${printed} → ${ids.join(', ')}`
  if (gold.trim() === '') {
    if (ids.length === 0) return [true, shown]
    const author = doc.author === undefined ? '' : surnameOf(doc.author)
    return [
      author !== '' && ids.some((id) => entityKeys(id, lookup).some((key) => key.includes(author))),
      shown,
    ]
  }
  if (looseText(printed) === looseText(gold)) return [true, shown]
  const wanted = names(gold).map(surnameOf)
  const ok = wanted.every((surname) =>
    ids.some((id) => entityKeys(id, lookup).some((key) => key.includes(surname))),
  )
  return [ok && ids.length > 0, shown]
}

function checkAddressees(gold: string, fact: FactRecord, lookup: Lookup): [boolean, string] {
  const attributes = fact.attributes ?? {}
  const ids = list(attributes.addressees)
  const printed = list(attributes.addresseesPrinted)
  const shown = `${printed.join('; ')} → ${ids.join(', ')}`
  const wanted = gold
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (wanted.length !== printed.length) return [false, shown]
  const keys = [...ids.flatMap((id) => entityKeys(id, lookup)), ...printed.map((p) => nameKey(p))]
  return [wanted.every((name) => keys.some((key) => key.includes(surnameOf(name)))), shown]
}

function checkDate(row: Readonly<Record<string, string>>, fact: FactRecord): [boolean, string] {
  const attributes = fact.attributes ?? {}
  const iso = fact.start?.iso ?? ''
  const qualifier = list(attributes.dateQualifier)[0] ?? 'undetermined'
  const bound = list(attributes.dateBound)[0] ?? ''
  const shown = iso || `${qualifier} ${bound}`.trim()
  const goldIso = row.iso_date ?? ''
  if (goldIso !== '') return [iso === goldIso, shown]
  return [
    iso === '' && qualifier === (row.date_qualifier || 'undetermined') && bound === (row.date_bound ?? ''),
    shown,
  ]
}
