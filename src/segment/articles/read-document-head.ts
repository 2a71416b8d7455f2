import type { TextField } from '../../core/index.ts'
import { GENRE, lastSentence } from './paragraph-cues.ts'
import type { RunParagraph } from './read-paragraphs.ts'

const WRITTEN_DATE =
  /^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}/
const NAME = "(?:Com\\.\\s+|Comrade\\s+)?(?:\\p{Lu}\\.\\s?){0,3}\\p{Lu}[\\p{L}’'-]+"
const BODY = '[Tt]he\\s+((?:\\p{Lu}[\\p{L}-]+\\s?){1,4})(?:\\s?of\\s+(?:the\\s+)?[\\p{L}-]+)?'
const ACTS = '(?:sent|wrote|replied|addressed|delivered|passed|approved|adopted|resolved|issued)'
/** An address: "To Com. L. Trotsky.", "Letter to the Provincial Committees.", "To the Secretary …, Com. Stalin." */
const ADDRESS =
  /(?:^|\.\s)(?:Letter\s+)?[Tt]o\s+(?=the\s|all\s|\p{Lu})((?:[^.!:]|(?<=\bComs?|\b\p{Lu})\.){2,120}?)(?<!\bComs?|\b\p{Lu})[.!:](?:\s|$)/u
/** A salutation at the head: "Dear Com. Inkpin:", "Dear Comrade!", "Com. Menzhinskii,". */
const GREETING =
  /(?:^|[.!]\s)((?:My\s+)?Dear\s+(?:Com\.\s+|Comrade\s+)?[^,!:.]{1,60}[,!:]|(?:Com\.|Comrade)\s+\p{Lu}[\p{L}’'-]+[,!:])/u
const NUMERIC_ONLY = /^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?=\.?$)/
/** Forms of address that name no one ("Dear Friend,", "Dear Comrades,"). */
const GENERIC = /^(?:Friends?|Comrades?|Sirs?|Colleagues?)$/i

/** What the opening of a quoted document and the sentence introducing it say about it. */
export interface DocumentHead {
  readonly author?: string
  readonly addressees: string[]
  readonly salutation?: TextField
  /** A date written at the head ("9 May 1925. To Com. L. Trotsky."), as printed. */
  readonly headerDate?: TextField
  readonly place?: TextField
  /** The kind of document the editors name ("resolution"). */
  readonly genre?: string
}

/**
 * Reads the head of a quoted document: a dateline or place, an address ("To Com. L. Trotsky.", "Letter
 * to the Provincial Committees."), a salutation ("Dear Com. Inkpin:"), and from the introducing sentence
 * the author ("letter from Inkpin", "Stalin replied", "the Politburo passed"), the addressee ("to
 * Menzhinskii") and the genre.
 * @example readDocumentHead([first], undefined).addressees // ['Com. L. Trotsky'] for "9 May 1925. To Com. L. Trotsky. Dear …"
 */
export function readDocumentHead(
  head: readonly RunParagraph[],
  introducer: RunParagraph | undefined,
): DocumentHead {
  const addressees: string[] = []
  let salutation: TextField | undefined
  let headerDate: TextField | undefined
  let place: TextField | undefined
  for (const paragraph of head) {
    const plain = paragraph.plain
    const at = paragraph.start + paragraph.text.indexOf(plain)
    const placed = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:,\s+\d|\.$)/u.exec(plain)
    if (placed?.[1] !== undefined && place === undefined)
      place = { text: placed[1], span: { start: at, end: at + placed[1].length } }
    const dated = WRITTEN_DATE.exec(plain.replace(/^\p{Lu}\p{Ll}+,\s+/u, '')) ?? NUMERIC_ONLY.exec(plain)
    if (dated !== null && headerDate === undefined) {
      const start = at + plain.indexOf(dated[0])
      headerDate = { text: dated[0], span: { start, end: start + dated[0].length } }
    }
    const address = ADDRESS.exec(plain)
    if (
      address?.[1] !== undefined &&
      addressees.length === 0 &&
      (address.index === 0 || dated !== null || /^Letter/.test(plain))
    )
      addressees.push(address[1].trim())
    const greeting = GREETING.exec(plain)
    if (greeting?.[1] !== undefined && salutation === undefined) {
      const start = at + plain.indexOf(greeting[1])
      salutation = { text: greeting[1], span: { start, end: start + greeting[1].length } }
      const named = greeting[1]
        .replace(/^(?:My\s+)?Dear\s+|^(?:Com\.|Comrade)\s+/, '')
        .replace(/^(?:Com\.|Comrade)\s+/, '')
        .replace(/[,!:]$/, '')
        .trim()
      if (addressees.length === 0 && !GENERIC.test(named)) addressees.push(named)
    }
  }
  const fromIntro = introducer === undefined ? {} : readIntroducer(introducer.plain)
  if (addressees.length === 0 && fromIntro.addressee !== undefined) addressees.push(fromIntro.addressee)
  return {
    addressees,
    ...(fromIntro.author === undefined ? {} : { author: fromIntro.author }),
    ...(fromIntro.genre === undefined ? {} : { genre: fromIntro.genre }),
    ...(salutation === undefined ? {} : { salutation }),
    ...(headerDate === undefined ? {} : { headerDate }),
    ...(place === undefined ? {} : { place }),
  }
}

