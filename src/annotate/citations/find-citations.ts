import type {
  ArchivalCitation,
  CitationMention,
  SegmentResult,
  SourceText,
  StageContext,
} from '../../core/index.ts'
import type { CitationCandidate, CitationContext } from './citation-candidate.ts'
import type { CitationConfiguration } from './configuration.ts'
import { defaultCitationConfiguration } from './configuration.ts'
import { createSequenceLocator } from './note-sequences.ts'
import { reportUnparsed } from './report-unparsed.ts'

/**
 * Finds every archival citation (archive, fond, opis, delo, volume, list), resolving "Ibid." within a note
 * sequence. An "Ibid." of a printed source is left out, with an info diagnostic 'ibid-not-archival'; every
 * citation-like string that cannot be parsed gets a warning 'unparsed-citation'.
 * @example findCitations(text, segments, context)[0]?.citation // { archive: 'RGASPI', archiveAsPrinted: 'RTsKhIDNI', fond: '17', … }
 */
export function findCitations(
  text: SourceText,
  segments: SegmentResult,
  context: StageContext,
): CitationMention[] {
  return createCitationFinder(defaultCitationConfiguration)(text, segments, context)
}

/**
 * Builds a citation finder from a configuration (other archives, other parsers).
 * @example createCitationFinder({ ...defaultCitationConfiguration, archives: createArchiveLookup(myArchives) })
 */
export function createCitationFinder(
  configuration: CitationConfiguration,
): (text: SourceText, segments: SegmentResult, context: StageContext) => CitationMention[] {
  return (text, segments, stageContext) => {
    const context: CitationContext = {
      text: text.text,
      segments,
      archives: configuration.archives,
      sequenceOf: createSequenceLocator(segments),
      report: (diagnostic) => stageContext.report(diagnostic),
    }
    const found = configuration.parsers.flatMap((parser) => parser.find(context))
    reportUnparsed(
      found.map((candidate) => candidate.span),
      context,
    )
    const refined = configuration.refiners.reduce(
      (candidates, refiner) => refiner.refine(candidates, context),
      found,
    )
    const mentions: CitationMention[] = []
    for (const candidate of refined) {
      if (candidate.kind === 'bibliographic-ibid') reportNotArchival(candidate, context)
      else mentions.push(toMention(candidate))
    }
    return mentions
  }
}

function toMention(candidate: CitationCandidate): CitationMention {
  const { archive, archiveAsPrinted, fond, opis, delo, volume, list, listEnd, lists } = candidate.fields
  const citation: ArchivalCitation = {
    ...(archive === undefined ? {} : { archive }),
    ...(archiveAsPrinted === undefined ? {} : { archiveAsPrinted }),
    ...(fond === undefined ? {} : { fond }),
    ...(opis === undefined ? {} : { opis }),
    ...(delo === undefined ? {} : { delo }),
    ...(volume === undefined ? {} : { volume }),
    ...(list === undefined ? {} : { list }),
    ...(listEnd === undefined ? {} : { listEnd }),
    ...(lists === undefined ? {} : { lists }),
    ibid: candidate.kind === 'ibid',
    ...(candidate.inherited === undefined || candidate.inherited.length === 0
      ? {}
      : { inherited: candidate.inherited }),
  }
  return {
    type: 'citation',
    span: candidate.span,
    rule: `annotate/citations:${candidate.rule}`,
    confidence: candidate.confidence,
    citation,
  }
}

function reportNotArchival(candidate: CitationCandidate, context: CitationContext): void {
  const printed = context.text.slice(candidate.span.start, candidate.span.end + 16).replace(/\s+/g, ' ')
  context.report({
    severity: 'info',
    reason: `Skipped "${printed}": an Ibid. of a printed source, not an archival citation`,
    source: 'annotate',
    ruleId: 'ibid-not-archival',
    place: candidate.span,
  })
}
