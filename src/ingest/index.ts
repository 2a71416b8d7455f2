/** Ingest: raw file → normalised source text whose offsets map back to the original. */
export { ingest } from './ingest.ts'
