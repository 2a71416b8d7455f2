/** Numbered parameters for a query built piece by piece: `param(value)` adds a value and returns its `$n`. */
export interface QueryParams {
  readonly params: unknown[]
  param(value: unknown): string
}

/**
 * Starts the parameters of a query, with any values already numbered in its text ($1, $2 …).
 * @example const { params, param } = createQueryParams([tsquery]); where.push(`d.id = ${param(id)}`)
 */
export function createQueryParams(initial: readonly unknown[] = []): QueryParams {
  const params = [...initial]
  return {
    params,
    param(value) {
      params.push(value)
      return `$${params.length}`
    },
  }
}
