import type { TreeNode } from './build-tree.ts'
import { trimEnd } from './build-tree.ts'
import type { HeadingLine } from './find-headings.ts'

const CYRILLIC_LINE = /\p{Script=Cyrillic}{3,}/u
const DROP_CAP = /^\*\*[A-Z]\*\*[A-Z]/m

/**
 * Finds what follows the last apparatus of a book (its index or glossary): a plates section of captions and
 * OCR of facsimiles in another script, and the jacket copy (opening with a bold drop capital). Headings in
 * there (an OCR'd salutation promoted to `#`, blurb attributions) are not structure.
 * Returns where the trailing matter starts (the text length when there is none) and its units.
 */
export function findTrailingMatter(
  text: string,
  headings: readonly HeadingLine[],
): { start: number; nodes: TreeNode[] } {
  const apparatus = headings.filter((h) => /^(?:index\b|glossary\b)|\bindex$/i.test(h.title)).at(-1)
  if (apparatus === undefined) return { start: text.length, nodes: [] }
  const rest = text.slice(apparatus.line.end)
  const cyrillic = CYRILLIC_LINE.exec(rest)
  if (cyrillic === null) return { start: text.length, nodes: [] }
  const before = rest.slice(0, cyrillic.index)
  const gap = before.lastIndexOf('\n\n\n')
  if (gap === -1) return { start: text.length, nodes: [] }
  const start = apparatus.line.end + gap + 3 + (/^\s*/.exec(rest.slice(gap + 3))?.[0].length ?? 0)
  const jacket = DROP_CAP.exec(text.slice(start))
  const jacketStart = jacket === null ? undefined : start + jacket.index
  const facsimilesEnd = trimEnd(text, start, jacketStart ?? text.length)
  const nodes: TreeNode[] = [
    {
      type: 'facsimiles',
      title: 'Facsimiles',
      start,
      end: facsimilesEnd,
      level: 1,
      appendix: false,
      rule: 'segment/structure:other-script-plates',
    },
  ]
  if (jacketStart !== undefined) {
    nodes.push({
      type: 'back-matter',
      title: 'Jacket',
      start: jacketStart,
      end: trimEnd(text, jacketStart, text.length),
      level: 1,
      appendix: false,
      rule: 'segment/structure:drop-cap-jacket',
    })
  }
  return { start, nodes }
}
