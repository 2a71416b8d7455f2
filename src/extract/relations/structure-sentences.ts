import type { Fact, Mention, Span } from '../../core/index.ts'
import { factId, type MentionIndex } from '../events/text-helpers.ts'
import { type Side, sideAfter, sideBefore } from './body-sides.ts'

const RULE = 'extract/relations:structure-sentence'

/** Sentence patterns that relate two bodies: the words between them, and what they claim. */
const PATTERNS: readonly { readonly predicate: string; readonly words: RegExp }[] = [
  {
    predicate: 'renamed-to',
    words:
      /\s+(?:was|were|had been|is)\s+(?:later\s+|then\s+|subsequently\s+)?(?:renamed|reorgani[sz]ed|transformed|converted|succeeded by|replaced by)(?:\s+(?:as|to|into))?\s+/g,
  },
  { predicate: 'renamed-to', words: /\s+(?:later\s+|then\s+|subsequently\s+)?became\s+(?:known\s+as\s+)?/g },
  { predicate: 'renamed-to', words: /\s*[(,]\s*(?:later|afterwards|subsequently|renamed|then)\s+/g },
  {
    predicate: 'merged-with',
    words: /\s+(?:was|were|had been)\s+(?:amalgamated|merged|combined|fused|united)\s+with\s+/g,
  },
  {
    predicate: 'elected-by',
    words: /\s+(?:(?:was|were|is|are)\s+)?elected\s+by\s+(?:and\s+(?:responsible|accountable)\s+to\s+)?/g,
  },
  { predicate: 'appointed-by', words: /\s+(?:was|were|is|are)\s+appointed\s+by\s+/g },
  {
    predicate: 'accountable-to',
    words:
      /\s*,?\s+(?:(?:was|were|is|are)\s+)?(?:accountable|responsible|answerable)\s+(?:\[?directly\]?\s+)?to\s+/g,
  },
  {
    predicate: 'subordinate-to',
    words: /\s+(?:(?:was|were|is|are)\s+)?(?:completely\s+)?subordinate\s+to\s+/g,
  },
  { predicate: 'reports-to', words: /\s+reports?\s+to\s+/g },
]
/** "X and Y were amalgamated": both bodies before the verb. */
const JOINT_MERGE = /\s+and\s+(?:the\s+)?/g
const MERGED_AFTER = /^\s+(?:were|had been)\s+(?:amalgamated|merged|combined|fused|united)\b/
/** A chain goes on: "(later the GPU, then the OGPU)". */
const CHAIN = /^\s*(?:,|;)?\s*(?:and\s+)?(?:then|later|afterwards|subsequently)\s+/

/**
 * Relations between bodies read from sentence patterns: renamings ("X was renamed Y", "X became Y", "X (later Y,
 * then Z)"), mergers ("X was amalgamated with Y", "X and Y were merged"), elections and appointments ("elected by"),
 * accountability ("accountable to", "responsible to", "subordinate to", "reports to"). A side named by a phrase
 * such as "this agency" is the body named last before it (marked inferred).
 * @example structureSentences(text, sentences, sourceId, mentions)[0].predicate // 'merged-with'
 */
export function structureSentences(
  text: string,
  sentences: readonly Span[],
  sourceId: string,
  mentions: MentionIndex,
): Fact[] {
  const facts: Fact[] = []
  sentences.forEach((sentence, index) => {
    const inside = mentions.within(sentence)
    const previous = sentences[Math.max(0, index - 2)] ?? sentence
    const earlier = mentions.within({ start: previous.start, end: sentence.start })
    const slice = text.slice(sentence.start, sentence.end)
    for (const { predicate, words } of PATTERNS) {
      for (const match of slice.matchAll(words)) {
        const at = sentence.start + (match.index ?? 0)
        const object = sideAfter(text, at + match[0].length, sentence.end, inside)
        if (object === undefined) continue
        const subject = sideBefore(text, at, sentence.start, inside, earlier, object.id)
        if (subject === undefined || (subject.id === object.id && subject.printed === object.printed))
          continue
        if (
          predicate === 'renamed-to' &&
          (subject.inferred || object.inferred) &&
          !/renamed|later/.test(match[0])
        )
          continue
        facts.push(relation(sourceId, predicate, subject, object, sentence, `${match[0]}`))
        if (predicate === 'renamed-to') facts.push(...chain(text, sourceId, object, sentence, inside))
      }
    }
    facts.push(...jointMergers(text, sourceId, sentence, inside))
  })
  return dedupe(facts)
}

/** "(later the GPU, then the OGPU)": each further name renames the one before. */
function chain(
  text: string,
  sourceId: string,
  from: Side,
  sentence: Span,
  inside: readonly Mention[],
): Fact[] {
  const facts: Fact[] = []
  let current = from
  for (;;) {
    const rest = text.slice(current.span.end, sentence.end)
    const link = CHAIN.exec(rest)
    if (link === null) break
    const next = sideAfter(text, current.span.end + link[0].length, sentence.end, inside)
    if (next === undefined) break
    facts.push(relation(sourceId, 'renamed-to', current, next, sentence, link[0]))
    current = next
  }
  return facts
}

function jointMergers(text: string, sourceId: string, sentence: Span, inside: readonly Mention[]): Fact[] {
  const slice = text.slice(sentence.start, sentence.end)
  const facts: Fact[] = []
  for (const match of slice.matchAll(JOINT_MERGE)) {
    const at = sentence.start + (match.index ?? 0)
    const second = sideAfter(text, at + match[0].length, sentence.end, inside)
    if (second === undefined || !MERGED_AFTER.test(text.slice(second.span.end, sentence.end))) continue
    const first = sideBefore(text, at, sentence.start, inside, [])
    if (first !== undefined)
      facts.push(relation(sourceId, 'merged-with', first, second, sentence, 'and … merged'))
  }
  return facts
}

function relation(
  sourceId: string,
  predicate: string,
  subject: Side,
  object: Side,
  sentence: Span,
  words: string,
): Fact {
  const inferred = [...(subject.inferred ? ['subject'] : []), ...(object.inferred ? ['object'] : [])]
  return {
    id: factId(sourceId, RULE, predicate, subject.span.start, object.span.start),
    type: 'relation',
    subject: subject.id,
    predicate,
    object: object.id,
    attributes: { subjectPrinted: subject.printed, objectPrinted: object.printed, words: words.trim() },
    ...(inferred.length > 0 ? { inferred } : {}),
    confidence: inferred.length === 0 ? 0.8 : 0.6,
    evidence: [{ span: sentence, rule: RULE }],
  }
}

function dedupe(facts: readonly Fact[]): Fact[] {
  const byId = new Map<string, Fact>()
  for (const fact of facts) if (!byId.has(fact.id)) byId.set(fact.id, fact)
  return [...byId.values()]
}
