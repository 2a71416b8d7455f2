import { ITEM_HEADING } from './find-headings.ts'

/** What a heading says it opens, read from its words (Markdown levels are unreliable in converted books). */
export type HeadingClass =
  | { readonly kind: 'item'; readonly type: 'letter' | 'telegram' | 'note'; readonly number: string }
  | { readonly kind: 'front-matter' | 'chapter' | 'part' | 'glossary' | 'index' | 'appendix' | 'back-matter' }
  | { readonly kind: 'section' }

const FRONT_MATTER =
  /^(?:(?:table of )?contents|foreword|preface(?: to .+)?|acknowledge?ments?|(?:a )?note on .+|notes? on (?:the )?(?:translation|transliteration|sources|documents).*|editor['’]?s? note|editorial note|abbreviations|list of .+|dedication|title page|copyright|series (?:editors|page))$/i
const CHAPTER =
  /^(?:introduction|prologue|epilogue|chapter\s+\S+.*|(?:1\d|20)\d{2}(?:\s*[–—-]\s*(?:(?:1\d|20)?\d{2}))?|\d+\.\s+\S.*|letters\b.*|documents\b.*)$/i
const PART = /^part\s+(?:[IVXLC]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i
const BACK_MATTER =
  /^(?:afterword|about the (?:authors?|editors?|translators?)|jacket|bibliography|further reading|sources|notes on contributors)$/i

/**
 * Classifies a heading by what it says: "Letter 12" → a numbered item; "1925", "1931–1936", "Introduction",
 * "Chapter Two", "Letters with Undetermined Dates" → chapter; "Contents", "Foreword", "Note on the
 * Documents…" → front matter; "Glossary of Names" → glossary; "Index" → index; "Appendix…" → appendix;
 * "PART II" → part; anything else → section.
 * @example classifyHeading('Letter 12') // { kind: 'item', type: 'letter', number: '12' }
 */
export function classifyHeading(title: string): HeadingClass {
  const text = title.trim().replace(/\s+/g, ' ')
  const item = ITEM_HEADING.exec(text)
  if (item?.groups !== undefined) {
    const word = (item.groups.word as string).toLowerCase()
    const type = word === 'telegram' ? 'telegram' : word === 'note' ? 'note' : 'letter'
    return { kind: 'item', type, number: item.groups.number as string }
  }
  if (/^glossary\b|\bglossary$/i.test(text)) return { kind: 'glossary' }
  if (/^(?:index|(?:\w+ )?index of .+|\w+ index)$/i.test(text)) return { kind: 'index' }
  if (/^appendix\b|^appendices\b/i.test(text)) return { kind: 'appendix' }
  if (FRONT_MATTER.test(text)) return { kind: 'front-matter' }
  if (PART.test(text)) return { kind: 'part' }
  if (CHAPTER.test(text)) return { kind: 'chapter' }
  if (BACK_MATTER.test(text)) return { kind: 'back-matter' }
  return { kind: 'section' }
}

/**
 * Reads a table of contents (one entry a line, page number at the end) into the titles it lists and the
 * titles it calls appendices ("Appendix: The Eastman Affair" → "the eastman affair").
 * @example readContents('Foreword\tvii\nAppendix: Notes\t241').appendices.has('notes') // true
 */
export function readContents(block: string): { titles: Set<string>; appendices: Set<string> } {
  const titles = new Set<string>()
  const appendices = new Set<string>()
  for (const raw of block.split('\n')) {
    const line = raw
      .replace(/<[^>]+>/g, '')
      .replace(/\*+/g, '')
      .replace(/[\t ]+(?:[ivxlcdm]+|[IVXLC]+|\d+)\s*$/, '')
      .trim()
    if (line.length === 0) continue
    const title = normaliseTitle(line.replace(/,\s+[^,]+$/, ''))
    titles.add(title)
    titles.add(normaliseTitle(line))
    const appendix = /^appendix(?:\s+[A-Z0-9]+)?\s*[:.—–-]\s*(.+)$/i.exec(line)
    if (appendix !== null) appendices.add(normaliseTitle(appendix[1] as string))
  }
  return { titles, appendices }
}

/** Lower case, straight quotes, single spaces: for comparing a heading with a contents entry. */
export function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}
