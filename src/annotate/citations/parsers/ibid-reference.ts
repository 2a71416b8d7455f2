import type { CitationCandidate, CitationParser } from '../citation-candidate.ts'
import { readFields } from '../read-fields.ts'

/** "Ibid.", "ibid.", "*ibid.*", "Ibid," and the Russian "Там же". */
const IBID = /(?<![\p{L}])\*?(?:ibid|там\s+же)(?![\p{L}])\.?\*?/giu
/** Between "Ibid." and its fields: "Ibid., d. 615", "(*ibid.*, op. 2", "Ibid. l. 22". */
const AFTER_IBID = /[^\S\n]*[,.:;]?[^\S\n]*/y
/** An Ibid. of a printed source: pages or a volume follow ("Ibid., p. 678", "Ibid., 594-96", "Ibid, Volume 2"). */
const PRINTED_AFTER =
  /^[^\S\n]*[,.:;]?[^\S\n]*(?:pp?\.|стр?\.|с\.|\d|vol(?:ume)?(?![\p{L}])|том(?![\p{L}]))/iu

/**
 * "Ibid." forms. With archival fields ("Ibid., d. 615, ll. 1–2") or bare ("Ibid."), they are resolved later against
 * the previous citation; followed by pages ("Ibid., p. 678") they refer to a printed source and are not archival.
 */
export const ibidReference: CitationParser = {
  name: 'ibid-reference',
  find({ text }) {
    const found: CitationCandidate[] = []
    for (const match of text.matchAll(IBID)) {
      const wordEnd = match.index + match[0].length
      AFTER_IBID.lastIndex = wordEnd
      AFTER_IBID.exec(text)
      const chain = readFields(text, AFTER_IBID.lastIndex)
      const printed =
        chain === undefined ? PRINTED_AFTER.test(text.slice(wordEnd, wordEnd + 16)) : chain.followedByPages
      found.push({
        kind: printed ? 'bibliographic-ibid' : 'ibid',
        span: { start: match.index, end: chain?.end ?? wordEnd },
        fields: chain?.fields ?? {},
        rule: 'ibid-reference',
        confidence: chain === undefined ? 0.7 : 0.85,
      })
    }
    return found
  },
}
