import type { Fact } from '../../core/index.ts'

/**
 * The facts by which people held a role in a body on a date: start on or before the date (an ISO prefix compares
 * as its first day) and no end, or an end after the date (an end is the point the holding stopped).
 * @example membersOn(facts, 'body:politburo', 'member', '1926-02-01').map((fact) => fact.subject)
 */
export function membersOn(facts: readonly Fact[], body: string, predicate: string, date: string): Fact[] {
  return facts.filter((fact) => {
    if (fact.object !== body || fact.predicate !== predicate) return false
    const start = fact.start?.iso
    const end = fact.end?.iso
    if (start === undefined || start > date) return false
    return end === undefined || end > date
  })
}
