/** How often each word, and each hyphenated compound written inside a line, occurs in a text (lower case). */
export interface WordCounts {
  readonly words: ReadonlyMap<string, number>
  readonly compounds: ReadonlyMap<string, number>
}

/**
 * Counts the words of a text, and separately the hyphenated compounds written within a line
 * ("worker-peasant"), the evidence for keeping or dropping a hyphen at a line break.
 * @example countWords('Worker-peasant rule').compounds.get('worker-peasant') // 1
 */
export function countWords(text: string): WordCounts {
  const words = new Map<string, number>()
  const compounds = new Map<string, number>()
  for (const token of text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
    if (token.includes('-')) {
      compounds.set(token, (compounds.get(token) ?? 0) + 1)
      for (const part of token.split('-')) words.set(part, (words.get(part) ?? 0) + 1)
    } else {
      words.set(token, (words.get(token) ?? 0) + 1)
    }
  }
  return { words, compounds }
}
