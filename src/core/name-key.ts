/**
 * The one name key used both when indexing and when searching (MiniSearch's processTerm idea): every spelling and
 * script of a name that should meet gets the same key. Placeholder until the resolution work lands: lower case,
 * accents and apostrophes removed.
 * @example nameKey('Zinov’ev') === nameKey('Zinovev')
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʹʼ`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
