import type { DateMention, Fact, FactDate, Mention, Span } from '../../core/index.ts'
import { entitySlug, toIsoDate } from '../../core/index.ts'
import { factId, isDate, isName, type MentionIndex } from './text-helpers.ts'

const RULE = 'extract/events:dated-meeting'
/** Meetings of the genre: congresses, conferences, plenums (sessions). */
const MEETING = /\b(?:congress|conference|plenum|session)\b/i
/** A plenum named without an authority entry: "the July 1926 joint plenum", "the plenum of October 1926". */
const PLENUM = /\b(?:joint\s+)?(?:Central Committee\s+)?plenum\b/gi
/** How far (characters) a date may stand from the meeting's name and still date it. */
const NEAR = 40
/** Date kinds precise enough to date a meeting. */
const POINT_KINDS = new Set(['day', 'month', 'year', 'range', 'season'])

/**
 * Congresses, conferences and plenums with their dates: an event mention (or a "plenum") and the nearest date
 * mention within a few words in the same sentence ("the XIV Party Congress in December 1925", "the July 1926
 * joint plenum"). Statements of one meeting with one date are one fact with every passage as evidence.
 * @example datedMeetings(text, sentences, sourceId, mentions)[0].subject // 'event:party-congress-14'
 */
export function datedMeetings(
  text: string,
  sentences: readonly Span[],
  sourceId: string,
  mentions: MentionIndex,
): Fact[] {
  const byKey = new Map<string, Fact>()
  for (const sentence of sentences) {
    const inside = mentions.within(sentence)
    const dates = inside.filter(isDate).filter((d) => POINT_KINDS.has(d.value.kind))
    if (dates.length === 0) continue
    for (const meeting of meetingsIn(text, sentence, inside)) {
      const date = nearest(meeting.span, dates)
      if (date === undefined) continue
      const start = factDate(text, date)
      // A plenum without an authority entry is known by its kind and date: "event:joint-plenum-1926-07".
      const subject = meeting.inferred ? `event:${entitySlug(meeting.printed)}-${start.iso}` : meeting.id
      const key = `${subject}\u0000${start.iso ?? start.text}`
      const evidence = { span: sentence, rule: RULE }
      const known = byKey.get(key)
      if (known !== undefined) {
        byKey.set(key, { ...known, evidence: [...known.evidence, evidence] })
        continue
      }
      const end = date.value.end === undefined ? undefined : toIsoDate(date.value.end)
      byKey.set(key, {
        id: factId(sourceId, RULE, meeting.span.start, date.span.start),
        type: 'event',
        subject,
        predicate: 'held',
        start,
        ...(end !== undefined ? { end: { text: start.text, iso: end } } : {}),
        attributes: { name: meeting.printed },
        ...(meeting.inferred ? { inferred: ['subject'] } : {}),
        confidence: date.value.certainty === 'stated' ? 0.8 : 0.6,
        evidence: [evidence],
      })
    }
  }
  return [...byKey.values()]
}

interface Meeting {
  readonly id: string
  readonly printed: string
  readonly span: Span
  readonly inferred: boolean
}

function meetingsIn(text: string, sentence: Span, inside: readonly Mention[]): Meeting[] {
  const meetings: Meeting[] = []
  for (const mention of inside) {
    if (!isName(mention, 'event') || mention.entityId === undefined) continue
    const printed = text.slice(mention.span.start, mention.span.end)
    if (MEETING.test(printed) || MEETING.test(mention.entityId)) {
      meetings.push({ id: mention.entityId, printed, span: mention.span, inferred: false })
    }
  }
  const slice = text.slice(sentence.start, sentence.end)
  for (const match of slice.matchAll(PLENUM)) {
    const span = {
      start: sentence.start + (match.index ?? 0),
      end: sentence.start + (match.index ?? 0) + match[0].length,
    }
    if (meetings.some((m) => m.span.start <= span.start && m.span.end >= span.end)) continue
    meetings.push({ id: '', printed: match[0], span, inferred: true })
  }
  return meetings
}

/** The date mention closest to the span, within {@link NEAR} characters. */
function nearest(span: Span, dates: readonly DateMention[]): DateMention | undefined {
  let best: DateMention | undefined
  let distance = NEAR + 1
  for (const date of dates) {
    const gap = date.span.start >= span.end ? date.span.start - span.end : span.start - date.span.end
    if (gap >= 0 && gap < distance) {
      best = date
      distance = gap
    }
  }
  return best
}

/** A date mention as a fact date: as printed, with its ISO form (the start of an interval). */
export function factDate(text: string, date: DateMention): FactDate {
  const printed = text.slice(date.span.start, date.span.end)
  const iso = date.value.iso.includes('/') ? toIsoDate(date.value.start) : date.value.iso
  return { text: printed, iso }
}
