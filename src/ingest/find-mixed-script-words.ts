import type { Span } from '../core/index.ts'

/** A word mixing Latin and Cyrillic letters, with its place. */
export interface MixedScriptWord {
  readonly word: string
  readonly span: Span
}

const JUNCTION = /\p{Script=Latin}\p{Script=Cyrillic}|\p{Script=Cyrillic}\p{Script=Latin}/gu
const LETTER = /\p{L}/u

/**
 * Finds words that mix Latin and Cyrillic letters ("Soiuзneftexport" with a Cyrillic "з"): conversion or
 * OCR damage invisible to the eye. Words inside `skip` spans (gibberish runs) are left out.
 * @example findMixedScriptWords('the Soiuзneftexport office') // [{ word: 'Soiuзneftexport', span: { start: 4, end: 19 } }]
 */
export function findMixedScriptWords(text: string, skip: readonly Span[] = []): MixedScriptWord[] {
  const found: MixedScriptWord[] = []
  let lastEnd = -1
  for (const match of text.matchAll(JUNCTION)) {
    if (match.index < lastEnd) continue
    let start = match.index
    let end = match.index + match[0].length
    while (start > 0 && LETTER.test(text[start - 1] as string)) start--
    while (end < text.length && LETTER.test(text[end] as string)) end++
    lastEnd = end
    if (skip.some((span) => start >= span.start && end <= span.end)) continue
    found.push({ word: text.slice(start, end), span: { start, end } })
  }
  return found
}