/**
 * What an introducing sentence says of the document: its author, addressee and genre.
 * @example readIntroducer('A letter from Stalin to Menzhinskii shows this:').author // 'Stalin'
 */
export function readIntroducer(plain: string): { author?: string; addressee?: string; genre?: string } {
  const sentence = lastSentence(plain)
  const scope = /^(?:He|She|They)\s/.test(sentence) ? plain : sentence
  const from = new RegExp(`${GENRE.source}[^.:]{0,40}?\\bfrom\\s+(${NAME})`, 'iu').exec(sentence)?.[2]
  const body = new RegExp(`${BODY}(?:,[^,]{0,80},)?\\s+(?:\\w+\\s+)?${ACTS}\\b`, 'u').exec(sentence)?.[1]
  const person = new RegExp(`(${NAME})(?:,[^,]{0,80},)?\\s+(?:\\w+ly\\s+)?${ACTS}\\b`, 'u').exec(scope)?.[1]
  const mentions = [...sentence.matchAll(new RegExp(GENRE.source, 'gi'))]
  const genres = mentions.map((m) => m[0].toLowerCase())
  const afterGenre = sentence.slice(mentions.at(-1)?.index ?? 0)
  const to = new RegExp(`\\bto\\s+(?:\\p{Lu}\\p{L}+\\s+)?(${NAME})`, 'u').exec(afterGenre)?.[1]
  const genre = genres.filter((g) => !/^(?:text|documents?)$/.test(g)).at(-1) ?? genres.at(-1)
  const possessive = new RegExp(`(${NAME})[’']s\\s+(?:\\w+\\s+)?${GENRE.source}`, 'u').exec(sentence)?.[1]
  const author = clean(from ?? body ?? possessive ?? (isPronounLike(person) ? undefined : person))
  const addressee = clean(to)
  return {
    ...(author === undefined ? {} : { author }),
    ...(addressee === undefined || addressee === author ? {} : { addressee }),
    ...(genre === undefined ? {} : { genre }),
  }
}

function clean(name: string | undefined): string | undefined {
  const value = name
    ?.replace(/^(?:Com\.|Comrade)\s+/, '')
    .replace(/[’']s$/, '')
    .trim()
  return value === undefined || value.length < 3 ? undefined : value
}

function isPronounLike(name: string | undefined): boolean {
  return name === undefined || /^(?:He|She|They|It|This|That|Then|Here|There|On|In|After|Soon)$/.test(name)
}
