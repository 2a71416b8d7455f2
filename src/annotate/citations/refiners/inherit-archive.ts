import type { CitationCandidate, CitationContext, CitationRefiner } from '../citation-candidate.ts'

/**
 * Gives a citation printed without an archive ("fond 558, opis 1, delo 5388") the archive named last before it in
 * the same paragraph ("… (Rossiiskii tsentr …, hereafter RTsKhIDNI). Stalin's letters are located in fond 558 …").
 */
export const inheritArchive: CitationRefiner = {
  name: 'inherit-archive',
  refine(candidates, context) {
    return candidates.map((candidate) =>
      candidate.kind !== 'full' || candidate.fields.archive !== undefined
        ? candidate
        : withArchiveFromParagraph(candidate, context),
    )
  },
}

function withArchiveFromParagraph(candidate: CitationCandidate, context: CitationContext): CitationCandidate {
  const { text, archives } = context
  const paragraphStart = text.lastIndexOf('\n\n', candidate.span.start) + 1
  const before = text.slice(paragraphStart, candidate.span.start)
  const named = [...before.matchAll(new RegExp(archives.designationSource, 'giu'))].at(-1)
  const archive = named === undefined ? undefined : archives.find(named[0])?.name
  if (archive === undefined) return candidate
  return {
    ...candidate,
    fields: { ...candidate.fields, archive },
    inherited: [...(candidate.inherited ?? []), 'archive'],
  }
}
