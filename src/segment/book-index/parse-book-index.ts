import type { Document, IndexEntry, SourceText, Span, StageContext } from '../../core/index.ts'
import { findTitledSections } from '../glossary/find-titled-sections.ts'
import { splitSectionLines } from '../glossary/section-lines.ts'
import { type IndexEntryFields, parseIndexEntry } from './parse-index-entry.ts'
import { type IndexEntryBlock, splitIndexEntries } from './split-index-entries.ts'

/** Titles of a back-of-book index. */
const INDEX_TITLE = /^(?:(?:general |subject |name |analytical )?index(?: of (?:names|persons|subjects))?)$/i

/**
 * Parses every back-of-book index into entries with locators: the documents of type 'index' when the structure
 * stage made them, otherwise each section under an index heading. The index ends early where, after a blank
 * line, two blocks in a row are not entries (plates or a jacket that follow it); other lines that are not
 * entries are reported.
 * @example parseBookIndex(text, documents, context)[0]?.locators[0]?.page
 */
export function parseBookIndex(
  text: SourceText,
  documents: readonly Document[],
  context: StageContext,
): IndexEntry[] {
  return findTitledSections(text.text, documents, 'index', INDEX_TITLE).flatMap((section) =>
    parseSection(text, { start: section.bodyStart, end: section.span.end }, context),
  )
}

function parseSection(text: SourceText, body: Span, context: StageContext): IndexEntry[] {
  const blocks = splitIndexEntries(splitSectionLines(text.text, body))
  const parsed = blocks.map((block) => ({ block, fields: parseIndexEntry(block.text) }))
  const end = findIndexEnd(parsed)
  const entries: IndexEntry[] = []
  for (const { block, fields } of parsed.slice(0, end)) {
    if (fields === undefined) {
      context.report({
        severity: 'warning',
        reason: `Cannot read index entry "${shorten(block.text)}": no locators and no cross-references`,
        source: 'segment',
        ruleId: 'index-unparsed-entry',
        place: block.span,
      })
      continue
    }
    const rule = `segment/book-index:entry${block.continuationCount > 0 ? '-continued' : ''}`
    entries.push({ sourceId: text.sourceId, span: block.span, ...fields, rule })
  }
  const first = parsed[end]
  if (first !== undefined) {
    context.report({
      severity: 'info',
      reason: `Ended the index before "${shorten(first.block.text)}": what follows is not index entries`,
      source: 'segment',
      ruleId: 'index-section-end',
      place: first.block.span,
    })
  }
  return entries
}

/** Where the index proper ends: the first unreadable block after a blank line that is followed by another. */
function findIndexEnd(
  parsed: readonly { block: IndexEntryBlock; fields: IndexEntryFields | undefined }[],
): number {
  const end = parsed.findIndex(
    (item, i) =>
      item.fields === undefined && item.block.blankLinesBefore > 0 && parsed[i + 1]?.fields === undefined,
  )
  return end === -1 ? parsed.length : end
}

function shorten(value: string): string {
  return value.length <= 60 ? value : `${value.slice(0, 57)}…`
}
