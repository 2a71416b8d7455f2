import type { Mention, Span } from '../../core/index.ts'
import { entitySlug } from '../../core/index.ts'
import { isName } from '../events/text-helpers.ts'

/** One side of a relation between bodies: the entity, as printed, and whether it was read or inferred. */
export interface Side {
  readonly id: string
  readonly printed: string
  readonly span: Span
  /** True when the id is made from the printed name (no entity) or taken from an earlier sentence. */
  readonly inferred: boolean
}

/** Characters that may stand between a name and the words after it: quotes, brackets, markup, a comma. */
const JOIN = /^[\s"'”’)*\]]*,?\s*$/
/** A capitalised name without an entity: "Worker-Peasant Inspection", "State Political Directorate". */
const NAME_BEFORE =
  /((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[\p{Lu}][\p{L}'’-]*)*)[\s"'”’)*]*$/u
const NAME_AFTER =
  /^[\s"“‘(*]*(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[\p{Lu}][\p{L}'’-]*)*)/u
/** A phrase that refers back to a body named before: "this state inspection agency", "an organ". */
const ANAPHOR =
  /\b(?:this|that|the|an?|its)\s+(?:[\p{Ll}-]+\s+){0,3}(?:agency|body|organ|institution|commission|committee|council|bureau|organi[sz]ation|department)\s*,?\s*$/u

/** Whether a mention names a body (or a meeting that acts as one, "the Congress"). */
function isBodyLike(mention: Mention): boolean {
  return (
    isName(mention) && (mention.type === 'body' || mention.type === 'event') && mention.entityId !== undefined
  )
}

/**
 * The body named just before a position: a body mention that ends there (quotes and brackets between allowed),
 * else a capitalised name, else a phrase such as "this agency" resolved to the last body named in `earlier`.
 */
export function sideBefore(
  text: string,
  at: number,
  from: number,
  inside: readonly Mention[],
  earlier: readonly Mention[],
  other?: string,
): Side | undefined {
  for (let index = inside.length - 1; index >= 0; index--) {
    const mention = inside[index] as Mention
    if (mention.span.end > at || !isBodyLike(mention) || !isName(mention)) continue
    if (!JOIN.test(text.slice(mention.span.end, at))) break
    return {
      id: mention.entityId as string,
      printed: cut(text, mention.span),
      span: mention.span,
      inferred: false,
    }
  }
  const preceding = text.slice(from, at)
  if (ANAPHOR.test(preceding)) {
    const before = inside.filter((m) => m.span.end <= at)
    const referent = [...earlier, ...before]
      .reverse()
      .find((m) => isBodyLike(m) && isName(m) && m.entityId !== other)
    if (referent !== undefined && isName(referent)) {
      const printed = cut(text, referent.span)
      return { id: referent.entityId as string, printed, span: referent.span, inferred: true }
    }
  }
  const name = NAME_BEFORE.exec(preceding)?.[1]
  if (name === undefined || !/\s/.test(name) || name.length < 4) return undefined
  const start = from + preceding.lastIndexOf(name)
  return {
    id: `body:${entitySlug(name)}`,
    printed: name,
    span: { start, end: start + name.length },
    inferred: true,
  }
}

/** The body named just after a position: a body mention that starts there ("the" allowed), else a capitalised name. */
export function sideAfter(
  text: string,
  at: number,
  to: number,
  inside: readonly Mention[],
): Side | undefined {
  for (const mention of inside) {
    if (mention.span.start < at || !isBodyLike(mention) || !isName(mention)) continue
    if (!/^[\s"“‘(*]*(?:the\s+)?$/i.test(text.slice(at, mention.span.start))) break
    return {
      id: mention.entityId as string,
      printed: cut(text, mention.span),
      span: mention.span,
      inferred: false,
    }
  }
  const after = text.slice(at, to)
  const match = NAME_AFTER.exec(after)
  const name = match?.[1]
  if (match === null || name === undefined || name.length < 3) return undefined
  const start = at + match[0].length - name.length
  return {
    id: `body:${entitySlug(name)}`,
    printed: name,
    span: { start, end: start + name.length },
    inferred: true,
  }
}

function cut(text: string, span: Span): string {
  return text.slice(span.start, span.end)
}
