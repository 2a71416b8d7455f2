import type { Edit } from './apply-edits.ts'
import type { Line } from './split-lines.ts'
import { lineText } from './split-lines.ts'

/** Edit links MediaWiki renders after section headings ("Background[edit source]"). */
const EDIT_LINK = /[ \t]*\[(?:edit|edit source|edit \| edit source)\][ \t]*$/
/** Whole lines of MediaWiki page chrome. */
const CHROME_LINE =
  /^(?:Jump to navigation(?:\s+Jump to search)?|Jump to search|Retrieved from\s.*|Categor(?:y|ies)\s*:.*|Hidden categor(?:y|ies)\s*:.*|This page was last edited on\s.*|Navigation menu|\[(?:edit|hide|show)\])$/i
/** "From <Site>" under the page title, only near the top. */
const FROM_SITE_LINE = /^From [A-Z][\w.-]*(?:[ -][\w.-]+){0,3}$/
/** How many lines from the top the "From <Site>" line may stand. */
const FROM_SITE_WINDOW = 6
/** Lines of the navigation menus MediaWiki prints after "Navigation menu" (short, no sentence punctuation). */
const MENU_LINE_MAX = 60

/**
 * Finds the residue of a copied MediaWiki page: "[edit source]" links after headings, "From <Site>",
 * "Jump to navigation Jump to search", category and "Retrieved from" lines, and the navigation menus.
 * @example findWikiResidue(text, splitLines(text)) // edits with reason 'wiki-residue'
 */
export function findWikiResidue(text: string, lines: readonly Line[]): Edit[] {
  const edits: Edit[] = []
  let inMenu = false
  lines.forEach((line, index) => {
    const content = lineText(text, line)
    if (content.length === 0) return
    if (/^Navigation menu$/i.test(content)) inMenu = true
    const isMenuLine = inMenu && content.length <= MENU_LINE_MAX && !/[.!?]$/.test(content)
    if (
      isMenuLine ||
      CHROME_LINE.test(content) ||
      (index < FROM_SITE_WINDOW && FROM_SITE_LINE.test(content))
    ) {
      edits.push({
        start: line.start,
        end: Math.min(line.end + 1, text.length),
        text: '',
        reason: 'wiki-residue',
      })
      return
    }
    const link = EDIT_LINK.exec(text.slice(line.start, line.end))
    if (link !== null) {
      edits.push({ start: line.start + link.index, end: line.end, text: '', reason: 'wiki-residue' })
    }
  })
  return edits
}
