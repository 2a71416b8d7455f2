import type { DateMention, Document, FactDate, HistoricalDate, TextField } from '../../core/index.ts'
import { isDate, type MentionIndex } from '../events/text-helpers.ts'

/** A letter's date as a fact reads it: the date, and the attributes that qualify it. */
export interface LetterDate {
  readonly date?: FactDate
  readonly attributes: Readonly<Record<string, string>>
  /** True when the header date and the sign-off date name different days. */
  readonly conflict: boolean
}

/**
 * The date of a letter: the best normalised date (the editors' bracket, or the author's own date where the
 * bracket is vaguer), its qualifier and bound; the author's header and sign-off dates are kept as printed, and a
 * header and sign-off that name different days are a conflict (both kept, neither chosen).
 * @example letterDate(doc, mentions).attributes.dateQualifier // 'exact'
 */
export function letterDate(doc: Document, mentions: MentionIndex): LetterDate {
  const best = doc.date ?? doc.editorialDate
  const attributes: Record<string, string> = { dateQualifier: best?.qualifier ?? 'undetermined' }
  if (best?.bound !== undefined) attributes.dateBound = best.bound
  if (best?.isoEnd !== undefined) attributes.dateEnd = best.isoEnd
  if (doc.editorialDate !== undefined) attributes.editorialDate = doc.editorialDate.text
  if (doc.headerDate !== undefined) attributes.headerDate = doc.headerDate.text
  if (doc.signoffDate !== undefined) attributes.signoffDate = doc.signoffDate.text
  const text = doc.editorialDate?.text ?? best?.text
  const date =
    best === undefined || text === undefined ? undefined : { text, ...(best.iso ? { iso: best.iso } : {}) }
  const conflict = datesDisagree(fieldDate(doc.headerDate, mentions), fieldDate(doc.signoffDate, mentions))
  if (conflict) attributes.conflict = 'conflicting-dates'
  return { ...(date ? { date } : {}), attributes, conflict }
}

/** The first date mention inside a printed date field. */
function fieldDate(field: TextField | undefined, mentions: MentionIndex): DateMention | undefined {
  return field === undefined ? undefined : mentions.within(field.span).find(isDate)
}

/**
 * Whether two dates name different days: each part both state (year, month, day) is compared; parts one of them
 * only infers prove nothing.
 */
export function datesDisagree(a: DateMention | undefined, b: DateMention | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const x = a.value.start
  const y = b.value.start
  return (['year', 'month', 'day'] as const).some(
    (part) => stated(x, part) && stated(y, part) && x[part] !== y[part],
  )
}

function stated(date: HistoricalDate, part: 'year' | 'month' | 'day'): boolean {
  return date.stated.includes(part) && date[part] !== undefined
}
