import type { NameMention, SegmentResult } from '../core/index.ts'
import { nameKey } from '../core/index.ts'

/** A name the source itself says stands for another: "Kobyzev" that a note identifies as Kolosov. */
export interface NameAlias {
  /** The mention whose name is explained. */
  readonly from: NameMention
  /** The mention of the person it really is. */
  readonly to: NameMention
}

/** Words that say "X is Y" between two names, in running text: "X (i.e., Y)", "X — that is, Y", "X (real name Y)". */
const INLINE =
  /^[\s,]*(?:\(|—|–|-)?\s*(?:i\.\s?e\.|that is|real name|actually|in fact|=)[\s,:]*(?:(?:comrade|com\.)\s+)?$/i
/** Words in a note that identify the name its marker follows: "this was Y", "a misspelling of Y", "refers to Y". */
const IN_NOTE =
  /\b(?:this was|this is|that is|i\.\s?e\.|real name|refers to|misspelling of|misprint for|should read|meaning|actually)[\s,:]*(?:(?:comrade|com\.)\s+)?(?:\p{Lu}\p{Ll}?\.\s*|\[[^\]]*\]\s*)*$/iu

/** The same, with the name that follows, in a note's text. */
const IN_NOTE_NAME =
  /\b(?:this was|this is|that is|i\.\s?e\.|real name|refers to|misspelling of|misprint for|should read|meaning|actually)[\s,:]*(?:(?:comrade|com\.)\s+)?(?:\p{Lu}\p{Ll}?\.\s*|\[[^\]]*\]\s*)*(?<name>\p{Lu}[\p{L}'’-]+)/u

/**
 * Finds the names the source explains as other names: inline ("X (i.e., Y)") and in notes, where the note's marker
 * follows a name and the note says "this was Y". Person names only.
 * @example findNameAliases(mentions, text, segments) // [{ from: Kobyzev, to: Kolosov }]
 */
export function findNameAliases(
  mentions: readonly NameMention[],
  text: string,
  segments: SegmentResult | undefined,
): NameAlias[] {
  const people = mentions
    .filter((mention) => mention.type === 'person')
    .sort((a, b) => a.span.start - b.span.start)
  const aliases: NameAlias[] = []
  people.forEach((mention, index) => {
    const next = people[index + 1]
    if (next === undefined || next.span.start - mention.span.end > 40) return
    if (INLINE.test(text.slice(mention.span.end, next.span.start))) aliases.push({ from: mention, to: next })
  })
  const notes = new Map((segments?.notes ?? []).map((note) => [note.id as string, note]))
  const starts = people.map((mention) => mention.span.start)
  for (const marker of segments?.markers ?? []) {
    const note = marker.noteId === undefined ? undefined : notes.get(marker.noteId)
    if (note === undefined) continue
    // The last name that ends before the marker, with only punctuation between them.
    const last = people[firstIndexAtOrAfter(starts, marker.span.start) - 1]
    const from =
      last !== undefined &&
      last.span.end <= marker.span.start &&
      /^[\s'"’”.,;:*_]*$/.test(text.slice(last.span.end, marker.span.start))
        ? last
        : undefined
    if (from === undefined) continue
    const inNote: NameMention[] = []
    for (let i = firstIndexAtOrAfter(starts, note.span.start); i < people.length; i++) {
      const mention = people[i] as NameMention
      if (mention.span.start >= note.span.end) break
      if (mention.span.end <= note.span.end && mention.key !== from.key) inNote.push(mention)
    }
    // The name after "this was" may not be a mention itself ("this was D. M. [or N?] Kolosov."): then a later
    // mention of the same name in the note stands for it.
    const named = IN_NOTE_NAME.exec(text.slice(note.span.start, note.span.end))?.groups?.name
    const to =
      inNote.find((mention) =>
        IN_NOTE.test(text.slice(Math.max(note.span.start, mention.span.start - 60), mention.span.start)),
      ) ?? inNote.find((mention) => named !== undefined && mention.key === nameKey(named))
    if (to !== undefined) aliases.push({ from, to })
  }
  return aliases
}

/** The first index whose value is at least `value`, in a sorted list (binary search). */
function firstIndexAtOrAfter(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
