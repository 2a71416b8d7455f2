import type { FactRecord } from '../core/index.ts'

/** One passage a fact rests on, as a reader needs it: where it stands and what it says. */
export interface Passage {
  readonly sourceId: string
  readonly documentId?: string
  /** 1-based lines in the original file. */
  readonly lineStart: number
  readonly lineEnd: number
  /** The passage as printed. */
  readonly quote: string
  /** The rule that read the fact from it. */
  readonly rule: string
}

/** The passages of a fact, one per distinct place (the same span read by two rules counts once). */
export function passagesOf(fact: FactRecord): Passage[] {
  const seen = new Set<string>()
  const passages: Passage[] = []
  for (const evidence of fact.evidence) {
    const key = `${evidence.sourceId}:${evidence.span.start}:${evidence.span.end}`
    if (seen.has(key)) continue
    seen.add(key)
    passages.push({
      sourceId: evidence.sourceId,
      ...(evidence.documentId === undefined ? {} : { documentId: evidence.documentId }),
      lineStart: evidence.lineStart,
      lineEnd: evidence.lineEnd,
      quote: evidence.quote.exact,
      rule: evidence.rule,
    })
  }
  return passages
}

/**
 * A passage on one line: `file:line  "short quote"`, the quote cut to `width` characters.
 * @example formatPassage(passage, '001_letters.txt') // '001_letters.txt:939  "In 1925 full members of …"'
 */
export function formatPassage(passage: Passage, fileName: string, width = 60): string {
  const flat = passage.quote.replace(/\s+/g, ' ').trim()
  const quote = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
  return `${fileName}:${passage.lineStart}  "${quote}"`
}
