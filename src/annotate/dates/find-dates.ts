import type { DateMention, SegmentResult, SourceText, StageContext } from '../../core/index.ts'
import { createDefaultConfiguration, type DateConfiguration } from './configuration.ts'
import type { DateCandidate, DateParser } from './date-candidate.ts'
import { toDateMention } from './to-date-mention.ts'

/**
 * Finds every date expression in the text, with its value, qualifier and certainty: every parser runs over the
 * whole text, then the refiners drop, order, extend and complete the candidates.
 * @example findDates(text, segments, context).map((d) => d.value.iso) // ['1923-10-25/1923-10-27', …]
 */
export function findDates(
  text: SourceText,
  segments: SegmentResult,
  context: StageContext,
  configuration: DateConfiguration = createDefaultConfiguration(),
): DateMention[] {
  let candidates: DateCandidate[] = configuration.parsers.flatMap((parser) => runParser(parser, text.text))
  for (const refiner of configuration.refiners) {
    candidates = refiner.refine(candidates, { text, segments, context })
  }
  return candidates.flatMap((candidate) => toDateMention(candidate) ?? [])
}

function runParser(parser: DateParser, text: string): DateCandidate[] {
  if (!parser.pattern.global)
    throw new TypeError(`Cannot run date parser "${parser.name}": its pattern lacks the g flag`)
  const found: DateCandidate[] = []
  parser.pattern.lastIndex = 0
  for (const match of text.matchAll(parser.pattern)) {
    const result = parser.extract(match, text)
    if (result === undefined) continue
    const list = Array.isArray(result) ? (result as readonly DateCandidate[]) : [result as DateCandidate]
    const group = { start: match.index, end: match.index + match[0].length }
    for (const candidate of list) found.push({ ...candidate, group })
  }
  return found
}
