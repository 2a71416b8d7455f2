import type { Fact, FactDate, NameMention, Note, Span, StageContext } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { type BodyLookup, createBodyLookup } from './body-lookup.ts'
import { predicateOf, readClause } from './glossary-biographies.ts'
import { splitSemicolons, splitSentences } from './glossary-clauses.ts'
import { type FactDraft, makeFact } from './make-fact.ts'
import { createDocumentDates, type DocumentDates, isHypothetical } from './passage-context.ts'
import { readPeriods } from './read-period.ts'
import { readPositions } from './read-positions.ts'
import { isRoleText } from './role-phrase.ts'

const RULE = 'extract/posts:note-identification'

type Person = NameMention & { readonly entityId: string }

/** "X was then …", "X had been …", "X served as …", "X was appointed …" after an optional date clause. */
const WAS =
  /^(?:(?:On|In|By|From) ([^,]{3,30}), )?(?:the )?(?:\([^)]*\) )?(was appointed|was confirmed(?: by (?:the )?\S+)? as|was made|was named|was elected|was|had been|served as)(?: (then|at that time|at the time|later|subsequently|already|still))? (?:the |a |an )?(.+)$/
/** An archival citation in parentheses at the end of a sentence: "(*ibid.*, d. 790, l. 4)". */
const TRAILING_CITATION = /\s*\([^()]*(?:\bibid\b|\bf\. \d|\bd\. \d|\bll?\. \d)[^()]*\)\s*$/i
/** Where the clause of the person ends: the next person's clause ("and Grinko was appointed …"), "while …". */
const CLAUSE_END = /,? (?:and (?=\p{Lu}[\p{L}-]+ (?:was|had)\b)|while |whereas |but )/u
/** Words of a verb phrase, never of a role. */
const VERB_WORD = /\b(?:was|were|is|by|as|appointed|confirmed|dismissed|made|and)\b/
/** A time said by the sentence itself, relative to the document ("at this time", "then"). */
const AT_THAT_TIME = /,? at (?:this|that|the) time$/
/** The name part of a note printed in the form of a glossary entry: initials and life dates after the surname. */
const NAME_TAIL = /^\**(?:, (?:\p{Lu}[a-z]?\. ?)+)?\**(?: \([^)]*\d{4}[^)]*\))?[.,]? +(?=\p{Lu})/u

/**
 * Reads the editors' identifications of people in the notes: a note printed as a glossary entry ("Briukhanov, N. P.
 * Commissar of finance, 1926–30.", read with the glossary's clause reader) and sentences that give a person's post
 * ("P. A. Bogdanov was director of Amtorg from 1930 to 1934", "Mikoian was then commissar of trade", "On 10
 * September 1930, Rozengolts was appointed deputy commissar of trade"). Printed periods and dates of appointment are
 * stated; "then" or "at that time" dates the post by the document the note belongs to, marked inferred.
 * @example extractNoteIdentifications(input, context).map((fact) => fact.role)
 */
export function extractNoteIdentifications(input: ExtractInput, context: StageContext): Fact[] {
  const text = input.text.text
  const bodies = createBodyLookup(input.entities)
  const dates = createDocumentDates(input.segments.documents, input.segments.notes)
  const people = input.mentions.filter(
    (mention): mention is Person => mention.type === 'person' && mention.entityId !== undefined,
  )
  const facts: Fact[] = []
  for (const note of input.segments.notes) {
    const inNote = people.filter((m) => m.span.start >= note.span.start && m.span.end <= note.span.end)
    if (inNote.length === 0) continue
    const read = { text, note, inNote, bodies, dates, sourceId: context.sourceId }
    const glossary = glossaryForm(read)
    facts.push(...(glossary.length > 0 ? glossary : wasSentences(read)))
  }
  return facts
}

interface NoteReading {
  readonly text: string
  readonly note: Note
  readonly inNote: readonly Person[]
  readonly bodies: BodyLookup
  readonly dates: DocumentDates
  readonly sourceId: string
}

/** A note that opens with a name and reads like a glossary entry: every clause read as the glossary reads it. */
function glossaryForm(read: NoteReading): Fact[] {
  const { text, note } = read
  const person = read.inNote.find(
    (m) => text.slice(note.span.start, m.span.start).replace(/\*/g, '').trim() === '',
  )
  if (person === undefined) return []
  const tail = NAME_TAIL.exec(text.slice(person.span.end, note.span.end))
  if (tail === null) return []
  const from = person.span.end + tail[0].length
  const facts: Fact[] = []
  for (const sentence of splitSentences(text.slice(from, note.span.end))) {
    for (const clause of splitSemicolons(sentence)) {
      const span = { start: from + clause.start, end: from + clause.end }
      readClause(clause.text)
        .filter(
          (draft) => draft.type === 'post' && isRoleText(draft.role ?? '') && draft.institution !== undefined,
        )
        .forEach((draft, ordinal) => {
          facts.push(post(read, span, ordinal, { ...draft, subject: person.entityId }, 'glossary-form', 0.8))
        })
    }
  }
  return facts
}

