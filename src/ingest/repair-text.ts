import type { OffsetMap, Removal, SourceFormat, Span } from '../core/index.ts'
import { applyEdits, type Edit } from './apply-edits.ts'
import { countWords } from './count-words.ts'
import { findMixedScriptWords, type MixedScriptWord } from './find-mixed-script-words.ts'
import { findNonProse, type NonProseRun } from './find-non-prose.ts'
import { findPageFurniture } from './find-page-furniture.ts'
import { findWebBoilerplate } from './find-web-boilerplate.ts'
import { findWikiResidue } from './find-wiki-residue.ts'
import { joinBrokenLines } from './join-broken-lines.ts'
import { isBlankLine, type Line, splitLines } from './split-lines.ts'

/** A text after repairs. Removals, runs and words are in offsets of the input; `nonProse` is in the output. */
export interface RepairedText {
  readonly text: string
  /** Maps the repaired text to the input text. */
  readonly map: OffsetMap
  readonly removals: readonly Removal[]
  readonly nonProse: readonly Span[]
  readonly nonProseRuns: readonly NonProseRun[]
  readonly mixedScriptWords: readonly MixedScriptWord[]
}

/** Share of non-blank lines followed by another non-blank line above which a text is hard-wrapped. */
const HARD_WRAP_SHARE = 0.5
const HARD_WRAP_MAX_MEDIAN = 100

/**
 * Repairs a decoded text: removes wiki residue, web boilerplate, page numbers and running heads (OCR text),
 * joins words and paragraphs split by line and page breaks, and finds gibberish runs and mixed-script words.
 * @example repairText('he at-\ntacked the', 'plain-text').text // 'he attacked\nthe'
 */
export function repairText(input: string, format: SourceFormat): RepairedText {
  const lines = splitLines(input)
  const lineEdits: Edit[] = [
    ...(format === 'wiki' ? findWikiResidue(input, lines) : []),
    ...findWebBoilerplate(input, lines),
    ...(format === 'plain-text' ? findPageFurniture(input, lines) : []),
  ]
  const dropped = findDroppedLines(lines, lineEdits)
  const counts = countWords(input)
  const joins = joinBrokenLines(input, lines, { dropped, hardWrapped: isHardWrapped(input, lines), counts })
  const edited = applyEdits(input, [...lineEdits, ...joins])
  const runs = findNonProse(input, lines, counts)
  const runSpans = runs.map((run) => run.span)
  return {
    text: edited.text,
    map: edited.map,
    removals: edited.removals,
    nonProse: runSpans.map((span) => ({
      start: edited.map.fromRaw(span.start),
      end: edited.map.fromRaw(span.end),
    })),
    nonProseRuns: runs,
    mixedScriptWords: findMixedScriptWords(input, runSpans),
  }
}

/** Indexes of lines that whole-line edits remove (edits that start at a line start and cover the line). */
function findDroppedLines(lines: readonly Line[], edits: readonly Edit[]): Set<number> {
  const starts = new Map(lines.map((line, index) => [line.start, index]))
  const dropped = new Set<number>()
  for (const edit of edits) {
    for (let index = starts.get(edit.start); index !== undefined; index++) {
      const line = lines[index]
      if (line === undefined || line.end > edit.end || line.start >= edit.end) break
      dropped.add(index)
    }
  }
  return dropped
}

/** OCR text keeps the printed lines: most lines run on into the next, and lines are short. */
function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  const lengths: number[] = []
  let runOn = 0
  lines.forEach((line, index) => {
    if (isBlankLine(text, line)) return
    lengths.push(line.end - line.start)
    const next = lines[index + 1]
    if (next !== undefined && !isBlankLine(text, next)) runOn++
  })
  if (lengths.length === 0) return false
  lengths.sort((a, b) => a - b)
  const median = lengths[lengths.length >> 1] as number
  return runOn / lengths.length > HARD_WRAP_SHARE && median < HARD_WRAP_MAX_MEDIAN
}
