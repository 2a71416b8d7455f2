import type { ArchiveLookup } from './archive-authority.ts'
import { ARCHIVE_LOOKUP } from './archive-authority.ts'
import type { CitationParser, CitationRefiner } from './citation-candidate.ts'
import { archivalCaseNumber } from './parsers/archival-case-number.ts'
import { archivalContinuation } from './parsers/archival-continuation.ts'
import { archivalFondOpisDelo } from './parsers/archival-fond-opis-delo.ts'
import { ibidReference } from './parsers/ibid-reference.ts'
import { dropContained } from './refiners/drop-contained.ts'
import { inheritArchive } from './refiners/inherit-archive.ts'
import { resolveReferences } from './refiners/resolve-references.ts'

/** What the citation finder runs: the parsers (one per citation form), the refiners in order, the archives. */
export interface CitationConfiguration {
  readonly parsers: readonly CitationParser[]
  readonly refiners: readonly CitationRefiner[]
  readonly archives: ArchiveLookup
}

/**
 * The default configuration, the one place that wires the parsers and refiners. Adding a citation form means
 * adding a parser file here, not editing a switch. Parser order breaks ties between equal spans.
 */
export const defaultCitationConfiguration: CitationConfiguration = {
  parsers: [ibidReference, archivalFondOpisDelo, archivalCaseNumber, archivalContinuation],
  refiners: [dropContained, inheritArchive, resolveReferences],
  archives: ARCHIVE_LOOKUP,
}
