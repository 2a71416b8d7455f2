import type { Note, NoteMarker, SourceId, Span } from '../../core/index.ts'
import { createId, hashKey } from '../../core/index.ts'
import { chooseRisingChain } from './choose-note-chain.ts'
import { extendEndnote } from './extend-endnote.ts'
import type { MarkerCandidate } from './find-explicit-markers.ts'
import type { NoteCandidate } from './find-note-candidates.ts'
import type { NoteUnits } from './find-note-units.ts'
import type { TextLine } from './text-lines.ts'
import { lineIndexAt } from './text-lines.ts'

/** What {@link linkExplicitNotes} reads. */
export interface ExplicitNotesInput {
  readonly text: string
  readonly sourceId: SourceId
  readonly lines: readonly TextLine[]
  readonly units: NoteUnits
  readonly markers: readonly MarkerCandidate[]
  readonly candidates: readonly NoteCandidate[]
}

/** Forms that are notes even when no marker points to them (a numbered paragraph may be a body list). */
const NOTE_ONLY_FORMS: ReadonlySet<string> = new Set(['sup', 'bracket', 'markdown', 'bare'])

/**
 * Links markers written in a convention to their note texts. Markdown footnotes (`[^a]`) link by label across
 * the text. Numbered markers form sequences that restart where the numbers start again; in each, the notes are
 * the longest run of rising labels among the candidate paragraphs that follow a marker with their label and
 * hold no marker themselves.
 * @example linkExplicitNotes(input).markers.filter((m) => m.noteId !== undefined).length
 */
export function linkExplicitNotes(input: ExplicitNotesInput): { notes: Note[]; markers: NoteMarker[] } {
  const notes: Note[] = []
  const markers: NoteMarker[] = []
  const numeric = input.markers.filter((marker) => marker.style !== 'markdown')
  const bounds = [...findSequenceStarts(input, numeric), input.text.length]
  for (let i = 0; i + 1 < bounds.length; i++) {
    const span = { start: bounds[i] as number, end: bounds[i + 1] as number }
    const inside = (s: Span): boolean => s.start >= span.start && s.start < span.end
    const result = linkSequence(
      input,
      numeric.filter((marker) => inside(marker.span)),
      input.candidates.filter((candidate) => candidate.form !== 'markdown' && inside(candidate.span)),
      span,
    )
    notes.push(...result.notes)
    markers.push(...result.markers)
  }
  const markdown = linkMarkdown(input)
  notes.push(...markdown.notes)
  markers.push(...markdown.markers)
  return {
    notes: notes.sort((a, b) => a.span.start - b.span.start),
    markers: markers.sort((a, b) => a.span.start - b.span.start),
  }
}

/** Offsets where a notes sequence starts: the text start, and each place where the marker numbers start again. */
function findSequenceStarts(input: ExplicitNotesInput, markers: readonly MarkerCandidate[]): number[] {
  const starts = [0]
  for (let k = 1; k < markers.length; k++) {
    const previous = markers[k - 1] as MarkerCandidate
    const marker = markers[k] as MarkerCandidate
    const last = Number(previous.label)
    const label = Number(marker.label)
    if (previous.span.start === marker.span.start) continue
    const unit = input.units.unitAt(marker.span.start)
    const newUnit = unit.start !== input.units.unitAt(previous.span.start).start
    const notesBetween = input.candidates.some(
      (c) => c.span.start > previous.span.end && c.span.start < marker.span.start && Number(c.label) >= label,
    )
    if (!(label < last || (label === last && (notesBetween || newUnit)))) continue
    const lineStart = (input.lines[lineIndexAt(input.lines, marker.span.start)] as TextLine).start
    starts.push(newUnit ? Math.max(unit.start, previous.span.end) : lineStart)
  }
  return starts
}

