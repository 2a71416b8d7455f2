import type { Document, StageContext } from '../../core/index.ts'

/** How many years a quoted document may lie outside the years its chapter covers before fond warns. */
export const MAX_YEARS_OUTSIDE = 5

/**
 * Warns ('date-outside-context') when a quoted document's date lies far outside the years named in the
 * title of the chapter or section holding it ("1929", "1931–1936"): usually a misprint ("22 June 1919"
 * in the 1929 chapter). The printed date is kept as it is.
 * @example checkDateContext(quoted, documents, context) // reports, returns nothing
 */
export function checkDateContext(
  quoted: readonly Document[],
  documents: readonly Document[],
  context: StageContext,
): void {
  const byId = new Map(documents.map((doc) => [doc.id, doc]))
  for (const doc of quoted) {
    const year = Number((doc.date?.iso ?? doc.date?.bound ?? '').slice(0, 4))
    if (!Number.isInteger(year) || year === 0 || doc.date === undefined) continue
    const years = contextYears(doc, byId)
    if (years === undefined) continue
    const [from, to] = years
    if (year >= from - MAX_YEARS_OUTSIDE && year <= to + MAX_YEARS_OUTSIDE) continue
    context.report({
      severity: 'warning',
      reason: `Quoted document dated "${doc.date.text}" lies outside the years "${from}–${to}" of its chapter: kept as printed`,
      source: 'segment',
      ruleId: 'date-outside-context',
      place: doc.date.span,
    })
  }
}

/** The years in the title of the nearest structural ancestor that names any. */
function contextYears(doc: Document, byId: ReadonlyMap<string, Document>): [number, number] | undefined {
  for (
    let parent = byId.get(doc.parentId ?? '');
    parent !== undefined;
    parent = byId.get(parent.parentId ?? '')
  ) {
    if (parent.type === 'quoted-document') continue
    const years = [...parent.title.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]))
    if (years.length > 0) return [Math.min(...years), Math.max(...years)]
  }
  return undefined
}
