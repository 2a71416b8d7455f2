import type { Span } from '../../core/index.ts'

const NOTE_START = /^(\d{1,3})\.\s/
/** A page-start line of OCR'd print: one leading space, or the body resuming in lower case. */
const BODY_RESUMES = /^(?: \S|\p{Ll})/u

/**
 * Finds page-foot note blocks left in the flow of an OCR'd page: numbered paragraphs (`12. …`) directly
 * followed, without a blank line, by the body resuming on the next page (a line with one leading space or
 * starting in lower case), plus the numbered paragraphs just before them that count down by one.
 * Numbered sections of a letter (`1. About your resolution …`) are not followed that way and are kept.
 * @example findPageNotes('end of a sen-\n\n9. A note.\n tence goes on.') // [{ start: 15, end: 25 }]
 */
export function findPageNotes(text: string, within?: Span): Span[] {
  const start = within?.start ?? 0
  const end = within?.end ?? text.length
  const paragraphs = splitParagraphs(text, start, end)
  const notes: Span[] = []
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as Span
    const lines = text.slice(paragraph.start, paragraph.end).split('\n')
    const first = NOTE_START.exec(lines[0] ?? '')
    if (first === null) continue
    const resumes = lines.findIndex((line, index) => index > 0 && BODY_RESUMES.test(line))
    if (resumes === -1) continue
    const noteEnd = paragraph.start + lines.slice(0, resumes).join('\n').length
    notes.push({ start: paragraph.start, end: noteEnd })
    let number = Number(first[1])
    for (let j = i - 1; j >= 0; j--) {
      const previous = paragraphs[j] as Span
      const match = NOTE_START.exec(text.slice(previous.start, previous.end))
      if (match === null || Number(match[1]) !== number - 1) break
      notes.push(previous)
      number--
    }
  }
  return notes.sort((a, b) => a.start - b.start)
}

/** Whether `offset` lies inside one of `spans`. */
export function isInside(offset: number, spans: readonly Span[]): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end)
}

/** Paragraphs between blank lines, as spans without their surrounding line breaks. */
export function splitParagraphs(text: string, start: number, end: number): Span[] {
  const spans: Span[] = []
  const blank = /\n(?:[ \t]*\n)+/g
  blank.lastIndex = start
  let from = start
  for (let match = blank.exec(text); match !== null && match.index < end; match = blank.exec(text)) {
    if (match.index > from) spans.push({ start: from, end: match.index })
    from = match.index + match[0].length
  }
  if (from < end) spans.push({ start: from, end })
  return spans.filter((span) => text.slice(span.start, span.end).trim().length > 0)
}
