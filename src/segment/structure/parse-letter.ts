import type { Block, DocumentDate, DocumentType, Insertion, Span, TextField } from '../../core/index.ts'
import { findParagraphs, type Line, type Paragraph, stripMarkup, trimMarkupSpan } from './find-paragraphs.ts'
import {
  findLeadingPlace,
  findSignature,
  isClosing,
  isDateLine,
  isNumberedParagraph,
  isPostscript,
  splitDateLine,
} from './letter-lines.ts'
import { parseEditorialDate } from './parse-editorial-date.ts'
import { parseSalutation } from './parse-salutation.ts'

/** The metadata read from one letter, telegram, note or appendix document. */
export interface LetterFields {
  readonly type?: DocumentType
  readonly editorialDate?: DocumentDate
  readonly headerDate?: TextField
  readonly signoffDate?: TextField
  readonly place?: TextField
  readonly salutation?: TextField
  readonly signer?: TextField
  readonly addressees: string[]
  readonly author?: string
  readonly insertions: Insertion[]
  readonly blocks: Block[]
}

/** The editors' date line: a bracket holding a year, alone on its line, perhaps with a note marker. */
const EDITORIAL_DATE = /^\[(?<inner>[^\]]*\b1\d{3}\b[^\]]*)\](?:<sup>[^<]*<\/sup>)?$/
/** A provenance line under a reproduced document: "(translated by the U.S. editor from …)". */
const PROVENANCE = /^\((?:translated|reprinted|quoted|excerpted|from|source)\b/i
const TELEGRAM = /^(?:[A-Z]+\s+)*(?:TELEGRAM|CABLE|RADIOGRAM|TELEGRAPH)\b/
/** The editors' first note calling the item a note: "… corner of the note is …", "This letter is X's notation on …". */
const NOTE_ITEM =
  /^1\.\s+(?:.*\bof the note\b|A note (?:from|by)\b|(?:This|The) (?:letter|document|text) is [^.]{0,40}\bnotation\b)/
const LEADING_DATE =
  /^(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\.\s/

/**
 * Reads the parts of a letter-like item between the end of its heading and `end`: editorial date,
 * telegram title, header date and place, salutation, body, closing, signature, sign-off date, postscripts,
 * passages by other hands, and notes.
 * @example parseLetter(text, 12, text.length, { appendix: false }).signer?.text // 'J. Stalin'
 */
export function parseLetter(
  text: string,
  bodyStart: number,
  end: number,
  options: { appendix: boolean },
): LetterFields {
  const paragraphs = findParagraphs(text, bodyStart, end)
  const lines = paragraphs.flatMap((p) => p.lines.map((line) => ({ line, paragraph: p })))
  const blocks: Block[] = []
  const fields: {
    -readonly [K in keyof LetterFields]: LetterFields[K]
  } = { addressees: [], insertions: [], blocks }
  let i = 0
  const field = (line: Line, offset: number, length: number): TextField => ({
    text: line.text.slice(offset, offset + length),
    span: { start: line.start + offset, end: line.start + offset + length },
  })
  const at = (k: number): Line | undefined => lines[k]?.line
  // 1. Editorial date and provenance line.
  for (; i < lines.length; i++) {
    const line = at(i) as Line
    const m = EDITORIAL_DATE.exec(line.text)
    const inner = m?.groups?.inner
    if (inner !== undefined && fields.editorialDate === undefined) {
      fields.editorialDate = {
        ...field(line, 1, inner.length),
        ...parseEditorialDate(inner),
        rule: 'segment/letters:editorial-date',
      }
      blocks.push({ type: 'editorial', span: line })
    } else if (options.appendix && PROVENANCE.test(line.text)) {
      const paragraph = lines[i]?.paragraph as Paragraph
      blocks.push({ type: 'editorial', span: paragraph })
      while (lines[i + 1]?.paragraph === paragraph) i++
    } else if (options.appendix && /^\d{0,4}[,.]?\s*[\w.]*\s*(?:no\.|vol\.)?\s*[\d:–-]+\)$/.test(line.text)) {
      blocks.push({ type: 'editorial', span: line }) // the second half of a provenance line split by a blank line
    } else break
  }
  // 2. Header: telegram title, routing lines, header date and place, salutations.
  let telegram = false
  for (; i < lines.length; i++) {
    const line = at(i) as Line
    const paragraph = lines[i]?.paragraph as Paragraph
    if (paragraph.lines.length > 2 || line.text.length > 80) break
    const bare = stripMarkup(line.text)
    if (TELEGRAM.test(bare) && bare === bare.toUpperCase()) {
      telegram = true
      readTelegramTitle(bare, fields)
      blocks.push({ type: 'heading', span: trimMarkupSpan(text, line) })
      continue
    }
    const names = parseSalutation(bare)
    if (names !== undefined && !(telegram && /^To:/.test(bare))) {
      const span = trimMarkupSpan(text, line)
      if (fields.salutation === undefined)
        fields.salutation = { text: text.slice(span.start, span.end), span }
      if (!telegram || fields.addressees.length === 0) fields.addressees.push(...names)
      blocks.push({ type: 'salutation', span })
      continue
    }
    if (isDateLine(bare) && fields.headerDate === undefined && bare === line.text.trim()) {
      const parts = splitDateLine(line.text)
      fields.headerDate = field(line, parts.dateOffset, parts.date.length)
      if (parts.place !== undefined && fields.place === undefined)
        fields.place = field(line, parts.place.offset, parts.place.text.length)
      blocks.push({ type: 'dateline', span: line })
      continue
    }
    if (telegram && !/[.?]$/.test(bare)) {
      blocks.push({ type: 'dateline', span: line }) // routing: where the telegram went, not where it was written
      continue
    }
    break
  }
  if (options.appendix && fields.headerDate === undefined) {
    const line = at(i)
    const m = line === undefined ? null : LEADING_DATE.exec(line.text)
    if (line !== undefined && m !== null) fields.headerDate = field(line, 0, (m[1] as string).length)
  }
  readClosing(text, lines, i, fields, field)
  if (telegram) fields.type = 'telegram'
  else if (lines.some(({ line }) => NOTE_ITEM.test(line.text))) fields.type = 'note'
  return fields
}

function readTelegramTitle(title: string, fields: { addressees: string[]; author?: string }): void {
  const m = /\bFROM\s+(.+?)\s+TO\s+(.+)$/.exec(title)
  if (m === null) return
  const names = (s: string): string[] =>
    s.split(/\s*,\s*|\s+AND\s+/).map((n) =>
      n
        .trim()
        .toLowerCase()
        .replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    )
  fields.author = names(m[1] as string).join('; ')
  fields.addressees.push(...names(m[2] as string))
}

type Field = (line: Line, offset: number, length: number) => TextField
interface Located {
  readonly line: Line
  readonly paragraph: Paragraph
}

/** Signature, closing, sign-off date and place, postscripts, other hands, notes; body paragraphs before. */
function readClosing(
  text: string,
  lines: readonly Located[],
  bodyFrom: number,
  fields: { -readonly [K in keyof LetterFields]: LetterFields[K] },
  field: Field,
): void {
  const bare = (k: number): string => stripMarkup((lines[k] as Located).line.text)
  let sig = -1
  let afterDate = false
  for (let k = bodyFrom; k < lines.length; k++) {
    const b = bare(k)
    if (isNumberedParagraph(b) && afterDate && b.startsWith('1.')) break
    afterDate = isDateLine(b) || isClosing(b)
    if (isNumberedParagraph(b)) continue
    if (findSignature(b) !== undefined) {
      sig = k
      break
    }
  }
  const blocks = fields.blocks
  const bodyEnd = sig === -1 ? lines.length : sig
  pushParagraphBlocks(lines, bodyFrom, bodyEnd, blocks)
  if (sig === -1) {
    // Unsigned: a date line closing the body is the sign-off.
    const last = lines.slice(bodyFrom, firstNote(lines, bodyFrom)).at(-1)
    if (last !== undefined && isDateLine(stripMarkup(last.line.text))) {
      fields.signoffDate = field(last.line, 0, last.line.text.length)
      blocks.push({ type: 'dateline', span: last.line })
    }
    return
  }
  const sigLine = (lines[sig] as Located).line
  const trimmed = trimMarkupSpan(text, sigLine)
  const found = findSignature(text.slice(trimmed.start, trimmed.end)) as { offset: number; name: string }
  const signer = field(sigLine, trimmed.start - sigLine.start + found.offset, found.name.length)
  fields.signer = signer
  fields.author ??= found.name.replace(/^(?:[A-Z]\.?\s?)+(?=[A-Z][a-z])/, '').replace(/\.$/, '')
  blocks.push({ type: 'signature', span: trimmed })
  const previous = lines[sig - 1]
  if (previous !== undefined && sig - 1 >= bodyFrom && isClosing(bare(sig - 1)))
    blocks.push({ type: 'closing', span: previous.line })
  // A date printed just above the signature is the sign-off when none follows it.
  const dateAbove =
    previous !== undefined && sig - 1 >= bodyFrom && isDateLine(bare(sig - 1)) ? previous.line : undefined
  let k = sig + 1
  for (; k < lines.length; k++) {
    const b = bare(k)
    const line = (lines[k] as Located).line
    if (isNumberedParagraph(b)) break
    if (isPostscript(b)) blocks.push({ type: 'postscript', span: line })
    else if (findSignature(b) !== undefined && fields.signoffDate === undefined)
      blocks.push({ type: 'signature', span: line })
    else if (isDateLine(b) && fields.signoffDate === undefined) {
      const parts = splitDateLine(line.text)
      fields.signoffDate = field(line, parts.dateOffset, parts.date.length)
      if (parts.place !== undefined) fields.place ??= field(line, parts.place.offset, parts.place.text.length)
      blocks.push({ type: 'dateline', span: line })
    } else {
      const place = fields.signoffDate === undefined ? undefined : findLeadingPlace(line.text)
      if (place !== undefined) fields.place ??= field(line, place.offset, place.text.length)
      else if (fields.signoffDate !== undefined || !isPostscriptContinuation(blocks)) break
      blocks.push({ type: 'paragraph', span: line })
    }
  }
  if (fields.signoffDate === undefined && dateAbove !== undefined) {
    fields.signoffDate = field(dateAbove, 0, dateAbove.text.length)
    blocks.push({ type: 'dateline', span: dateAbove })
  }
  readOtherHands(lines, k, fields)
}

/** Index of the first note ("1. …") that follows a date or closing line, or the end. */
function firstNote(lines: readonly Located[], from: number): number {
  for (let k = from + 1; k < lines.length; k++) {
    const b = stripMarkup((lines[k] as Located).line.text)
    const previous = stripMarkup((lines[k - 1] as Located).line.text)
    if (b.startsWith('1. ') && (isDateLine(previous) || isClosing(previous))) return k
  }
  return lines.length
}

function isPostscriptContinuation(blocks: readonly Block[]): boolean {
  return blocks.at(-1)?.type === 'postscript'
}

function pushParagraphBlocks(lines: readonly Located[], from: number, to: number, blocks: Block[]): void {
  let last: Paragraph | undefined
  for (let k = from; k < to; k++) {
    const { paragraph, line } = lines[k] as Located
    if (paragraph === last) continue
    last = paragraph
    blocks.push({
      type: isPostscript(stripMarkup(line.text)) ? 'postscript' : 'paragraph',
      span: { start: line.start, end: Math.min(paragraph.end, (lines[to - 1]?.line ?? line).end) },
    })
  }
}

/**
 * After the author's sign-off: stretches that end with someone else's signature are other hands (a reply,
 * a countersignature); the numbered paragraphs that remain are the notes.
 */
function readOtherHands(
  lines: readonly Located[],
  from: number,
  fields: { insertions: Insertion[]; blocks: Block[]; signer?: TextField },
): void {
  let segmentStart = from
  for (let k = from; k < lines.length; k++) {
    const line = (lines[k] as Located).line
    const bare = stripMarkup(line.text)
    const signature = findSignature(bare)
    if (signature === undefined || signature.name === fields.signer?.text) continue
    if (k - segmentStart > 12) {
      segmentStart = k + 1
      continue
    }
    const first = (lines[segmentStart] as Located).line
    const span: Span = { start: first.start, end: line.end }
    const opening = stripMarkup(first.text)
    const kind = /^Re:/i.test(opening) ? 'reply' : k - segmentStart <= 1 ? 'countersignature' : 'annotation'
    fields.insertions.push({ kind, span, author: signature.name, rule: 'segment/letters:other-hand' })
    segmentStart = k + 1
  }
  for (let k = from; k < lines.length; k++) {
    const line = (lines[k] as Located).line
    if (isNumberedParagraph(line.text))
      fields.blocks.push({ type: 'editorial', span: (lines[k] as Located).paragraph })
  }
}
