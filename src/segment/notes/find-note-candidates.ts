import type { Span } from '../../core/index.ts'
import type { TextLine } from './text-lines.ts'
import { isRuleLine, lineRangeSpan, paragraphEnd } from './text-lines.ts'

/** How a note's label is written at the start of its paragraph. */
export type NoteForm = 'numbered' | 'sup' | 'bracket' | 'markdown' | 'bare' | 'asterisk'

/** A paragraph that starts like a note text; whether it is one is decided later, from its markers. */
export interface NoteCandidate {
  readonly label: string
  readonly form: NoteForm
  /** Index of the line where it starts. */
  readonly line: number
  /** The note's text without its label, to the end of its paragraph. */
  readonly span: Span
  /** Whether it stands in a block of page-foot notes set off by a rule line (`---`). */
  readonly pageFoot: boolean
}

/** Options of {@link findNoteCandidates}. */
export interface NoteCandidateOptions {
  /**
   * OCR'd plain text: notes start only after a blank line, may be labelled `*`, and end before a line that
   * starts with a space (the first line of the next printed page).
   * @default false
   */
  readonly ocr?: boolean
}

const LABEL_FORMS: readonly (readonly [NoteForm, RegExp])[] = [
  ['numbered', /^ {0,3}(?<label>\d{1,3})\.[ \t]+(?=\S)/],
  ['sup', /^ {0,3}<sup>(?<label>\d{1,3})<\/sup>[ \t]*(?=\S)/],
  ['bracket', /^ {0,3}\[(?<label>\d{1,3})\][ \t]+(?=\S)/],
  ['markdown', /^ {0,3}\[\^(?<label>[^\]\s]+)\]:[ \t]*(?=\S)/],
]
const BARE_FORM = /^ {0,3}(?<label>\d{1,3})[ \t]+(?=\S)/
const ASTERISK_FORM = /^ {0,3}(?<label>\*)[ \t]+(?=\S)/

/**
 * Finds the paragraphs that begin with a note label: `1. text`, `<sup>1</sup> text`, `[1] text`, `[^a]: text`,
 * and, inside a block of notes after a rule line, `18 text`; in OCR'd text also `* text`.
 * @example findNoteCandidates(splitLines('Body.\n\n1. A note.'), text).map((c) => c.label) // ['1']
 */
export function findNoteCandidates(
  lines: readonly TextLine[],
  text: string,
  options: NoteCandidateOptions = {},
): NoteCandidate[] {
  const ocr = options.ocr ?? false
  const pageFootLines = findPageFootLines(lines)
  const candidates: NoteCandidate[] = []
  const labelOf = (index: number): { form: NoteForm; label: string; length: number } | undefined => {
    const line = lines[index] as TextLine
    if (ocr && !line.opensParagraph) return undefined
    const forms: (readonly [NoteForm, RegExp])[] = [...LABEL_FORMS]
    if (pageFootLines.has(index)) forms.push(['bare', BARE_FORM])
    if (ocr) forms.push(['asterisk', ASTERISK_FORM])
    for (const [form, pattern] of forms) {
      const match = pattern.exec(line.text)
      if (match !== null) return { form, label: match.groups?.label ?? '', length: match[0].length }
    }
    return undefined
  }
  for (let i = 0; i < lines.length; i++) {
    const found = labelOf(i)
    if (found === undefined) continue
    const last = paragraphEnd(
      lines,
      i,
      (index) => labelOf(index) !== undefined || (ocr && /^\s/.test((lines[index] as TextLine).text)),
    )
    const whole = lineRangeSpan(lines, i, last, text)
    candidates.push({
      label: found.label,
      form: found.form,
      line: i,
      span: { start: whole.start + found.length, end: whole.end },
      pageFoot: pageFootLines.has(i),
    })
  }
  return candidates
}

/**
 * Lines that open a paragraph in a block of page-foot notes: after a rule line, the paragraphs that begin
 * with a number, plus a first unnumbered paragraph (a note continued from the page before).
 */
function findPageFootLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>()
  for (let i = 0; i < lines.length; i++) {
    if (!isRuleLine(lines[i] as TextLine)) continue
    let first = true
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] as TextLine
      if (line.blank || !line.opensParagraph) continue
      if (isRuleLine(line)) break
      const numbered = BARE_FORM.test(line.text) || /^ {0,3}\d{1,3}\.\s/.test(line.text)
      if (!numbered && !first) break
      if (numbered) found.add(j)
      first = false
    }
  }
  return found
}
