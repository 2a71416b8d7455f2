import type { SourceFormat } from '../core/index.ts'

/** A first line longer than this is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 160

/**
 * Finds a title in a normalised text: the first Markdown heading, else the first non-empty short line
 * (for wiki copies, the page title on the first line). Markup is stripped from the result.
 * @example findTitle('\n# Stalin’s Letters\n', 'markdown') // 'Stalin’s Letters'
 */
export function findTitle(text: string, format: SourceFormat): string | undefined {
  if (format === 'markdown' || format === 'html') {
    const heading = /^#{1,6}[ \t]+(.+)$/m.exec(text)
    if (heading?.[1] !== undefined) return cleanTitle(heading[1])
  }
  for (const match of text.matchAll(/^.*\S.*$/gm)) {
    const line = cleanTitle(match[0])
    if (line.length > 0 && line.length <= MAX_TITLE_LENGTH) return line
  }
  return undefined
}

function cleanTitle(line: string): string {
  return line
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__|\*/g, '')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
