import { nameKey } from '../../core/index.ts'

/**
 * The key a word or name is looked up by: the shared name key, which already folds stray Cyrillic look-alike
 * letters in a Latin word ("Тrotsky" with a Cyrillic Т) and caches its answers.
 * @example createLookupKey()('Тrotsky') === nameKey('Trotsky')
 */
export function createLookupKey(): (text: string) => string {
  return nameKey
}
