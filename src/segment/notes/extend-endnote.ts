import type { Span } from '../../core/index.ts'
import type { TextLine } from './text-lines.ts'
import { isHeadingLine, isRuleLine, lineIndexAt } from './text-lines.ts'

/** A line that closes a sentence (final punctuation, then perhaps a closing quote, bracket or markup). */
const ENDS_SENTENCE = /[.!?][\s*_"”’')\]]*$/u

/** A paragraph that starts in lower case (after any markup): the continuation of a sentence. */
const RESUMES_SENTENCE = /^[\s*_"“‘'(]*\p{Ll}/u

/**
 * Extends an endnote over the unlabelled paragraphs after it (a quoted document printed inside the note), up to
 * the next note, heading or rule line, or `limit`.
 * @example extendEndnote(lines, note.span, nextNote.span.start)
 */
export function extendEndnote(lines: readonly TextLine[], span: Span, limit: number): Span {
  let end = span.end
  let lastText = (lines[lineIndexAt(lines, span.end)] as TextLine | undefined)?.text ?? ''
  for (let i = lineIndexAt(lines, span.end) + 1; i < lines.length; i++) {
    const line = lines[i] as TextLine
    if (line.start >= limit || isHeadingLine(line) || isRuleLine(line)) break
    // Running text that resumes mid-sentence after a complete note set at a page foot ("…Insofar as ⏎ 2. Note, 45.
    // ⏎ the letters that …") is the body, not more of the note. A note that itself breaks off mid-sentence goes on.
    if (
      !line.blank &&
      RESUMES_SENTENCE.test(line.text) &&
      ENDS_SENTENCE.test(lines.length > 0 ? lastText : '')
    )
      break
    if (!line.blank) {
      end = line.text.trimEnd().length + line.start
      lastText = line.text
    }
  }
  return { start: span.start, end: Math.max(end, span.start) }
}
