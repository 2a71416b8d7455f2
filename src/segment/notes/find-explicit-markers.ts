import type { Span } from '../../core/index.ts'

/** A marker convention: how a note marker is written in running text. */
export type MarkerStyle = 'sup' | 'pandoc' | 'markdown' | 'bracket'

/** A note marker found in running text, before it is linked. */
export interface MarkerCandidate {
  readonly label: string
  readonly span: Span
  readonly style: MarkerStyle | 'glyph'
}

const SUP_MARKER = /<sup>\s*(?<labels>\d{1,3}(?:\s*,\s*\d{1,3})*)\s*<\/sup>/g
const PANDOC_MARKER = /\^\[(?<label>\d{1,3})\]/g
const MARKDOWN_MARKER = /\[\^(?<label>[^\]\s]+)\](?!:)/g
/** `word.[3]`: a bracketed number glued to the word or punctuation before it. */
const BRACKET_MARKER = /(?<=[\p{L}\p{N}.,;:!?)”’"'])\[(?<label>\d{1,3})\]/gu

/**
 * Finds the note markers written in an explicit convention: HTML superscripts (`<sup>3</sup>`, also
 * `<sup>1, 2</sup>`), Pandoc `^[3]`, Markdown `[^3]`, and bracketed numbers glued to a word (`cent.[1]`).
 * Bracketed numbers count only when the text uses no other convention, since editions that mark notes with
 * superscripts use brackets for page references ("[53]").
 * A label at the start of a line is a note's label, not a marker, and is skipped.
 * @example findExplicitMarkers('cent.[1] More').map((m) => m.label) // ['1']
 */
export function findExplicitMarkers(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  for (const match of text.matchAll(SUP_MARKER)) {
    if (startsLine(text, match.index)) continue
    for (const label of (match.groups?.labels ?? '').split(',')) {
      found.push({ label: label.trim(), span: spanOf(match), style: 'sup' })
    }
  }
  for (const [pattern, style] of [
    [PANDOC_MARKER, 'pandoc'],
    [MARKDOWN_MARKER, 'markdown'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      if (style === 'markdown' && startsLine(text, match.index)) continue
      found.push({ label: match.groups?.label ?? '', span: spanOf(match), style })
    }
  }
  if (found.length === 0) {
    for (const match of text.matchAll(BRACKET_MARKER)) {
      found.push({ label: match.groups?.label ?? '', span: spanOf(match), style: 'bracket' })
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}

function spanOf(match: RegExpMatchArray): Span {
  const start = match.index ?? 0
  return { start, end: start + match[0].length }
}

/** Whether only spaces stand between the offset and the start of its line. */
function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return text.slice(lineStart, offset).trim().length === 0
}
