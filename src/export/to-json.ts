import type { SourceEdition } from '../core/index.ts'

/**
 * A whole edition as JSON, exactly as stored: `JSON.parse` of the result deep-equals the stored edition, so it
 * re-imports without loss.
 */
export function toJson(edition: SourceEdition | readonly SourceEdition[]): string {
  return `${JSON.stringify(edition, null, 2)}\n`
}
