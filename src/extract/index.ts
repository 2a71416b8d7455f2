/** Extract: documents + resolved mentions → facts (posts, life events, correspondence), each with its evidence. */
export { extract } from './extract.ts'
export type { ExtractInput } from './extract-options.ts'
