import type { TextField } from '../../core/index.ts'
import { NOTE_MARKER, type Paragraph } from './paragraph-cues.ts'
import { isDateLine } from './parse-document-date.ts'
import { NUMERIC_DATE } from './parse-numeric-date.ts'

/** A complimentary close: "With Communist greetings,", "Greetings,", "Regards,", "Yours,". */
const CLOSING =
  /^(?:With\s[^,\n]{0,40}?\bgreetings|(?:Best\s|Warm\s)?(?:Greetings|Regards)|Yours(?:\s(?:truly|sincerely))?|Sincerely)\b[,.!]?/i
const SURNAME = "\\p{Lu}[\\p{L}’'-]+"
/** A name as signed: initials and surname ("A. I. Rykov"), a surname, "V. Ulianov (Lenin)". */
const NAME = new RegExp(`^(?:(?:\\p{Lu}\\.\\s?){1,3})?${SURNAME}(?:\\s\\(${SURNAME}\\))?\\.?$`, 'u')
/** A name with initials: strong enough to count as a signature alone. */
const INITIALLED = new RegExp(`^(?:\\p{Lu}\\.\\s?){1,3}${SURNAME}\\.?$`, 'u')
const WRITTEN_DATE =
  '\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}'
const TITLES = '(?:member|secretary|chairman|head|delegate|representative|president)'
/** Sign-offs written at the end of a body paragraph. */
const INLINE_SIGNOFFS: readonly RegExp[] = [
  new RegExp(`(?:^|[.!?]\\s+)(?<date>${WRITTEN_DATE})\\.\\s+Signed:\\s+(?<signer>[^\\n]{3,120}?)\\.?$`, 'u'),
  new RegExp(
    `(?:^|[.!?]\\s+)(?<date>${WRITTEN_DATE})\\.\\s+(?<signer>(?:\\p{Lu}\\.\\s?){1,3}${SURNAME}(?:\\s\\(${SURNAME}\\))?)\\.?$`,
    'u',
  ),
  /(?:^|[.!?]\s+)With\s[^,.]{0,40}greetings,\s+(?<signer>(?:\p{Lu}[\p{L}.]*\s?){1,5})\.?$/u,
  new RegExp(`(?:^|[.!?]\\s+)(?<signer>${SURNAME}\\s${SURNAME}),\\s${TITLES}\\sof\\s[^.]{3,80}\\.$`, 'u'),
]

/** What a closing paragraph says: who signed, and the date written with the signature. */
export interface Signoff {
  readonly signer?: TextField
  readonly date?: TextField
}

/**
 * Reads a signature paragraph: an optional close, an optional date and a name, one per line or a close
 * and a name on one line ("With Communist greetings, L. Trotsky"). A surname alone ("Kotov") counts only
 * when `loose`: 'after-date' under a closing date, `true` in a series of signed statements (then without a
 * final full stop, so "Personal." is no signature).
 * @example readSignature(toParagraph('With comradely greetings,  \nN. Bukharin <sup>6</sup>', 0, 50), false)?.signer?.text // 'N. Bukharin'
 */
export function readSignature(paragraph: Paragraph, loose: boolean | 'after-date'): Signoff | undefined {
  const lines = paragraph.text.split('\n')
  let offset = paragraph.start
  let closed = false
  let date: TextField | undefined
  let signer: TextField | undefined
  for (const raw of lines) {
    const plain = raw.replace(NOTE_MARKER, '').trim()
    const at = offset + raw.indexOf(plain)
    offset += raw.length + 1
    if (plain.length === 0) continue
    const close = CLOSING.exec(plain)
    const rest = close === null ? plain : plain.slice(close[0].length).trim()
    if (close !== null) closed = true
    if (rest.length === 0) continue
    if (signer !== undefined) return undefined
    if (date === undefined && isBareDate(rest)) {
      date = field(rest, at + plain.indexOf(rest))
      continue
    }
    if (!NAME.test(rest)) return undefined
    signer = field(rest.replace(/\.$/, ''), at + plain.indexOf(rest))
  }
  if (signer === undefined) return undefined
  const strong = closed || date !== undefined || INITIALLED.test(signer.text) || /\(/.test(signer.text)
  if (!strong && (!loose || (loose === true && paragraph.plain.endsWith('.')))) return undefined
  return { signer, ...(date === undefined ? {} : { date }) }
}

/**
 * Reads a sign-off at the end of a body paragraph: "11 September 1922. V. Ulianov (Lenin).",
 * "19 January 1926. Signed: Piatnitskii. D. Manuilskii.", "With Communist greetings, General Secretary
 * Inkpin.", "Gertrud Gessler, member of the Communist Party of France."
 * @example readInlineSignoff(toParagraph('Text. 11 September 1922. V. Ulianov (Lenin).', 0, 44))?.date?.text // '11 September 1922'
 */
export function readInlineSignoff(paragraph: Paragraph): Signoff | undefined {
  const plain = paragraph.text.replace(NOTE_MARKER, '').trimEnd()
  for (const pattern of INLINE_SIGNOFFS) {
    const match = pattern.exec(plain)
    const groups = match?.groups
    if (match === null || groups === undefined || groups.signer === undefined) continue
    const signerText = groups.signer.replace(/\.$/, '').trim()
    const signerAt = plain.lastIndexOf(signerText)
    const dateText = groups.date
    const dateAt = dateText === undefined ? -1 : plain.lastIndexOf(dateText, signerAt)
    return {
      signer: field(signerText, paragraph.start + signerAt),
      ...(dateText === undefined ? {} : { date: field(dateText, paragraph.start + dateAt) }),
    }
  }
  return undefined
}

/**
 * Reads a body's signature set under a date: a short paragraph of capitalised lines without sentence
 * punctuation ("Politburo of the Central  ␤Committee of the All-Union  ␤Communist Party (Bolshevik)").
 * @example readBodySignature(toParagraph('Politburo of the Central Committee', 0, 34))?.signer?.text // 'Politburo of the Central Committee'
 */
export function readBodySignature(paragraph: Paragraph): Signoff | undefined {
  const plain = paragraph.plain
  const words = plain.split(/\s+/)
  if (words.length < 2 || words.length > 16 || /[.!?:;,]$/.test(plain) || !/^\p{Lu}/u.test(plain))
    return undefined
  const capitalised = words.filter((w) => /^[\p{Lu}(]/u.test(w)).length
  if (capitalised / words.length < 0.5) return undefined
  const value = plain.replace(/\s*\n\s*/g, ' ').replace(/\s{2,}/g, ' ')
  return {
    signer: { text: value, span: { start: paragraph.start, end: paragraph.start + paragraph.text.length } },
  }
}

function isBareDate(value: string): boolean {
  return isDateLine(value) || new RegExp(`^${NUMERIC_DATE.source}$`).test(value)
}

function field(text: string, start: number): TextField {
  return { text, span: { start, end: start + text.length } }
}
