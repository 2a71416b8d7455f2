import type { Document, Span } from '../../core/index.ts'
import { splitParagraphs } from './find-page-notes.ts'
import { type Paragraph, toParagraph } from './paragraph-cues.ts'

/** A paragraph where quoted documents may stand, with the stretch of text it belongs to. */
export interface RunParagraph extends Paragraph {
  /** Paragraphs with the same region follow each other without a heading or a skipped document between. */
  readonly region: number
  /** A note text left where the printed page ended ("12. RTsKhIDNI f. 17, …"): part of no document. */
  readonly note: boolean
}

/** Documents whose text belongs to someone else's part of fond (the letters and reference apparatus). */
const SKIPPED = new Set([
  'letter',
  'telegram',
  'note',
  'appendix-document',
  'glossary',
  'index',
  'facsimiles',
  'back-matter',
])
const NOTE_TEXT = /^(\d{1,3})\.\s/
const MARKER_NUMBERS = /<sup>([\d,\s]+)<\/sup>|\^\[(\d+)\]/g

/**
 * The paragraphs of a text outside the skipped documents and non-prose spans, each with its region
 * (a new region after every heading or skipped stretch) and whether it is a note text. A paragraph
 * `N. …` is a note text when a marker `N` was seen before it and its note has not come yet, so the
 * numbered points of a quoted document ("1. The present editorial staff …") stay body text.
 * @example readParagraphs('A.<sup>1</sup>\n\n1. Note.', []).map((p) => p.note) // [false, true]
 */
export function readParagraphs(
  text: string,
  documents: readonly Document[],
  nonProse: readonly Span[] = [],
): RunParagraph[] {
  const skipped = documents.filter((doc) => SKIPPED.has(doc.type)).map((doc) => doc.span)
  const spans = [...skipped, ...nonProse]
  const result: RunParagraph[] = []
  let region = 0
  let previousEnd = 0
  let pending = new Set<number>()
  for (const span of splitParagraphs(text, 0, text.length)) {
    const paragraph = toParagraph(text, span.start, span.end)
    const inside = spans.some((s) => span.start >= s.start && span.start < s.end)
    const crossed = spans.some((s) => s.start >= previousEnd && s.start < span.start)
    if (inside || /^#{1,6}\s/.test(paragraph.plain)) {
      region++
      if (!inside) pending = new Set()
      continue
    }
    if (crossed) region++
    previousEnd = span.end
    const number = NOTE_TEXT.exec(paragraph.plain)?.[1]
    const note = number !== undefined && pending.has(Number(number))
    if (note) for (const n of [...pending]) if (n <= Number(number)) pending.delete(n)
    if (!note) for (const n of markerNumbers(paragraph.text)) pending.add(n)
    result.push({ ...paragraph, region, note })
  }
  return result
}

function markerNumbers(text: string): number[] {
  const numbers: number[] = []
  for (const match of text.matchAll(MARKER_NUMBERS)) {
    for (const part of (match[1] ?? match[2] ?? '').split(',')) {
      const n = Number(part.trim())
      if (Number.isInteger(n) && n > 0) numbers.push(n)
    }
  }
  return numbers
}
