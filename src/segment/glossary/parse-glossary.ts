import type { Document, GlossaryEntry, SourceText, Span, StageContext } from '../../core/index.ts'
import { findTitledSections } from './find-titled-sections.ts'
import { parseGlossaryEntry } from './parse-glossary-entry.ts'
import { splitSectionLines } from './section-lines.ts'
import { splitGlossaryEntries } from './split-glossary-entries.ts'

/** Titles of a glossary of names (biographical dictionary) in a book's back matter. */
const GLOSSARY_TITLE =
  /^(?:glossary(?: of (?:names|persons|people|personalities))?|biographical (?:notes|glossary|dictionary|sketches|register)|notes on (?:persons|people|names)|dramatis personae|who's who|persons mentioned)$/i

/**
 * Parses every glossary of names into structured entries: the documents of type 'glossary' when the structure
 * stage made them, otherwise each section under a glossary heading. Paragraphs that are not entries are reported.
 * @example parseGlossary(text, documents, context).find((entry) => entry.entryType === 'cross-reference')?.see
 */
export function parseGlossary(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): GlossaryEntry[] {
  return findTitledSections(text.text, documents, 'glossary', GLOSSARY_TITLE).flatMap((section) =>
    parseSection(text, { start: section.bodyStart, end: section.span.end }, context),
  )
}

function parseSection(text: SourceText, body: Span, context: StageContext): GlossaryEntry[] {
  const { entries, stray } = splitGlossaryEntries(splitSectionLines(text.text, body))
  for (const paragraph of stray) {
    context.report({
      severity: 'warning',
      reason: `Cannot read glossary paragraph "${shorten(paragraph.text)}": it starts no entry and continues none`,
      source: 'segment',
      ruleId: 'glossary-unparsed-paragraph',
      place: paragraph.span,
    })
  }
  return entries.flatMap((block): GlossaryEntry[] => {
    const fields = parseGlossaryEntry(block.text)
    if (fields === undefined) {
      context.report({
        severity: 'warning',
        reason: `Cannot read glossary entry "${shorten(block.text)}": no name found`,
        source: 'segment',
        ruleId: 'glossary-entry-without-name',
        place: block.span,
      })
      return []
    }
    const { nameMarkup, ...entry } = fields
    if (nameMarkup === 'none') {
      context.report({
        severity: 'info',
        reason: `Read glossary entry "${entry.name}" without bold markup: name taken from before its dates`,
        source: 'segment',
        ruleId: 'glossary-entry-without-bold',
        place: block.span,
      })
    }
    const rule = `segment/glossary:${entry.entryType}-${nameMarkup}${block.continuationCount > 0 ? '-continued' : ''}`
    return [{ sourceId: text.sourceId, span: block.span, ...entry, rule }]
  })
}

function shorten(value: string): string {
  return value.length <= 60 ? value : `${value.slice(0, 57)}…`
}
