import type { DocumentDate, SourceText, Span, StageContext, TextField } from '../../core/index.ts'
import { commonYear, dateFromIntroducer } from './date-from-introducer.ts'
import type { DocumentEnd } from './find-document-end.ts'
import { NOTE_MARKER } from './paragraph-cues.ts'
import { parseDocumentDate } from './parse-document-date.ts'
import { countOrderEvidence, NUMERIC_DATE, parseNumericDate } from './parse-numeric-date.ts'
import type { DocumentHead } from './read-document-head.ts'
import type { RunParagraph } from './read-paragraphs.ts'

const RULE = 'segment/articles:printed-date'
const RULE_INTRO = 'segment/articles:date-from-introduction'
/** How much text before a document is searched for the year of a date printed without one. */
const YEAR_CONTEXT = 12000
/** How much text before a document counts as near it, for the month that settles a numeric date. */
const NEARBY = 1500
/** How much text before an introducing paragraph gives the year of "On 27 July" (the nearest year). */
const INTRODUCER_YEAR_CONTEXT = 2000

/** The dates of a quoted document: as written at its head and foot, and the best normalised one. */
export interface PrintedDates {
  readonly date?: DocumentDate
  readonly headerDate?: TextField
  readonly signoffDate?: TextField
}

/** What `datePrinted` reads from. */
export interface DateSources {
  readonly span: Span
  readonly head: DocumentHead
  readonly end: DocumentEnd
  readonly introducer?: RunParagraph
}

const evidenceCache = new WeakMap<SourceText, { dayFirst: number; monthFirst: number }>()

/**
 * Dates a quoted document: the date written with its signature or as its closing line first, then the
 * date at its head, then the date the editors give in the introducing sentence. Numeric dates are read
 * day/month or month/day from evidence (see `decideOrder`), reported as an info diagnostic.
 */
export function datePrinted(text: SourceText, sources: DateSources, context: StageContext): PrintedDates {
  const { span, head, end, introducer } = sources
  const signoffField = end.signoff?.date ?? dateField(end.dateParagraph)
  const before = text.text.slice(Math.max(0, span.start - YEAR_CONTEXT), span.start)
  const nearby = `${before.slice(-NEARBY)}\n${text.text.slice(span.start, span.end)}`
  const signoff =
    signoffField === undefined ? undefined : readDate(text, signoffField, nearby, before, context)
  const headerField = head.headerDate?.span.start === signoffField?.span.start ? undefined : head.headerDate
  const header = headerField === undefined ? undefined : readDate(text, headerField, nearby, before, context)
  if (header?.iso !== undefined && signoff?.iso !== undefined && header.iso !== signoff.iso) {
    context.report({
      severity: 'warning',
      reason: `Cannot agree the dates of a quoted document: head says "${header.text}", foot says "${signoff.text}"`,
      source: 'segment',
      ruleId: 'conflicting-document-dates',
      place: signoff.span,
    })
  }
  const introduced =
    introducer === undefined
      ? undefined
      : dateFromIntroducer(
          introducer.plain,
          introducer.start + introducer.text.indexOf(introducer.plain),
          before.slice(-INTRODUCER_YEAR_CONTEXT),
          RULE_INTRO,
        )
  const date = signoff ?? header ?? introduced
  return {
    ...(date === undefined ? {} : { date }),
    ...(headerField === undefined ? {} : { headerDate: headerField }),
    ...(signoffField === undefined ? {} : { signoffDate: signoffField }),
  }
}

function dateField(paragraph: RunParagraph | undefined): TextField | undefined {
  if (paragraph === undefined) return undefined
  const plain = paragraph.text.replace(NOTE_MARKER, '').trim().replace(/\.$/, '')
  const start = paragraph.start + paragraph.text.indexOf(plain)
  return { text: plain, span: { start, end: start + plain.length } }
}

function readDate(
  text: SourceText,
  field: TextField,
  nearby: string,
  before: string,
  context: StageContext,
): DocumentDate | undefined {
  const written = parseDocumentDate(field.text, field.span.start, RULE)
  if (written !== undefined) return written
  if (!NUMERIC_DATE.test(field.text)) return undefined
  let evidence = evidenceCache.get(text)
  if (evidence === undefined) {
    evidence = countOrderEvidence(text.text)
    evidenceCache.set(text, evidence)
  }
  const lastYear = commonYear(before)
  const read = parseNumericDate(field.text, field.span.start, RULE, {
    nearby,
    evidence,
    ...(lastYear === undefined ? {} : { contextYear: Number(lastYear) }),
  })
  if (read === undefined) return undefined
  context.report({
    severity: 'info',
    reason: `Read the numeric date "${read.date.text}" as ${read.order.order} (${read.order.evidence})`,
    source: 'segment',
    ruleId: 'numeric-date-order',
    place: read.date.span,
  })
  return read.date
}
