import type { CitationCandidate, CitationParser } from '../citation-candidate.ts'
import { readFields } from '../read-fields.ts'

/** ", and d. 514, l. 2": a second file of the same fond and opis, right after a citation. */
const CONTINUATION = /,?[^\S\n]+(?:and|и)[^\S\n]+(?=(?:[dд]\.|(?:op|оп)\.|(?:delo|дело)\s))/giu

/**
 * Continuations that cite another file right after a citation: "(RTsKhIDNI f. 17, op. 3, d. 513, l. 6, and
 * d. 514, l. 2)". They inherit the levels above their first field from the citation they follow.
 */
export const archivalContinuation: CitationParser = {
  name: 'archival-continuation',
  find({ text }) {
    const found: CitationCandidate[] = []
    for (const match of text.matchAll(CONTINUATION)) {
      const chain = readFields(text, match.index + match[0].length)
      if (chain === undefined || chain.fields.fond !== undefined) continue
      found.push({
        kind: 'continuation',
        span: { start: chain.start, end: chain.end },
        fields: chain.fields,
        rule: 'archival-continuation',
        confidence: 0.85,
      })
    }
    return found
  },
}
