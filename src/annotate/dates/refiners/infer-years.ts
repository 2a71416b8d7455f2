import type { Document, Span } from '../../../core/index.ts'
import type { DateCandidate, DateRefiner, PartialDate } from '../date-candidate.ts'

/** Kinds whose stated year may lend it to a following date without one. */
const YEAR_GIVERS = new Set(['day', 'month', 'year', 'season', 'approx'])

/** A date that gives a year, with its month when known. */
interface Reference {
  readonly year: number
  readonly month?: number
  readonly day?: number
}

/**
 * Gives a year to dates written without one ("On 5 December", "16—18 January"): the nearest preceding
 * explicit date in the same paragraph (not one in brackets: an aside does not move the narrative), taking the
 * year that puts the date closest to it ("January 18, 1924 … December 20" → 1923); else the date of the innermost
 * dated document around it, never after that date (a letter's "30 December" written in October is last year's)
 * unless a deadline word points forward ("by mid-October": the closest such date);
 * else the nearest preceding explicit year in the text. Such dates are `inferred`; `stated` keeps only the written
 * parts. A date with no year anywhere before it is dropped.
 */
export const inferYears: DateRefiner = {
  name: 'infer-years',
  refine(candidates, { text, segments }) {
    const givers = candidates.filter(
      (c) => c.start.stated.includes('year') && YEAR_GIVERS.has(c.kind) && !isAside(c.span, text.text),
    )
    const out: DateCandidate[] = []
    for (const candidate of candidates) {
      if (candidate.start.year !== undefined) {
        out.push(candidate)
        continue
      }
      const present = PRESENT.exec(text.text.slice(candidate.span.end, candidate.span.end + 20))
      if (present !== null || candidate.yearFrom === 'present') {
        const year = presentYear(candidate.span, segments.documents, givers)
        if (year === undefined) continue
        const end = candidate.span.end + (present?.[0].length ?? 0)
        out.push({
          ...candidate,
          span: { start: candidate.span.start, end },
          start: withYear(candidate.start, year),
        })
        continue
      }
      const month = candidate.start.month
      const paragraph = fromParagraph(candidate, givers, text.text)
      if (paragraph === undefined && candidate.yearFrom === 'paragraph') continue
      const document = fromDocument(candidate.span, segments.documents)
      const year =
        paragraph !== undefined
          ? closestYear(paragraph, month, candidate.start.day)
          : document !== undefined
            ? isDeadline(candidate, text.text)
              ? closestYear(document, month, candidate.start.day)
              : notAfter(document, month, candidate.start.day)
            : nearestBefore(candidate, givers)?.year
      if (year === undefined) continue
      out.push({
        ...candidate,
        start: withYear(candidate.start, year),
        ...(candidate.end === undefined ? {} : { end: withYear(candidate.end, year) }),
      })
    }
    return out
  },
}

/** Documents written at one time, whose present is one year (not chapters or sections of a book). */
const WRITINGS = new Set(['letter', 'telegram', 'note', 'article', 'appendix-document', 'quoted-document'])

/** Qualifiers that point forward from the time of writing ("by mid-October"): the date may lie after it. */
const DEADLINE = /^(?:by|until|till|before)\b/

function isDeadline(candidate: DateCandidate, text: string): boolean {
  const before = text.slice(Math.max(0, candidate.span.start - 8), candidate.span.start)
  return DEADLINE.test(candidate.qualifier ?? '') || /(?<![A-Za-z])(?:by|until|till|before)\s+$/.test(before)
}

/** "of this year" after a date: the year of writing. */
const PRESENT = /^,?\s+(?:of\s+)?this\s+year(?![A-Za-z])/

/**
 * The year of writing: the date of the innermost dated document, else the latest year stated in the innermost
 * piece of writing around the span (a letter, an article) (an author writes after what he recounts), else in the whole text.
 */
function presentYear(
  span: Span,
  documents: readonly Document[],
  givers: readonly DateCandidate[],
): number | undefined {
  const dated = fromDocument(span, documents)
  if (dated !== undefined) return dated.year
  const around = documents
    .filter((doc) => WRITINGS.has(doc.type) && doc.span.start <= span.start && doc.span.end >= span.end)
    .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0]
  const inside = givers.filter(
    (g) => around === undefined || (g.span.start >= around.span.start && g.span.end <= around.span.end),
  )
  const years = inside.map((g) => g.start.year!).filter((y) => y !== undefined)
  return years.length === 0 ? undefined : Math.max(...years)
}

function withYear(date: PartialDate, year: number): PartialDate {
  return { ...date, year }
}

/** Day number within a year, roughly (for comparing distances). */
function dayOfYear(month: number, day = 15): number {
  return (month - 1) * 31 + day
}

function closestYear(reference: Reference, month?: number, day?: number): number {
  if (reference.month === undefined || month === undefined) return reference.year
  const at = dayOfYear(reference.month, reference.day)
  const years = [reference.year - 1, reference.year, reference.year + 1]
  const distance = (year: number) => Math.abs((year - reference.year) * 372 + dayOfYear(month, day) - at)
  return years.reduce((best, year) => (distance(year) < distance(best) ? year : best))
}

function notAfter(reference: Reference, month?: number, day?: number): number {
  if (reference.month === undefined || month === undefined) return reference.year
  return dayOfYear(month, day ?? 1) > dayOfYear(reference.month, reference.day ?? 31)
    ? reference.year - 1
    : reference.year
}

function nearestBefore(candidate: DateCandidate, givers: readonly DateCandidate[]): Reference | undefined {
  let best: DateCandidate | undefined
  for (const giver of givers) {
    if (giver.span.end > candidate.span.start) break
    best = giver
  }
  return best === undefined ? undefined : toReference(best)
}

function toReference(candidate: DateCandidate): Reference {
  const { year, month, day } = candidate.start
  return { year: year!, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) }
}

function fromParagraph(candidate: DateCandidate, givers: readonly DateCandidate[], text: string) {
  const paragraphStart = text.lastIndexOf('\n\n', candidate.span.start)
  const giver = givers
    .filter((g) => g.span.end <= candidate.span.start && g.span.start > paragraphStart)
    .at(-1)
  return giver === undefined ? undefined : toReference(giver)
}

/** Whether a span stands inside brackets or parentheses opened earlier in its sentence. */
function isAside(span: Span, text: string): boolean {
  const before = text.slice(Math.max(0, span.start - 120), span.start)
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('('))
  if (open === -1) return false
  const close = Math.max(before.lastIndexOf(']'), before.lastIndexOf(')'))
  return close < open && !/[.!?]\s/.test(before.slice(open))
}

function fromDocument(span: Span, documents: readonly Document[]): Reference | undefined {
  let best: Document | undefined
  for (const doc of documents) {
    if (doc.span.start > span.start || doc.span.end < span.end) continue
    if ((doc.editorialDate?.iso ?? doc.date?.iso) === undefined) continue
    if (best === undefined || doc.span.end - doc.span.start < best.span.end - best.span.start) best = doc
  }
  const iso = best?.editorialDate?.iso ?? best?.date?.iso
  if (iso === undefined) return undefined
  const [year, month, day] = iso.split('-').map(Number)
  return { year: year!, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) }
}
