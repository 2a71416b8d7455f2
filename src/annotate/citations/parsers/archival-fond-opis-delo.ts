import type { CitationCandidate, CitationContext, CitationParser } from '../citation-candidate.ts'
import { readFields } from '../read-fields.ts'

/** Between an archive's name and its first designation: spaces, a comma or a colon, within one paragraph. */
const AFTER_ARCHIVE = /[^\S\n]*\n?[^\S\n]*[,.:]?[^\S\n]*\n?[^\S\n]*/y
/** Where a chain may start without an archive name: "f. 17", "fond 558", "ф. 17". */
const FOND_START = /(?<![\p{L}\d.])(?:[fф]\.|(?:fond|фонд)\s)/giu

/**
 * Citations that name an archive and/or a fond: "RTsKhIDNI f. 558, op. 1, d. 5388, ll. 1–3",
 * "RGASPI, f.51, op.1, d.21, l.54ob-57ob", "Rossiiskii … istorii (RGASPI), f. 17, op. 171, delo 33, list 142",
 * "fond 558, opis 1, delo 5388". Without an archive name the chain must have a fond and an opis or delo
 * (so "vol. 45, p. 387" of a printed book and "F. E. Dzerzhinsky" are not citations).
 */
export const archivalFondOpisDelo: CitationParser = {
  name: 'archival-fond-opis-delo',
  find(context) {
    return [...findWithArchive(context), ...findWithoutArchive(context)]
  },
}

function findWithArchive(context: CitationContext): CitationCandidate[] {
  const { text, archives } = context
  const found: CitationCandidate[] = []
  for (const match of text.matchAll(new RegExp(archives.designationSource, 'giu'))) {
    AFTER_ARCHIVE.lastIndex = match.index + match[0].length
    AFTER_ARCHIVE.exec(text)
    const chain = readFields(text, AFTER_ARCHIVE.lastIndex)
    if (chain === undefined || chain.levels[0] !== 'fond') continue
    const printed = match[0].replace(/\s+/g, ' ')
    const archive = archives.find(printed)?.name
    found.push({
      kind: 'full',
      span: { start: match.index, end: chain.end },
      fields: { ...chain.fields, archiveAsPrinted: printed, ...(archive === undefined ? {} : { archive }) },
      rule: 'archival-fond-opis-delo',
      confidence: 0.95,
    })
  }
  return found
}

function findWithoutArchive(context: CitationContext): CitationCandidate[] {
  const found: CitationCandidate[] = []
  for (const match of context.text.matchAll(FOND_START)) {
    const chain = readFields(context.text, match.index)
    if (chain === undefined || chain.fields.fond === undefined) continue
    if (chain.fields.opis === undefined && chain.fields.delo === undefined) continue
    found.push({
      kind: 'full',
      span: { start: chain.start, end: chain.end },
      fields: chain.fields,
      rule: 'archival-fond-opis-delo',
      confidence: 0.85,
    })
  }
  return found
}