function linkSequence(
  input: ExplicitNotesInput,
  markers: readonly MarkerCandidate[],
  candidates: readonly NoteCandidate[],
  sequence: Span,
): { notes: Note[]; markers: NoteMarker[] } {
  const valid = candidates.filter(
    (c) =>
      markers.some((m) => m.label === c.label && m.span.start < c.span.start) &&
      !input.markers.some((m) => m.span.start >= c.span.start && m.span.start < c.span.end),
  )
  const preferred = valid.filter(
    (c) => !isListItem(c, candidates, markers) || !hasRival(c, valid, candidates, markers),
  )
  const chosen = chooseNotes(preferred, markers, candidates)
  const unmarked = candidates.filter(
    (c) => NOTE_ONLY_FORMS.has(c.form) && !chosen.includes(c) && !markers.some((m) => m.label === c.label),
  )
  const lastMarker = markers[markers.length - 1]?.span.start ?? -1
  const notes = [...chosen, ...unmarked]
    .sort((a, b) => a.span.start - b.span.start)
    .map((candidate, i, all): Note => {
      const footnote = candidate.pageFoot || candidate.span.start < lastMarker
      const next = all[i + 1]
      const nextStart =
        next === undefined ? Number.POSITIVE_INFINITY : (input.lines[next.line] as TextLine).start
      const limit = Math.min(sequence.end, input.units.unitAt(candidate.span.start).end, nextStart)
      const span = footnote ? candidate.span : extendEndnote(input.lines, candidate.span, limit)
      return toNote(input, candidate, span, footnote ? 'footnote' : 'endnote')
    })
  const linked = markers.map((marker): NoteMarker => {
    const note = notes.find((n) => n.label === marker.label && n.span.start > marker.span.start)
    const documentId = note?.documentId ?? input.units.documentAt(marker.span.start)
    return {
      sourceId: input.sourceId,
      label: marker.label,
      span: marker.span,
      ...(note === undefined ? {} : { noteId: note.id }),
      ...(documentId === undefined ? {} : { documentId }),
      rule: `notes:marker-${marker.style}`,
    }
  })
  return { notes, markers: linked }
}

/**
 * Picks the notes among the candidates: the longest run of rising labels. When the notes after the last marker
 * make as long a run (a letter's notes block), that run is taken, starting as early as possible so that a list
 * quoted inside the last note does not replace the notes before it; otherwise (page-foot notes between body
 * paragraphs) the longest run over the whole sequence.
 */
function chooseNotes(
  valid: readonly NoteCandidate[],
  markers: readonly MarkerCandidate[],
  all: readonly NoteCandidate[],
): NoteCandidate[] {
  const lastMarker = markers[markers.length - 1]?.span.start ?? -1
  const pick = (items: readonly NoteCandidate[], start: 'earliest' | 'latest'): NoteCandidate[] =>
    chooseRisingChain(
      items.map((c) => ({ value: Number(c.label), position: all.indexOf(c) })),
      { start },
    ).map((i) => items[i] as NoteCandidate)
  const anywhere = pick(valid, 'latest')
  const after = pick(
    valid.filter((c) => c.span.start > lastMarker),
    'earliest',
  )
  return after.length >= anywhere.length ? after : anywhere
}

/**
 * Whether a numbered paragraph is followed by the next number of a list that no marker points to ("3. …" then
 * "4. …" with no marker "4"): then it belongs to a list, such as a decree quoted inside a note.
 */
function isListItem(
  candidate: NoteCandidate,
  all: readonly NoteCandidate[],
  markers: readonly MarkerCandidate[],
): boolean {
  const next = all.find((c) => c.span.start > candidate.span.start)
  const value = String(Number(candidate.label) + 1)
  return next?.label === value && !markers.some((m) => m.label === value)
}

/** Whether another candidate with the same label, not in such a list, could be the note instead. */
function hasRival(
  candidate: NoteCandidate,
  valid: readonly NoteCandidate[],
  all: readonly NoteCandidate[],
  markers: readonly MarkerCandidate[],
): boolean {
  return valid.some((c) => c !== candidate && c.label === candidate.label && !isListItem(c, all, markers))
}

function linkMarkdown(input: ExplicitNotesInput): { notes: Note[]; markers: NoteMarker[] } {
  const definitions = input.candidates.filter((c) => c.form === 'markdown')
  const notes = definitions.map((c) => toNote(input, c, c.span, 'endnote'))
  const markers = input.markers
    .filter((marker) => marker.style === 'markdown')
    .map((marker): NoteMarker => {
      const note = notes.find((n) => n.label === marker.label)
      const documentId = note?.documentId ?? input.units.documentAt(marker.span.start)
      return {
        sourceId: input.sourceId,
        label: marker.label,
        span: marker.span,
        ...(note === undefined ? {} : { noteId: note.id }),
        ...(documentId === undefined ? {} : { documentId }),
        rule: 'notes:marker-markdown',
      }
    })
  return { notes, markers }
}

/** Builds a note from the candidate paragraph that holds it. */
export function toNote(
  input: { readonly sourceId: SourceId; readonly units: NoteUnits },
  candidate: NoteCandidate,
  span: Span,
  kind: Note['kind'],
): Note {
  const documentId = input.units.unitAt(candidate.span.start).documentId
  return {
    id: createId('note', hashKey(input.sourceId, span.start)),
    sourceId: input.sourceId,
    ...(documentId === undefined ? {} : { documentId }),
    label: candidate.label,
    span,
    kind,
    rule: `notes:note-${candidate.form}`,
  }
}
