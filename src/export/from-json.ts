import type { SourceEdition } from '../core/index.ts'

/** What reading a JSON export gives: the editions, or the problems that make it unusable (each names its place). */
export type EditionJsonResult =
  | { readonly ok: true; readonly editions: readonly SourceEdition[] }
  | { readonly ok: false; readonly problems: readonly string[] }

/** The list fields every stored edition has, each an array of records. */
const LIST_FIELDS = [
  'documents',
  'notes',
  'markers',
  'editorial',
  'glossary',
  'index',
  'witnesses',
  'removals',
  'mentions',
  'entities',
  'facts',
  'diagnostics',
] as const satisfies readonly (keyof SourceEdition)[]

/** Lists whose records have an id of their own that must be unique within the edition. */
const ID_FIELDS = ['documents', 'notes', 'facts'] as const

/** Stops checking after this many problems: a file that is wholly wrong needs one clear answer, not thousands. */
const MAX_PROBLEMS = 20

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Keys under which records keep raw places: provenance, its span, evidence passages and printed fields. */
const PLACE_KEYS = new Set(['provenance', 'span', 'evidence', 'field', 'heading', 'place'])

/** The key a JSON path ends in, without its list index. */ const lastKey = (path: string) =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .at(-1) ?? ''

interface PlaceCheck {
  readonly sourceId: unknown
  readonly rawLength: number
  readonly problems: string[]
}

/** The problems of one record's raw places (`start`/`end`, `sourceId`) against its edition's file. */
function placeProblems(value: unknown, path: string, check: PlaceCheck): void {
  const { problems, rawLength } = check
  if (problems.length >= MAX_PROBLEMS || !isObject(value)) return
  if (
    typeof value.sourceId === 'string' &&
    value.sourceId !== check.sourceId &&
    PLACE_KEYS.has(lastKey(path))
  )
    problems.push(`${path}: source "${value.sourceId}" is not the edition's source`)
  const { start, end } = value
  if (typeof start === 'number' && typeof end === 'number') {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= rawLength))
      problems.push(
        `${path}: offsets ${start}–${end} are outside the original file (${rawLength} characters)`,
      )
  }
  for (const [key, child] of Object.entries(value))
    if (PLACE_KEYS.has(key))
      for (const [i, item] of (Array.isArray(child) ? child : [child]).entries())
        placeProblems(item, Array.isArray(child) ? `${path}.${key}[${i}]` : `${path}.${key}`, check)
}

/** Checks one edition's shape; pushes a problem per defect, each with its JSON path. */
function editionProblems(value: unknown, path: string, problems: string[]): void {
  if (!isObject(value)) {
    problems.push(`${path}: expected an edition object`)
    return
  }
  const { source, raw, text } = value
  if (!isObject(source) || typeof source.id !== 'string' || typeof source.name !== 'string')
    problems.push(`${path}.source: expected an object with an "id" and a "name"`)
  else if (typeof source.contentHash !== 'string') problems.push(`${path}.source: expected a "contentHash"`)
  if (typeof raw !== 'string') problems.push(`${path}.raw: expected the original file's text`)
  if (typeof text !== 'string') problems.push(`${path}.text: expected the normalised text`)
  const check: PlaceCheck = {
    sourceId: isObject(source) ? source.id : undefined,
    rawLength: typeof raw === 'string' ? raw.length : Number.POSITIVE_INFINITY,
    problems,
  }
  for (const field of LIST_FIELDS) {
    const list = value[field]
    if (!Array.isArray(list)) {
      problems.push(`${path}.${field}: expected a list`)
      continue
    }
    const seen = new Set<unknown>()
    for (const [i, item] of list.entries()) {
      if (problems.length >= MAX_PROBLEMS) return
      if (!isObject(item)) {
        problems.push(`${path}.${field}[${i}]: expected a record`)
        continue
      }
      if ((ID_FIELDS as readonly string[]).includes(field)) {
        if (typeof item.id !== 'string') problems.push(`${path}.${field}[${i}]: expected an "id"`)
        else if (seen.has(item.id)) problems.push(`${path}.${field}[${i}]: duplicate id "${item.id}"`)
        seen.add(item.id)
      }
      placeProblems(item, `${path}.${field}[${i}]`, check)
    }
  }
}

/**
 * Reads what `fond export --format json` wrote (one edition or a list) back into editions, checking the shape of
 * every edition, the uniqueness of record ids and that every raw offset lies inside its original file. Pure: the
 * caller reads the file and saves the editions.
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
