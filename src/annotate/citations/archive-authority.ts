// The archive authority is data (data/authority/archives.json), bundled at load time through a JSON import, so the
// annotate stage stays pure: no file is read while annotating.
import archives from '../../../data/authority/archives.json' with { type: 'json' }

/** One archive of the authority file: its current name and every name it was or is printed under. */
export interface ArchiveRecord {
  /** The current abbreviation, used as the canonical name ("RGASPI"). */
  readonly name: string
  /** Every printed form: current and former abbreviations and full names (transliterated, English, Cyrillic). */
  readonly designations: readonly string[]
}

interface ArchiveData {
  readonly archives: readonly {
    readonly name: string
    readonly abbreviations: readonly string[]
    readonly names: readonly string[]
    readonly formerNames?: readonly {
      readonly abbreviations: readonly string[]
      readonly names: readonly string[]
    }[]
  }[]
}

/** Reads the authority data into records; exported for tests with made-up archives. */
export function toArchiveRecords(data: ArchiveData): ArchiveRecord[] {
  return data.archives.map((archive) => ({
    name: archive.name,
    designations: [
      ...archive.abbreviations,
      ...archive.names,
      ...(archive.formerNames ?? []).flatMap((former) => [...former.abbreviations, ...former.names]),
    ],
  }))
}

/** The bundled archives. */
export const ARCHIVES: readonly ArchiveRecord[] = toArchiveRecords(archives)

/**
 * Folds a printed archive name for lookup: case, apostrophes and soft signs, hyphens and spacing do not count.
 * @example foldArchiveName('Sotsial’no-politicheskoi  istorii') // 'sotsialno politicheskoi istorii'
 */
export function foldArchiveName(printed: string): string {
  return printed
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'ʹʼ`]/g, '')
    .replace(/[-‐–\s]+/g, ' ')
    .trim()
}

/** Finds archives by printed name, and builds the pattern that finds a printed archive designation. */
export interface ArchiveLookup {
  /** The archive printed under this name (any case, former names included), if known. */
  find(printed: string): ArchiveRecord | undefined
  /** Source of a pattern matching any known designation, optionally followed by its abbreviation in parentheses. */
  readonly designationSource: string
}

/**
 * Builds the lookup for a list of archives.
 * @example createArchiveLookup(ARCHIVES).find('RTsKhIDNI')?.name // 'RGASPI'
 */
export function createArchiveLookup(records: readonly ArchiveRecord[]): ArchiveLookup {
  const byKey = new Map<string, ArchiveRecord>()
  for (const record of records) {
    for (const designation of record.designations) byKey.set(foldArchiveName(designation), record)
  }
  const alternatives = [...new Set(records.flatMap((record) => record.designations))]
    .sort((a, b) => b.length - a.length)
    .map(toFlexiblePattern)
    .join('|')
  const name = `(?:${alternatives})`
  return {
    find: (printed) => byKey.get(foldArchiveName(printed.replace(/\s*\([^)]*\)\s*$/, ''))),
    designationSource: `(?<![\\p{L}\\d])${name}(?:\\s*\\(${name}\\))?`,
  }
}

/** The bundled archives' lookup. */
export const ARCHIVE_LOOKUP: ArchiveLookup = createArchiveLookup(ARCHIVES)

/** Escapes a name for a pattern that allows any spacing, an optional apostrophe and a line-break hyphen. */
function toFlexiblePattern(name: string): string {
  return [...name]
    .map((char) => {
      if (/\s/.test(char)) return '\\s+'
      if (/[’'ʹʼ]/.test(char)) return "[’'ʹʼ]?"
      if (char === '-') return '-\\s*'
      return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    })
    .join('')
}
