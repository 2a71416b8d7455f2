import { type InlineMark, PRIORITY } from './inline-markup.ts'

const wrap = (start: number, end: number, open: string, close: string, priority: number): InlineMark => ({
  start,
  end,
  open,
  close,
  priority,
})
const drop = (start: number, end: number, replace = ''): InlineMark => ({
  start,
  end,
  replace,
  priority: PRIORITY.markup,
})

/** Pairs of delimiters and the TEI rendition they stand for. */
const EMPHASIS: readonly { readonly pattern: RegExp; readonly width: number; readonly rend: string }[] = [
  { pattern: /\*\*(?=\S)(?:[^*\n]|\*(?!\*))+?\*\*/g, width: 2, rend: 'bold' },
  { pattern: /(?<![*\p{L}\p{N}])\*(?=[^\s*])[^*\n]*?\*(?![*\p{L}\p{N}])/gu, width: 1, rend: 'italic' },
  { pattern: /(?<![_\p{L}\p{N}])_(?=[^\s_])[^_\n]*?_(?![_\p{L}\p{N}])/gu, width: 1, rend: 'italic' },
]

/**
 * Marks for the Markdown and inline HTML kept in the normalised text of `text[start, end)`: `**bold**`, `*italic*`
 * and `<sup>`/`<sub>`/`<i>`/`<b>` become `hi` with a rendition, heading hashes and every other tag are dropped
 * (never passed through), hard line breaks become `lb`.
 */
export function markdownMarks(text: string, start: number, end: number): InlineMark[] {
  const block = text.slice(start, end)
  const marks: InlineMark[] = []
  const heading = /^#{1,6}[ \t]+/.exec(block)
  if (heading !== null) marks.push(drop(start, start + heading[0].length))
  for (const { pattern, width, rend } of EMPHASIS) {
    for (const match of block.matchAll(pattern)) {
      const from = start + match.index
      const to = from + match[0].length
      marks.push(wrap(from, to, `<hi rend="${rend}">`, '</hi>', PRIORITY.emphasis))
      marks.push(drop(from, from + width), drop(to - width, to))
    }
  }
  const renditions: Readonly<Record<string, string>> = {
    sup: 'superscript',
    sub: 'subscript',
    i: 'italic',
    em: 'italic',
    b: 'bold',
    strong: 'bold',
  }
  for (const match of block.matchAll(/<(sup|sub|i|em|b|strong)>([^<]*)<\/\1>/gi)) {
    const from = start + match.index
    const to = from + match[0].length
    const name = (match[1] as string).toLowerCase()
    marks.push(wrap(from, to, `<hi rend="${renditions[name]}">`, '</hi>', PRIORITY.emphasis))
    marks.push(drop(from, from + name.length + 2), drop(to - name.length - 3, to))
  }
  for (const match of block.matchAll(/<\/?[A-Za-z][^<>]*>/g)) {
    marks.push(drop(start + match.index, start + match.index + match[0].length))
  }
  for (const match of block.matchAll(/(?: {2,}|\\)\n/g)) {
    marks.push(drop(start + match.index, start + match.index + match[0].length, '<lb/>'))
  }
  for (const match of block.matchAll(/\\([*_\\[\]#`])/g)) {
    marks.push(drop(start + match.index, start + match.index + 1))
  }
  return marks
}

/**
 * The plain text of a Markdown snippet: emphasis delimiters, heading hashes and tags removed.
 * @example plainText('*Com.* <sup>1</sup>') // 'Com. 1'
 */
export function plainText(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\*\*|(?<![\p{L}\p{N}])\*|\*(?![\p{L}\p{N}])/gu, '')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/\\([*_\\[\]#`])/g, '$1')
}
