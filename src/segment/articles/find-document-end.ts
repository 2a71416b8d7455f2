import {
  isAddress,
  isDateParagraph,
  isIntroducer,
  isPlaceParagraph,
  isResumption,
  isSalutation,
} from './paragraph-cues.ts'
import type { RunParagraph } from './read-paragraphs.ts'
import { readBodySignature, readInlineSignoff, readSignature, type Signoff } from './read-signoff.ts'

/** How far a quoted document may run, in paragraphs, before fond gives up looking for its end. */
const MAX_PARAGRAPHS = 60
const CLOSE_ONLY = /^(?:With\s[^,\n]{0,40}?\bgreetings|(?:Best\s|Warm\s)?(?:Greetings|Regards)|Yours)[,.!]?$/i
const POSTSCRIPT = /^P\.\s?P?\.?\s?S\./

/** Where a quoted document ends, and what said so. */
export interface DocumentEnd {
  /** Index of the last paragraph of the document. */
  readonly last: number
  readonly how: 'signature' | 'date' | 'inline-signoff' | 'note-marker' | 'resumption' | 'unknown'
  readonly signoff?: Signoff
  /** The paragraph holding the closing date, when there is one. */
  readonly dateParagraph?: RunParagraph
}

/**
 * Whether paragraph `index` opens a document by its form: a salutation, an address, a dateline followed
 * by a salutation, or a place followed by a dateline ("Moscow." / "10/1/1926").
 */
export function opensDocument(paragraphs: readonly RunParagraph[], index: number): boolean {
  const here = paragraphs[index]
  if (here === undefined || here.note) return false
  const next = nextInRegion(paragraphs, index)
  if (isSalutation(here.plain) || isAddress(here.plain)) return true
  if (next === undefined) return false
  if (isDateParagraph(here.plain) && isSalutation(next.plain)) return true
  return isPlaceParagraph(here.plain) && isDateParagraph(next.plain)
}

/**
 * Finds the end of a document that starts at paragraph `first` and may not run past `limit` (an offset):
 * first a signature, a closing date or a sign-off inside a paragraph; failing those, the editors resuming
 * (ends before that paragraph) or a paragraph closed by a note marker (the editors' source note), which
 * ever comes first; failing all, 'unknown' (the caller keeps only the first paragraph). `resume` is the
 * next point of the host's own list ("2)" after the host's "1)"): the host's text goes on there.
 */
export function findDocumentEnd(
  paragraphs: readonly RunParagraph[],
  first: number,
  limit: number,
  names: readonly string[],
  resume?: string,
): DocumentEnd {
  const hard = hardStop(paragraphs, first, limit)
  const resumed =
    resume === undefined
      ? -1
      : paragraphs.findIndex((p, j) => j > first && j < hard && p.plain.startsWith(resume))
  const stop = resumed === -1 ? hard : resumed
  const strong = findClosing(paragraphs, first, stop)
  if (strong !== undefined) return strong
  for (let j = first; j < stop; j++) {
    const paragraph = paragraphs[j] as RunParagraph
    if (paragraph.note) continue
    if (j > first && isResumption(paragraph.plain, names))
      return { last: previousBody(paragraphs, j), how: 'resumption' }
    if (/(?:<\/sup>|\^\[\d+\])\s*$/.test(paragraph.text)) return { last: j, how: 'note-marker' }
  }
  if (resumed !== -1) return { last: previousBody(paragraphs, resumed), how: 'resumption' }
  return { last: first, how: 'unknown' }
}

/**
 * Whether paragraphs from `first` form a signed statement that follows another in a series (votes and
 * statements printed one after the other): a signature, loose enough for a surname alone, before any
 * introduction, heading or note-marked paragraph.
 */
export function findSeriesEnd(
  paragraphs: readonly RunParagraph[],
  first: number,
  limit: number,
): DocumentEnd | undefined {
  const start = paragraphs[first]
  if (start === undefined || start.note || isIntroducer(start.plain) || opensDocument(paragraphs, first))
    return undefined
  const stop = Math.min(hardStop(paragraphs, first, limit), first + 10)
  for (let j = first + 1; j < stop; j++) {
    const paragraph = paragraphs[j] as RunParagraph
    if (paragraph.note) continue
    const signoff = readSignature(paragraph, true)
    if (signoff !== undefined) return { last: j, how: 'signature', signoff }
    if (isDateParagraph(paragraph.plain)) return afterDate(paragraphs, j, stop)
  }
  return undefined
}

function findClosing(
  paragraphs: readonly RunParagraph[],
  first: number,
  stop: number,
): DocumentEnd | undefined {
  const opening = isPlaceParagraph(paragraphs[first]?.plain ?? '') ? first + 1 : first
  for (let j = first; j < stop; j++) {
    const paragraph = paragraphs[j] as RunParagraph
    if (paragraph.note) continue
    if (j > opening && isDateParagraph(paragraph.plain)) return afterDate(paragraphs, j, stop)
    const signed = j > opening ? readSignedParagraph(paragraphs, j, stop) : undefined
    if (signed !== undefined) return signed
    const inline = readInlineSignoff(paragraph)
    if (inline !== undefined) return { last: j, how: 'inline-signoff', signoff: inline }
  }
  return undefined
}

