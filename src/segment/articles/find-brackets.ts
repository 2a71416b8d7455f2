import type { Span, StageContext } from '../../core/index.ts'

/** A square bracket pair in the text: the whole bracket and its content. */
export interface Bracket {
  /** From `[` to `]` inclusive. */
  readonly span: Span
  /** Between the brackets. */
  readonly content: Span
}

/** Apparatus that uses square brackets but is not an insertion: note markers, links, wiki residue. */
function isApparatus(text: string, bracket: Bracket): boolean {
  const content = text.slice(bracket.content.start, bracket.content.end)
  if (/^\s*\d{1,3}\s*$/.test(content)) return true
  if (text[bracket.span.start - 1] === '^') return true
  if (text[bracket.span.end] === '(') return true
  return /^edit(?: source)?$/i.test(content.trim())
}

/**
 * Finds the square brackets of a text. A bracket that is not closed before the next `[` or before a
 * blank line (OCR often reads `I` as `[` and `]` as `|`) is reported and skipped, so it never swallows
 * the text up to some later `]`. Note markers (`[3]`, `^[3]`), Markdown links and wiki `[edit]` residue
 * are left out.
 * @example findBrackets('a [b] c', context) // [{ span: { start: 2, end: 5 }, content: { start: 3, end: 4 } }]
 */
export function findBrackets(text: string, context: StageContext, within?: Span): Bracket[] {
  const start = within?.start ?? 0
  const end = within?.end ?? text.length
  const brackets: Bracket[] = []
  let open = text.indexOf('[', start)
  while (open !== -1 && open < end) {
    const close = findClose(text, open, end)
    if (close === undefined) {
      context.report({
        severity: 'info',
        reason: `Cannot close bracket "${text.slice(open, open + 20).split('\n')[0]}": skipped as not an insertion`,
        source: 'segment',
        ruleId: 'unclosed-bracket',
        place: { start: open, end: open + 1 },
      })
      open = text.indexOf('[', open + 1)
      continue
    }
    const bracket = { span: { start: open, end: close + 1 }, content: { start: open + 1, end: close } }
    if (!isApparatus(text, bracket)) brackets.push(bracket)
    open = text.indexOf('[', close + 1)
  }
  return brackets
}

function findClose(text: string, open: number, end: number): number | undefined {
  for (let i = open + 1; i < end; i++) {
    const char = text[i]
    if (char === ']') return i
    if (char === '[') return undefined
    if (char === '\n' && /^\n[ \t]*\n/.test(text.slice(i, i + 4))) return undefined
  }
  return undefined
}
