import type { CitationCandidate, CitationParser } from '../citation-candidate.ts'
import { readFields } from '../read-fields.ts'

/** After the archive: the case number ("R33718", "R-33718") and the separator before "d.". */
const CASE_NUMBER = /[^\S\n]*,?\s*(?<case>[RР]-?\d+)[^\S\n]*,\s*/uy

/**
 * Case-file citations of the security-service archives, which have no fond or opis but an archival case number:
 * "TsA FSB, R33718, d. 499061, vol. 5, 11. 28-31". The case number is stored as the fond, the top level under the
 * archive, so that `fond citations` groups the case's files together.
 */
export const archivalCaseNumber: CitationParser = {
  name: 'archival-case-number',
  find({ text, archives }) {
    const found: CitationCandidate[] = []
    for (const match of text.matchAll(new RegExp(archives.designationSource, 'giu'))) {
      CASE_NUMBER.lastIndex = match.index + match[0].length
      const caseNumber = CASE_NUMBER.exec(text)?.groups?.case
      if (caseNumber === undefined) continue
      const chain = readFields(text, CASE_NUMBER.lastIndex)
      if (chain === undefined || chain.levels[0] !== 'delo') continue
      const printed = match[0].replace(/\s+/g, ' ')
      const archive = archives.find(printed)?.name
      found.push({
        kind: 'full',
        span: { start: match.index, end: chain.end },
        fields: {
          ...chain.fields,
          fond: caseNumber.replace(/^Р/, 'R'),
          archiveAsPrinted: printed,
          ...(archive === undefined ? {} : { archive }),
        },
        rule: 'archival-case-number',
        confidence: 0.9,
      })
    }
    return found
  },
}
