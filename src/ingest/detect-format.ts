import type { SourceFormat } from '../core/index.ts'

const BLOCK_TAG = /<(?:p|div|h[1-6]|ul|ol|li|table|tr|td|section|article|body|head|blockquote|br)\b[^>]*>/gi
const WIKI_EDIT = /\[(?:edit|edit source|edit \| edit source)\]\s*$/gm
const WIKI_CHROME =
  /^(?:Jump to navigation(?: Jump to search)?|Retrieved from .+|From [A-Z][\w.-]*(?:[ -][\w.-]+){0,3})$/gm
const MD_HEADING = /^#{1,6}[ \t]+\S/gm
const MD_BOLD = /\*\*[^*\n]+\*\*/g
const MD_NOTE_REF = /<sup>[^<\n]{1,12}<\/sup>|\[\^[^\]\n]{1,12}\]|\^\[[^\]\n]{1,12}\]/g
const MD_LINK = /\[[^\]\n]+\]\([^)\s]+\)/g
const MD_LIST = /^[ \t]{0,3}(?:[-*+]|\d{1,3}\.)[ \t]+\S/gm

/** How much evidence each format needs before it is chosen. */
const HTML_BLOCK_TAGS = 10
const WIKI_SCORE = 2
const MARKDOWN_SCORE = 3

/**
 * Tells the format of a text from its content (never its file name): HTML pages, copies of rendered MediaWiki
 * pages, Markdown, and otherwise plain text (OCR output).
 * @example detectFormat('# Letter 1\n\n**Dear** friend<sup>1</sup>') // 'markdown'
 */
export function detectFormat(text: string): SourceFormat {
  const head = text.slice(0, 2000)
  if (/^\s*<!doctype html/i.test(head) || /<html[\s>]/i.test(head)) return 'html'
  if (countMatches(text, BLOCK_TAG, HTML_BLOCK_TAGS) >= HTML_BLOCK_TAGS) return 'html'
  if (wikiScore(text) >= WIKI_SCORE) return 'wiki'
  if (markdownScore(text) >= MARKDOWN_SCORE) return 'markdown'
  return 'plain-text'
}

/** Each kind of MediaWiki residue found counts one point ("[edit source]" after headings counts two). */
function wikiScore(text: string): number {
  const edits = countMatches(text, WIKI_EDIT, 2)
  const chrome = countMatches(text, WIKI_CHROME, 2)
  return edits + chrome
}

/**
 * Headings, bold spans, note references and links are strong evidence (a point each, up to three);
 * list items are weak (OCR text has numbered lines too) and count only in numbers.
 */
function markdownScore(text: string): number {
  const strong =
    countMatches(text, MD_HEADING, 3) +
    countMatches(text, MD_BOLD, 3) +
    countMatches(text, MD_NOTE_REF, 3) +
    countMatches(text, MD_LINK, 3)
  const lists = countMatches(text, MD_LIST, 10) >= 10 ? 1 : 0
  return strong + lists
}

/** Counts matches of a global pattern, stopping at `limit` so large files stay fast. */
function countMatches(text: string, pattern: RegExp, limit: number): number {
  pattern.lastIndex = 0
  let count = 0
  while (count < limit && pattern.exec(text) !== null) count++
  pattern.lastIndex = 0
  return count
}
