import type { DateCandidate, DateRefiner } from '../date-candidate.ts'

/** Qualifier words before a date, longest first; `approx` marks those that make the date approximate. */
const QUALIFIER =
  /(?<![\p{L}])((?:no|not)\s+(?:later|earlier)\s+than|circa|ca\.|c\.|about|around|approximately|as\s+(?:early|late)\s+as|early|late|mid-|mid|middle\s+of|(?:the\s+)?(?:beginning|end|middle|start|close)\s+of|before|after|since|until|till|from|by)\s*$/iu

const APPROXIMATE = /^(circa|ca\.|c\.|about|around|approximately)$/i

/**
 * Adds the qualifier written before a date to its span and value: "early November", "late 1921", "mid-1920s",
 * "circa 20 January 1924" (kind approx), "No later than 1 August". Seasons keep their season as qualifier.
 */
export const addQualifiers: DateRefiner = {
  name: 'add-qualifiers',
  refine(candidates, { text }) {
    return candidates.map((candidate) => qualify(candidate, text.text))
  },
}

function qualify(candidate: DateCandidate, text: string): DateCandidate {
  const before = text.slice(Math.max(0, candidate.span.start - 30), candidate.span.start)
  const match = QUALIFIER.exec(before)
  if (match === null) return candidate
  const word = match[1]!.replace(/\s+/g, ' ')
  const start = candidate.span.start - (before.length - match.index)
  const qualifier = [word.toLowerCase(), candidate.qualifier].filter((w) => w !== undefined).join(' ')
  const approximate = APPROXIMATE.test(word) && candidate.kind !== 'range'
  return {
    ...candidate,
    span: { start, end: candidate.span.end },
    qualifier,
    ...(approximate ? { kind: 'approx' as const } : {}),
  }
}
