import type { Span } from '../../core/index.ts'
import type { TextLine } from './text-lines.ts'
import { isHeadingLine, isRuleLine, lineIndexAt } from './text-lines.ts'

/**
 * Extends an endnote over the unlabelled paragraphs after it (a quoted document printed inside the note), up to
 * the next note, heading or rule line, or `limit`.
 * @example extendEndnote(lines, note.span, nextNote.span.start)
 */
export function extendEndnote(lines: readonly TextLine[], span: Span, limit: number): Span {
  let end = span.end
  for (let i = lineIndexAt(lines, span.end) + 1; i < lines.length; i++) {
    const line = lines[i] as TextLine
    if (line.start >= limit || isHeadingLine(line) || isRuleLine(line)) break
    if (!line.blank) end = line.text.trimEnd().length + line.start
  }
  return { start: span.start, end: Math.max(end, span.start) }
}
