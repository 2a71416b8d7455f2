import type { CitationMention, Document, Fact, Mention, Note, NoteMarker, Span } from '../../core/index.ts'
import { factDate } from './dated-events.ts'
import type { EntityNames } from './entity-names.ts'
import { factId, isDate, isName, type MentionIndex } from './text-helpers.ts'

const RULE_SENTENCE = 'extract/events:decision-sentence'
const RULE_DOCUMENT = 'extract/events:decision-document'
/** A body's decision verb right after its name: "the Politburo decided", "the plenum unanimously resolved". */
const DECIDED =
  /^(?:['’]s)?(?:\s+\p{Ll}+ly|\s+(?:also|then|finally|formally))?\s+(decided|resolved|adopted|approved|passed|ruled|voted|ordered|instructed|agreed|confirmed|directed)\b/u

/**
 * Decisions of bodies read from sentences ("On 25 November 1926, the Politburo decided that …"): the body, the
 * date in the sentence (the one before the verb preferred), the subject (the rest of the sentence) and the archive
 * file cited in the sentence or in the note it stands in.
 * @example decisionSentences(text, sentences, sourceId, mentions, notes)[0].attributes?.subject
 */
export function decisionSentences(
  text: string,
  sentences: readonly Span[],
  sourceId: string,
  mentions: MentionIndex,
  notes: readonly Note[],
  markers: readonly NoteMarker[] = [],
): Fact[] {
  const facts: Fact[] = []
  const notesById = new Map(notes.map((note) => [note.id as string, note]))
  for (const sentence of sentences) {
    const inside = mentions.within(sentence)
    for (const body of inside) {
      if (!isName(body, 'body') || body.entityId === undefined) continue
      const verb = DECIDED.exec(text.slice(body.span.end, Math.min(sentence.end, body.span.end + 40)))
      if (verb === null) continue
      const verbEnd = body.span.end + verb[0].length
      const dates = inside.filter(isDate).filter((d) => d.value.kind === 'day' || d.value.kind === 'month')
      const date = dates.filter((d) => d.span.end <= body.span.start).at(-1) ?? dates[0]
      const subject = text.slice(verbEnd, sentence.end).trim().slice(0, 300)
      const marked = markers
        .filter(
          (m) =>
            m.noteId !== undefined && m.span.start >= sentence.start && m.span.start <= sentence.end + 12,
        )
        .map((m) => notesById.get(m.noteId as string))
        .filter((note): note is Note => note !== undefined)
      const citation = citationNear(sentence, inside, notes, mentions, marked)
      facts.push({
        id: factId(sourceId, RULE_SENTENCE, body.span.start),
        type: 'event',
        subject: body.entityId,
        predicate: 'decided',
        ...(date ? { start: factDate(text, date) } : {}),
        attributes: {
          body: text.slice(body.span.start, body.span.end),
          verb: verb[1] ?? '',
          subject,
          ...(citation ? citationAttributes(text, citation) : {}),
        },
        confidence: date ? 0.8 : 0.6,
        evidence: [
          {
            span: sentence,
            ...(body.documentId ? { documentId: body.documentId } : {}),
            rule: RULE_SENTENCE,
          },
        ],
      })
      break
    }
  }
  return facts
}

/**
 * Decisions the segment stage found as quoted documents ("Politburo resolution, 8 July 1929"): a quoted document
 * whose author is a body, or whose title says resolution or decision and names a body.
 * @example decisionDocuments(documents, text, sourceId, mentions, names)[0].predicate // 'decided'
 */
export function decisionDocuments(
  documents: readonly Document[],
  text: string,
  sourceId: string,
  mentions: MentionIndex,
  names: EntityNames,
): Fact[] {
  const facts: Fact[] = []
  for (const doc of documents) {
    if (doc.type !== 'quoted-document') continue
    const byAuthor = doc.author === undefined ? [] : names.find(doc.author, 'body')
    const titled = /\b(?:resolution|decision|decree|directive)s?\b/i.test(doc.title)
    if (byAuthor.length === 0 && !titled) continue
    const before = { start: Math.max(0, doc.span.start - 400), end: doc.span.start }
    const near = mentions.within(before)
    const body = byAuthor[0] ?? lastBody(near)
    if (body === undefined) continue
    const inside = mentions.within(doc.span)
    const citation = [...inside, ...near].find((m): m is CitationMention => m.type === 'citation')
    const date = doc.date ?? doc.editorialDate
    facts.push({
      id: factId(sourceId, RULE_DOCUMENT, doc.span.start),
      type: 'event',
      subject: body,
      predicate: 'decided',
      ...(date ? { start: { text: date.text, ...(date.iso ? { iso: date.iso } : {}) } } : {}),
      attributes: {
        subject: doc.title,
        document: doc.id,
        ...(citation ? citationAttributes(text, citation) : {}),
      },
      ...(byAuthor.length === 0 ? { inferred: ['subject'] } : {}),
      confidence: byAuthor.length > 0 ? 0.85 : 0.6,
      evidence: [{ span: doc.heading?.span ?? clip(doc.span), documentId: doc.id, rule: RULE_DOCUMENT }],
    })
  }
  return facts
}

function lastBody(mentions: readonly Mention[]): string | undefined {
  for (let index = mentions.length - 1; index >= 0; index--) {
    const mention = mentions[index] as Mention
    if (isName(mention, 'body') && mention.entityId !== undefined) return mention.entityId
  }
  return undefined
}

function clip(span: Span): Span {
  return { start: span.start, end: Math.min(span.end, span.start + 200) }
}

/**
 * The archive file cited for a statement: in its sentence, else in the note its marker points to, else in the
 * note the sentence stands in.
 */
function citationNear(
  sentence: Span,
  inside: readonly Mention[],
  notes: readonly Note[],
  mentions: MentionIndex,
  marked: readonly Note[],
): CitationMention | undefined {
  const own = inside.find((m): m is CitationMention => m.type === 'citation')
  if (own !== undefined) return own
  for (const note of marked) {
    const cited = mentions.within(note.span).find((m): m is CitationMention => m.type === 'citation')
    if (cited !== undefined) return cited
  }
  const note = notes.find((n) => n.span.start <= sentence.start && sentence.end <= n.span.end)
  return note === undefined
    ? undefined
    : mentions.within(note.span).find((m): m is CitationMention => m.type === 'citation')
}

/** A citation as attributes: the printed form and a normalised "RGASPI f. 17, op. 3, d. 510, l. 5". */
function citationAttributes(text: string, mention: CitationMention): Record<string, string> {
  const c = mention.citation
  const parts = [
    c.archive,
    c.fond && `f. ${c.fond}`,
    c.opis && `op. ${c.opis}`,
    c.delo && `d. ${c.delo}`,
    c.list && `l. ${c.list}${c.listEnd ? `–${c.listEnd}` : ''}`,
  ].filter((part): part is string => typeof part === 'string' && part !== '')
  return { citation: parts.join(', '), citationPrinted: text.slice(mention.span.start, mention.span.end) }
}