/** Sentences of a note that give a person's post: "X was (then) R of I (period)", "X was appointed R of I". */
function wasSentences(read: NoteReading): Fact[] {
  const { text, note } = read
  const facts: Fact[] = []
  for (const sentence of splitSentences(text.slice(note.span.start, note.span.end))) {
    const span = { start: note.span.start + sentence.start, end: note.span.start + sentence.end }
    if (isHypothetical(sentence.text)) continue
    const person = read.inNote.find((m) => m.span.start >= span.start && m.span.end <= span.end)
    if (person === undefined) continue
    const before = text.slice(span.start, person.span.start)
    if (!/^(?:(?:On|In|By|From) [^,]{3,30}, )?(?:Com\. )?$/.test(before)) continue
    const match = WAS.exec(
      `${before.replace(/(?:Com\. )?$/, '')}${text.slice(person.span.end, span.end).trimStart()}`,
    )
    if (match === null) continue
    facts.push(...wasFacts(read, span, person, match))
  }
  return facts
}

function wasFacts(read: NoteReading, span: Span, person: Person, match: RegExpExecArray): Fact[] {
  const [, leading, verb = '', when, rest = ''] = match
  const appointed = verb.startsWith('was ') && verb !== 'was'
  const relative =
    when === 'then' || when === 'at that time' || when === 'at the time' || AT_THAT_TIME.test(rest)
  const clause = rest.split(CLAUSE_END)[0] ?? rest
  const body = clause
    .replace(TRAILING_CITATION, '')
    .replace(AT_THAT_TIME, '')
    .replace(/\bfrom (\S+(?: \S+)?) until\b/, 'from $1 to')
  const leadDate = leading === undefined ? undefined : readPeriods(leading)?.[0]?.start
  return readPositions(body)
    .filter(
      (item) => isRoleText(item.role) && !VERB_WORD.test(item.role) && namesBody(item.role, item.institution),
    )
    .map((item, ordinal) => {
      const dated = datesOf(
        item.period,
        appointed ? leadDate : undefined,
        relative ? read.dates.dateAt(span.start) : undefined,
      )
      const draft: FactDraft = {
        type: 'post',
        subject: person.entityId,
        predicate: predicateOf(item.role),
        role: item.role,
        ...(item.institution === undefined ? {} : { institution: item.institution }),
        ...dated,
        ...(appointed ? { attributes: { verb } } : {}),
        confidence: 0.75,
      }
      return post(read, span, ordinal, draft, appointed ? 'appointed' : 'was', 0.75)
    })
}

/** An institution with a capital ("Amtorg"), or the lower-case field of a commissar ("commissar of trade"). */
function namesBody(role: string, institution: string | undefined): boolean {
  if (institution === undefined || /[;:]/.test(institution)) return false
  return /(?:^|\s|\*)\p{Lu}/u.test(institution) || /commissar$/i.test(role)
}

/** The printed period first, then the date of an appointment, then the document's date for "then". */
function datesOf(
  period: { start?: FactDate; end?: FactDate } | undefined,
  appointedOn: FactDate | undefined,
  documentDate: FactDate | undefined,
): Pick<FactDraft, 'start' | 'end' | 'inferred'> {
  if (period?.start !== undefined || period?.end !== undefined) return { ...period }
  if (appointedOn !== undefined) return { start: appointedOn }
  if (documentDate !== undefined)
    return { start: documentDate, end: documentDate, inferred: ['start', 'end'] }
  return {}
}

function post(
  read: NoteReading,
  span: Span,
  ordinal: number,
  draft: FactDraft,
  form: string,
  confidence: number,
): Fact {
  const institution = draft.institution?.replace(/^the /, '')
  const object = institution === undefined ? undefined : read.bodies.find(institution)
  const attributes = { ...(draft.attributes ?? {}), form }
  return makeFact(read.sourceId, RULE, span, ordinal, {
    ...draft,
    ...(institution === undefined ? {} : { institution }),
    ...(object === undefined ? {} : { object }),
    attributes,
    confidence,
  })
}
