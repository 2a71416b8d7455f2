import type { SourceEdition } from '../core/index.ts'
import { type EditionContext, editionContext, recordPlaceProblems } from './check-places.ts'
import { isObject, type ListField, RECORD_SHAPES, shapeProblems } from './record-shapes.ts'

/** What reading a JSON export gives: the editions, or the problems that make it unusable (each names its place). */
export type EditionJsonResult =
  | { readonly ok: true; readonly editions: readonly SourceEdition[] }
  | { readonly ok: false; readonly problems: readonly string[] }

/** The list fields every stored edition has, each an array of records. */
const LIST_FIELDS = Object.keys(RECORD_SHAPES) as ListField[]

/** Lists whose records have an id of their own that must be unique within the edition. */
const ID_FIELDS: ReadonlySet<ListField> = new Set(['documents', 'notes', 'facts'])

/** Stops checking after this many problems: a file that is wholly wrong needs one clear answer, not thousands. */
const MAX_PROBLEMS = 20

/** The required fields of a source record beside its id and name. */
const SOURCE_SHAPE = {
  path: 'string',
  contentHash: 'string',
  byteLength: 'number',
  lineCount: 'number',
  importedAt: 'string',
} as const

/** Checks the edition's source record and texts. */
function headProblems(value: Record<string, unknown>, path: string, problems: string[]): void {
  const { source, raw, text } = value
  if (!isObject(source) || typeof source.id !== 'string' || typeof source.name !== 'string')
    problems.push(`${path}.source: expected an object with an "id" and a "name"`)
  else shapeProblems(source, SOURCE_SHAPE, `${path}.source`, problems)
  if (typeof raw !== 'string') problems.push(`${path}.raw: expected the original file's text`)
  if (typeof text !== 'string') problems.push(`${path}.text: expected the normalised text`)
}

/** Checks one list of records: each record's required fields, unique ids, and (when complete) its places. */
function listProblems(
  list: readonly unknown[],
  field: ListField,
  path: string,
  context: EditionContext,
): void {
  const { problems } = context
  const seen = new Set<unknown>()
  for (const [i, item] of list.entries()) {
    if (problems.length >= MAX_PROBLEMS) return
    const itemPath = `${path}.${field}[${i}]`
    if (!shapeProblems(item, RECORD_SHAPES[field], itemPath, problems) || !isObject(item)) continue
    if (ID_FIELDS.has(field)) {
      if (seen.has(item.id)) problems.push(`${itemPath}: duplicate id "${String(item.id)}"`)
      seen.add(item.id)
    }
    recordPlaceProblems(item, itemPath, context)
  }
}

/** Checks one edition; pushes a problem per defect, each with its JSON path. */
function editionProblems(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: expected an edition object`)
    return
  }
  headProblems(value, path, problems)
  const sourceId = isObject(value.source) ? value.source.id : undefined
  const context = editionContext(sourceId, value.raw, value.text, problems)
  for (const field of LIST_FIELDS) {
    const list = value[field]
    if (Array.isArray(list)) listProblems(list, field, path, context)
    else problems.push(`${path}.${field}: expected a list`)
    if (problems.length >= MAX_PROBLEMS) return
  }
}

/**
 * Reads what `fond export --format json` wrote (one edition or a list) back into editions, checking the shape of
 * every edition and the required fields of every record, the uniqueness of record ids, that every record belongs to
 * the edition's source, that every raw offset lies inside its original file, that every provenance quotes that file
 * and gives the right lines, and that every `textSpan` lies inside the normalised text. At most 20 problems are
 * given, each named by its JSON path. Pure: the caller reads the file and saves the editions.
 */
export function fromJson(json: string): EditionJsonResult {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return { ok: false, problems: [`Not JSON: ${(error as Error).message}`] }
  }
  const list = Array.isArray(value) ? value : [value]
  const problems: string[] = []
  if (list.length === 0) problems.push('$: the file holds no edition')
  const sources = new Set<unknown>()
  for (const [i, edition] of list.entries()) {
    const path = Array.isArray(value) ? `$[${i}]` : '$'
    editionProblems(edition, path, problems)
    const id = isObject(edition) && isObject(edition.source) ? edition.source.id : undefined
    if (id !== undefined && sources.has(id))
      problems.push(`${path}.source: source "${String(id)}" appears twice`)
    sources.add(id)
    if (problems.length >= MAX_PROBLEMS) break
  }
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, editions: list as SourceEdition[] }
}
