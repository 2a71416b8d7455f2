import { nameKey } from '../../core/index.ts'

// Cyrillic letters that look like Latin ones, for words that mix the two scripts ("Тrotsky" with a Cyrillic Т).
const CONFUSABLES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
}

/**
 * Folds stray Cyrillic look-alike letters in a mostly Latin word (and the reverse is left alone).
 * @example foldConfusables('Тrotsky') // 'Trotsky'
 */
export function foldConfusables(word: string): string {
  const latin = (word.match(/\p{Script=Latin}/gu) ?? []).length
  const cyrillic = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length
  if (latin === 0 || cyrillic === 0 || cyrillic > latin) return word
  return [...word].map((c) => CONFUSABLES[c] ?? c).join('')
}

/**
 * The key a word or name is looked up by: the shared name key, after folding stray Cyrillic letters. Cached, since
 * the same words recur through a text.
 */
export function createLookupKey(): (text: string) => string {
  const cache = new Map<string, string>()
  return (text) => {
    let key = cache.get(text)
    if (key === undefined) {
      key = nameKey(foldConfusables(text))
      cache.set(text, key)
    }
    return key
  }
}
