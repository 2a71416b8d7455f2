/** Half-open range [start, end) of UTF-16 offsets into a string. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** The quoted text with some context, so it can be found again if offsets drift (Hypothesis selectors). */
export interface Quote {
  readonly exact: string
  readonly prefix: string
  readonly suffix: string
}

/** How many characters of context a quote keeps on each side. */
export const QUOTE_CONTEXT_LENGTH = 32

/**
 * Cuts the quote for a span out of a text.
 * @example quoteSpan('the Politburo met', { start: 4, end: 13 }) // { exact: 'Politburo', prefix: 'the ', suffix: ' met' }
 */
export function quoteSpan(text: string, span: Span, context = QUOTE_CONTEXT_LENGTH): Quote {
  if (span.start < 0 || span.end > text.length || span.start > span.end) {
    throw new RangeError(`Cannot quote span [${span.start}, ${span.end}): text has length ${text.length}`)
  }
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
  }
}

/** Whether span `inner` lies wholly inside span `outer`. */
export function isWithin(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}
