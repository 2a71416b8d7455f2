import type { MarkerRecord, NoteRecord, SourceEdition } from '../core/index.ts'
import { ratio } from './compare-text.ts'
import type { Scorer } from './eval-score.ts'

type Row = Readonly<Record<string, string>>

/** What one gold row expects and what was found for it. */
interface RowResult {
  readonly right: boolean
  readonly marker?: boolean
  readonly note?: boolean
  readonly miss?: string
}

/**
 * Scores note markers and note texts against `footnotes-other.tsv`. A gold row is right when the marker with
 * its label at `marker_line` links to a note whose text starts at `note_text_line`; a row without a note line
 * wants the marker found and unlinked, a row without a marker line wants the note found and no marker linking
 * to it. Metrics: `linked_accuracy` (share of rows right), `marker_recall`, `note_recall`, and `precision`
 * (linked markers that are right / linked markers found in the gold's files).
 * @example scoreFootnotes(readGoldTable('footnotes-other.tsv'), editions).metrics.linked_accuracy
 */
export const scoreFootnotes: Scorer = (gold, editions) => {
  const misses: string[] = []
  const counts = {
    rows: gold.rows.length,
    right: 0,
    markerRows: 0,
    markersFound: 0,
    noteRows: 0,
    notesFound: 0,
  }
  const rightMarkers = new Set<MarkerRecord>()
  const files = new Set(gold.rows.map((row) => row.file ?? ''))
  for (const row of gold.rows) {
    const edition = editions.find((e) => e.source.name === row.file)
    const result =
      edition === undefined ? { right: false, miss: 'no edition' } : scoreRow(row, edition, rightMarkers)
    if (row.marker_line !== '') counts.markerRows++
    if (row.note_text_line !== '') counts.noteRows++
    if (result.marker === true) counts.markersFound++
    if (result.note === true) counts.notesFound++
    if (result.right) counts.right++
    else misses.push(`${row.file} note "${row.note_number}": ${result.miss ?? 'wrong'}`)
  }
  const linked = editions
    .filter((edition) => files.has(edition.source.name))
    .flatMap((edition) => edition.markers.filter((marker) => marker.noteId !== undefined))
  return {
    gold: gold.name,
    metrics: {
      linked_accuracy: ratio(counts.right, counts.rows),
      marker_recall: ratio(counts.markersFound, counts.markerRows),
      note_recall: ratio(counts.notesFound, counts.noteRows),
      precision: ratio(rightMarkers.size, linked.length),
    },
    counts: { ...counts, linkedFound: linked.length, linkedRight: rightMarkers.size },
    misses,
  }
}

function scoreRow(row: Row, edition: SourceEdition, rightMarkers: Set<MarkerRecord>): RowResult {
  const markerLine = Number(row.marker_line)
  const noteLine = Number(row.note_text_line)
  const label = row.note_number ?? ''
  const marker =
    row.marker_line === ''
      ? undefined
      : edition.markers.find((m) => m.provenance.lineStart === markerLine && m.label === label)
  const note =
    row.note_text_line === ''
      ? undefined
      : edition.notes.find((n) => n.provenance.lineStart === noteLine && n.label === label)
  const found = {
    ...(row.marker_line === '' ? {} : { marker: marker !== undefined }),
    ...(row.note_text_line === '' ? {} : { note: note !== undefined }),
  }
  if (row.marker_line === '') {
    const pointedAt = note !== undefined && edition.markers.some((m) => m.noteId === note.id)
    return { ...found, right: note !== undefined && !pointedAt, miss: describe(row, marker, note, edition) }
  }
  if (row.note_text_line === '') {
    return {
      ...found,
      right: marker !== undefined && marker.noteId === undefined,
      miss: describe(row, marker, note, edition),
    }
  }
  const right = marker !== undefined && note !== undefined && marker.noteId === note.id
  if (right) rightMarkers.add(marker)
  return { ...found, right, miss: describe(row, marker, note, edition) }
}

function describe(
  row: Row,
  marker: MarkerRecord | undefined,
  note: NoteRecord | undefined,
  edition: SourceEdition,
): string {
  const target = edition.notes.find((n) => n.id === marker?.noteId)
  const markerText =
    marker === undefined
      ? 'no marker'
      : `marker at line ${marker.provenance.lineStart} → ${target === undefined ? 'no note' : `note at line ${target.provenance.lineStart}`}`
  return `expected marker line ${row.marker_line || '(none)'} → note line ${row.note_text_line || '(none)'}; found ${markerText}, ${note === undefined ? 'no note at that line' : 'note at that line'}`
}