/** A signature paragraph, or a close alone ("With Communist greetings,") with the name under it. */
function readSignedParagraph(
  paragraphs: readonly RunParagraph[],
  j: number,
  stop: number,
): DocumentEnd | undefined {
  const paragraph = paragraphs[j] as RunParagraph
  const signoff = readSignature(paragraph, false)
  if (signoff !== undefined) return withTail(paragraphs, j, stop, { last: j, how: 'signature', signoff })
  if (!CLOSE_ONLY.test(paragraph.plain)) return undefined
  const next = nextIndex(paragraphs, j, stop)
  const named = next === undefined ? undefined : readSignature(paragraphs[next] as RunParagraph, true)
  if (next === undefined || named === undefined) return undefined
  return withTail(paragraphs, next, stop, { last: next, how: 'signature', signoff: named })
}

/** A closing date: the signature under it (or the body that signs), if any, ends the document. */
function afterDate(paragraphs: readonly RunParagraph[], index: number, stop: number): DocumentEnd {
  const dateParagraph = paragraphs[index] as RunParagraph
  const next = nextIndex(paragraphs, index, stop)
  if (next !== undefined) {
    const paragraph = paragraphs[next] as RunParagraph
    const signoff = readSignature(paragraph, 'after-date') ?? readBodySignature(paragraph)
    if (signoff !== undefined)
      return withTail(paragraphs, next, stop, { last: next, how: 'signature', signoff, dateParagraph })
    const after = CLOSE_ONLY.test(paragraph.plain) ? nextIndex(paragraphs, next, stop) : undefined
    const named = after === undefined ? undefined : readSignature(paragraphs[after] as RunParagraph, true)
    if (after !== undefined && named !== undefined)
      return withTail(paragraphs, after, stop, {
        last: after,
        how: 'signature',
        signoff: named,
        dateParagraph,
      })
  }
  return { last: index, how: 'date', dateParagraph }
}

/** A date line right under the signature, and a postscript, still belong to the document. */
function withTail(
  paragraphs: readonly RunParagraph[],
  index: number,
  stop: number,
  end: DocumentEnd,
): DocumentEnd {
  let last = index
  let dateParagraph = end.dateParagraph
  const next = nextIndex(paragraphs, last, stop)
  if (
    next !== undefined &&
    dateParagraph === undefined &&
    isDateParagraph((paragraphs[next] as RunParagraph).plain)
  ) {
    last = next
    dateParagraph = paragraphs[next]
  }
  for (let j = nextIndex(paragraphs, last, stop); j !== undefined; j = nextIndex(paragraphs, j, stop)) {
    if (!POSTSCRIPT.test((paragraphs[j] as RunParagraph).plain)) break
    last = j
  }
  return { ...end, last, ...(dateParagraph === undefined ? {} : { dateParagraph }) }
}

/**
 * The first paragraph that cannot belong to the document: another region, past `limit`, a new
 * introduction or opening. A document that opens with its own formula ("To approve the following
 * resolution:") keeps the preamble right after it ("… the Politburo must state the following:").
 */
function hardStop(paragraphs: readonly RunParagraph[], first: number, limit: number): number {
  const region = paragraphs[first]?.region
  const cap = Math.min(paragraphs.length, first + MAX_PARAGRAPHS)
  for (let j = first + 1; j < cap; j++) {
    const paragraph = paragraphs[j] as RunParagraph
    if (paragraph.region !== region || paragraph.end > limit) return j
    if (paragraph.note) continue
    const preamble = j === first + 1 && isIntroducer((paragraphs[first] as RunParagraph).plain)
    if ((isIntroducer(paragraph.plain) && !preamble) || (j > first + 1 && opensDocument(paragraphs, j)))
      return j
  }
  return cap
}

function nextIndex(paragraphs: readonly RunParagraph[], index: number, stop: number): number | undefined {
  for (let j = index + 1; j < stop; j++) if (!(paragraphs[j] as RunParagraph).note) return j
  return undefined
}

function nextInRegion(paragraphs: readonly RunParagraph[], index: number): RunParagraph | undefined {
  const region = paragraphs[index]?.region
  for (let j = index + 1; j < paragraphs.length; j++) {
    const paragraph = paragraphs[j] as RunParagraph
    if (paragraph.region !== region) return undefined
    if (!paragraph.note) return paragraph
  }
  return undefined
}

function previousBody(paragraphs: readonly RunParagraph[], index: number): number {
  let j = index - 1
  while (j > 0 && (paragraphs[j] as RunParagraph).note) j--
  return j
}
