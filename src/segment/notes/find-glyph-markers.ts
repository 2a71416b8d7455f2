import type { Span } from '../../core/index.ts'
import type { MarkerCandidate } from './find-explicit-markers.ts'
import type { TextLine } from './text-lines.ts'

/**
 * Marks that OCR makes of a superscript number: quote marks, an asterisk, a degree or registered sign, glued
 * to the word or punctuation before it (`them.'`, `We’`, `your'”`, `1924.*`, `versions.®`, `[propertied]'?`).
 */
const GLYPH_CLUSTER = /(?<=[\p{L}\p{N}.,;:!?)\]])(?<glyphs>[’'"”*°®]{1,3}\??)(?=\s|$)/gu
const OPENERS: Readonly<Record<string, string>> = { '”': '“', '’': '‘', '"': '"', "'": "'" }

/**
 * Finds the stray glyphs that OCR made of superscript note numbers in running text. A closing quote mark is a
 * marker only when no quote of its kind is open in the paragraph, and `s’` before a word is a possessive.
 * Labels are left empty: only the note sequence can number them.
 * @example findGlyphMarkers(splitLines('to discuss them.\' Instead'), []).length // 1
 */
export function findGlyphMarkers(lines: readonly TextLine[], skip: readonly Span[]): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  let paragraph: TextLine[] = []
  const flush = (): void => {
    if (paragraph.length > 0) found.push(...findInParagraph(paragraph, skip))
    paragraph = []
  }
  for (const line of lines) {
    if (line.blank) flush()
    else paragraph.push(line)
  }
  flush()
  return found
}

function findInParagraph(lines: readonly TextLine[], skip: readonly Span[]): MarkerCandidate[] {
  const found: MarkerCandidate[] = []
  const open: Record<string, number> = { '“': 0, '‘': 0, '"': 0, "'": 0 }
  for (const line of lines) {
    if (skip.some((span) => line.start >= span.start - 8 && line.end <= span.end)) continue
    const clusters = [...line.text.matchAll(GLYPH_CLUSTER)]
    let next = 0
    for (let i = 0; i < line.text.length; i++) {
      const cluster = clusters[next]
      if (cluster?.index === i) {
        next++
        if (isMarker(line.text, i, cluster.groups?.glyphs ?? '', open)) {
          const start = line.start + i
          found.push({ label: '', span: { start, end: start + cluster[0].length }, style: 'glyph' })
        }
        i += cluster[0].length - 1
        continue
      }
      trackQuote(line.text, i, open)
    }
  }
  return found
}

/** Decides whether a glyph cluster is a marker, closing an open quote instead when one is open. */
function isMarker(text: string, at: number, glyphs: string, open: Record<string, number>): boolean {
  const first = glyphs[0] as string
  const opener = OPENERS[first]
  if (opener === undefined) return true
  if ((open[opener] ?? 0) > 0) {
    open[opener] = (open[opener] ?? 0) - 1
    return false
  }
  const possessive =
    (first === '’' || first === "'") && text[at - 1] === 's' && /^\s+\p{L}/u.test(text.slice(at + 1))
  return !possessive
}

/**
 * Counts an opening quote at `at` (curly openers always, straight ones before a word after a space), and lets
 * a closing quote that is not followed by a letter (`levy’)`) close one.
 */
function trackQuote(text: string, at: number, open: Record<string, number>): void {
  const char = text[at] as string
  if (char === '“' || char === '‘') open[char] = (open[char] ?? 0) + 1
  else if (
    (char === '"' || char === "'") &&
    /^[\s(—-]?$/.test(text[at - 1] ?? '') &&
    /\S/.test(text[at + 1] ?? ' ')
  ) {
    open[char] = (open[char] ?? 0) + 1
  } else {
    const opener = OPENERS[char]
    if (opener !== undefined && (open[opener] ?? 0) > 0 && !/\p{L}/u.test(text[at + 1] ?? '')) {
      open[opener] = (open[opener] ?? 0) - 1
    }
  }
}
