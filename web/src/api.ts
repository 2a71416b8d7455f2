/** The web edition talks to fond's server over HTTP only: these are the shapes of its JSON answers. */

export interface DateView {
  text: string
  iso?: string
  qualifier?: string
  bound?: string
}

export interface ListedDocument {
  id: string
  sourceId: string
  file: string
  type: string
  number?: string
  title: string
  parentId?: string
  editorialDate?: DateView
  date?: DateView
  headerDate?: string
  signoffDate?: string
  place?: string
  author?: string
  addressees: string[]
  signer?: string
  lines: { start: number; end: number }
}

export interface Place {
  line: number
  start: number
  end: number
}

export interface NoteView extends Place {
  id: string
  label: string
  kind: string
  text: string
  html: string
}

export interface MentionView extends Place {
  type: string
  surface: string
  entityId: string | null
  entityName: string | null
  iso?: string
  citation?: Citation
}

export interface Citation {
  archive?: string
  archiveAsPrinted?: string
  fond?: string
  opis?: string
  delo?: string
  list?: string
  listEnd?: string
  surface?: string
  documentId?: string | null
}

export interface Variant {
  kind: string
  baseReading: string
  otherReading: string
  certainty: string
}

export interface WitnessSet {
  baseLabel: string
  otherLabel: string
  variants: Variant[]
}

export interface DocumentView {
  document: ListedDocument
  text: string
  html: string
  notes: NoteView[]
  markers: (Place & { label: string; noteId: string | null })[]
  editorial: (Place & { text: string })[]
  mentions: MentionView[]
  witnesses: WitnessSet[]
  /** Passages this document shares with another (text reuse), when the server finds any. */
  reuse?: ReusePair[]
  previous: string | null
  next: string | null
}

/** One passage of text reuse: where it is in this document and where in the other. */
export interface ReusePair {
  id: string
  score: number
  rule: string
  here: ReuseSide
  other: ReuseSide & { sourceId: string; documentId: string; documentTitle: string }
}

/** One passage of a reuse pair: raw offsets, lines, the quote, and the words aligned with the other passage. */
export interface ReuseSide {
  start: number
  end: number
  lineStart: number
  lineEnd: number
  quote: string
  /** Runs of aligned words as [start, end] offsets into `quote` (absent from older servers). */
  matches?: [number, number][]
}

export interface Source {
  id: string
  name: string
  title?: string
  format: string
  documents: number
  notes: number
  diagnostics: number
  lineCount: number
}

export interface Passage {
  sourceId: string
  documentId?: string
  lineStart: number
  lineEnd: number
  quote: string | { exact: string }
  rule: string
}

export interface EntitySummary {
  id: string
  type: string
  name: string
  variants: string[]
  birthYear?: string
  deathYear?: string
  description?: string
  mentions?: number
}

export interface Fact {
  id: string
  type: string
  subject: string
  predicate: string
  object?: string
  role?: string
  start?: DateView
  end?: DateView
  attributes?: Record<string, unknown>
  evidence: Passage[]
}

export interface Holder {
  person: string
  name: string
  role: string
  certainty: string
  periods: { role: string; from: string | null; to: string | null; fact: string }[]
  passages: Passage[]
}

export interface Facet {
  value: string
  label: string
  count: number
}

export interface SearchAnswer {
  entities: EntitySummary[]
  total: number
  documents: {
    documentId: string
    title: string
    type: string
    file: string
    date: string | null
    snippetHtml: string
  }[]
  /** Values of each filter among the results; person and body list the entities the results mention. */
  facets: { source: Facet[]; type: Facet[]; year: Facet[]; person: Facet[]; body: Facet[] }
}

export interface EntityPage {
  entity: EntitySummary
  /** How many mentions the entity has in all; `mentions` is the first page of them. */
  mentionTotal: number
  mentions: {
    sourceId: string
    file: string
    documentId: string | null
    surface: string
    line: number
    prefix: string
    exact: string
    suffix: string
  }[]
  posts: {
    day: string | null
    role: string
    body: string | null
    bodyName: string | null
    start: DateView | null
    end: DateView | null
    fact: string
    passages: Passage[]
  }[]
  timeline: { day: string | null; part: string; fact: Fact; passages: Passage[] }[]
  correspondents: {
    correspondent: string
    name: string
    direction: string
    count: number
    letters: string[]
  }[]
  members: {
    person: string
    name: string
    periods: { role: string; from: string | null; to: string | null }[]
  }[]
}

export interface Diagnostic {
  severity: string
  reason: string
  source: string
  ruleId: string
  sourceId: string
  file: string
  line?: number
  column?: number
}

/** A diagnostic of an imported file, as an import's result lists it. */
export interface ImportDiagnostic {
  severity: string
  ruleId: string
  reason: string
  sourceId: string
  line: number | null
}

/** What happened to one imported file, named as it was sent. */
export interface ImportedFile {
  name: string
  sourceId: string
  status: string
  bytes: number
  documents: number
  notes: number
  errors: number
  warnings: number
  diagnostics: ImportDiagnostic[]
}

/** An import running on the server (POST …?async=true, then GET /api/imports/{id}). */
export interface ImportJob {
  id: string
  url: string
  stage: 'queued' | 'importing' | 'done' | 'failed'
  total: number
  done: number
  current: string | null
  files: ImportedFile[]
  message: string | null
}

/** An error the server answered with (its stable code and message). */
export class ApiError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

/** GETs a JSON answer of the API: `get('/api/documents', { type: 'letter' })`. */
export async function get<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
): Promise<T> {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value))
  const url = query.size === 0 ? path : `${path}?${query}`
  const response = await fetch(url, { headers: { accept: 'application/json' } })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new ApiError(response.status, errorMessage(body, response.status))
  return body as T
}

/** The quoted text of a passage, whatever form the server gave it in. */
export const quoteOf = (passage: Passage): string =>
  typeof passage.quote === 'string' ? passage.quote : passage.quote.exact

/** The message of an error answer (`{ error: { code, message } }`). */
export function errorMessage(body: unknown, status: number): string {
  const error = (body as { error?: { message?: unknown } } | undefined)?.error
  return typeof error?.message === 'string' ? error.message : `The server answered ${status}`
}
