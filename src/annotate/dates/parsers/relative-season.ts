import { type DateParser, stated } from '../date-candidate.ts'

const SEASON = '(?:spring|summer|autumn|fall|winter)'

/**
 * A season whose year the passage gives: "in the autumn", "the autumn of that same year", "by the summer of the
 * same year". The year must come from an explicit year earlier in the same paragraph ("this summer", relative
 * to the time of writing, is not read).
 */
export const relativeSeason: DateParser = {
  name: 'relative-season',
  pattern: new RegExp(
    `(?<=(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil)\\s+)(?:(?:the\\s+)?(${SEASON})\\s+of\\s+(?:that|the)(?:\\s+same)?\\s+year|the\\s+(${SEASON})(?![A-Za-z]|\\s+of\\s+\\d|\\s+\\d))`,
    'g',
  ),
  extract(match) {
    return {
      span: { start: match.index, end: match.index + match[0].length },
      rule: 'relative-season',
      kind: 'season',
      start: stated(),
      qualifier: (match[1] ?? match[2]!).toLowerCase(),
      yearFrom: 'paragraph',
      confidence: 0.6,
    }
  },
}
