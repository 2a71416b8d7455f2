/** A role phrase read from running text: "the chairman of the Central Control Commission", "OGPU Chairman". */
export interface RolePhrase {
  /** The role as printed, modifiers kept ("deputy chairman", "Soviet ambassador", "RSFSR commissar"). */
  readonly role: string
  /** The institution as printed, without a leading article ("Central Control Commission", "trade"). */
  readonly institution: string
  /** Offsets of the whole phrase (article excluded) and of the institution, relative to the text read. */
  readonly start: number
  readonly end: number
  readonly institutionStart: number
  readonly institutionEnd: number
}

/** A word written with a capital or small first letter ("Chairman", "chairman"). */
function either(word: string): string {
  const first = word.charAt(0)
  return `[${first.toUpperCase()}${first}]${word.slice(1)}`
}

const MODIFIERS = [
  'deputy',
  'assistant',
  'acting',
  'first',
  'second',
  'third',
  'general',
  "people's",
  'people’s',
  'managing',
  'technical',
  'executive',
  'candidate',
  'full',
  'vice',
  'political',
]
const HEADS = [
  'chairman',
  'chairwoman',
  'vice-chairman',
  'secretary',
  'commissar',
  'head',
  'director',
  'editor-in-chief',
  'editor',
  'ambassador',
  'envoy',
  'minister',
  'member',
  'commander in chief',
  'commander-in-chief',
  'commander',
  'president',
  'procurator',
  'plenipotentiary',
  'representative',
  'prime minister',
]
const MODIFIER = `(?:${MODIFIERS.map(either).join('|')})`
const HEAD = `(?:${HEADS.map(either).join('|')})(?![\\p{L}-])`
/** A role: modifiers and a head noun ("deputy chairman", "General Secretary", "candidate member"). */
const ROLE = `(?:${MODIFIER}[ -])*${HEAD}`
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Com|Comrade'
/** A capitalised word (not a month, not "Com."), an acronym, or an italic title ("*Pravda*"). */
const CAP_WORD = `(?:(?!(?:${MONTHS})\\b)\\p{Lu}(?:[\\p{L}\\p{M}'’–-]|\\.(?=\\p{L}))*|\\*[^*\\n]{1,60}\\*)`
/** Common nouns that name a kind of body, allowed inside an institution ("the Leningrad party organisation"). */
const BODY_NOUN =
  '(?:party|committee|council|commission|organi[sz]ation|bureau|board|department|collegium|presidium|soviet|trust|administration|directorate|section|division|inspection|industry|railway|bank|delegation|commissariat|government|association|congress|conference)(?![\\p{L}-])'
const WORD = `(?:${CAP_WORD}|${BODY_NOUN})`
/** An institution: words joined by spaces or "of", "for", "and", "on" (with or without "the"). */
const INSTITUTION = `${WORD}(?:(?: | of the | of | for the | for | and the | and | on the | on )${WORD})*`
/** The fields a commissar (commissariat) is "of": the lower-case short forms of the genre ("commissar of trade"). */
const DOMAIN =
  '(?:(?:domestic and |domestic |foreign |internal |military and |heavy |light )?(?:trade|finance|foreign affairs|internal affairs|naval affairs|affairs|agriculture|transport|labou?r|justice|education|enlightenment|health|war|provisionment|supply|industry|communications|nationalities|social security|posts and telegraphs|worker-peasant inspection))(?![\\p{L}-])'
/** Capitalised words before a role: a qualifier ("Soviet", "RSFSR") or the institution ("OGPU", "Politburo"). */
const BEFORE = `${CAP_WORD}(?:(?: | of the | of | and )${CAP_WORD}| ${BODY_NOUN})*`

const PHRASE = `(?:(${BEFORE}) )?(${ROLE})(?: (?:of|for|to|at|in)(?: the)? (${INSTITUTION})| (?:of|for) (?:the )?(${DOMAIN}))?`
const PHRASE_AT = new RegExp(PHRASE, 'uy')
const PHRASE_ENDING = new RegExp(`(?:^|(?<=[\\s(“"]))${PHRASE}$`, 'u')

/** Last words of a name that make it an institution when printed before a role ("Supreme Economic Council member"). */
const INSTITUTION_HEAD =
  / (?:Committee|Council|Commission|Inspection|Bureau|Secretariat|Presidium|Collegium|Board|Party|Union|Academy|Army|Fleet|Commissariat|Administration|Directorate|Trust|Department|Soviet|Congress|International|Government)$/iu
/** One word that is an institution before a role: a body's short name or an acronym ("OGPU Chairman"). */
const INSTITUTION_WORD =
  /^(?:Politburo|Orgburo|Gosplan|Gosbank|Comintern|Profintern|Cheka|Secretariat|Presidium|Sovnarkom|Rabkrin|Komsomol|\p{Lu}{2,}(?:\(b\))?)$/u
/** Words that open a sentence or a time phrase and are never part of a name before a role. */
const LEADING_WORD =
  /^(?:The|A|An|Then|Later|Now|In|On|At|When|After|Before|By|From|Since|Former|Our|His|Her|Their)\s/

/**
 * Reads a role phrase that begins at `index` of `text` ("chairman of the Central Control Commission", "commissar of
 * trade", "Politburo member"). Returns undefined when none begins there or it names no institution.
 * @example readRolePhraseAt('Kuibyshev, the chairman of the CCC.', 15)?.institution // 'CCC'
 */
export function readRolePhraseAt(text: string, index: number): RolePhrase | undefined {
  PHRASE_AT.lastIndex = index
  const match = PHRASE_AT.exec(text)
  if (match === null) return undefined
  return toPhrase(match, index)
}

/**
 * Reads a role phrase that ends where `text` ends ("… sent OGPU Chairman", "the chairman of the Council of
 * Commissars"). Returns undefined when none ends there or it names no institution.
 * @example readRolePhraseEnding('the post of Commissar of Finance')?.role // 'Commissar'
 */
export function readRolePhraseEnding(text: string): RolePhrase | undefined {
  const match = PHRASE_ENDING.exec(text)
  if (match === null) return undefined
  return toPhrase(match, match.index)
}

function toPhrase(match: RegExpExecArray, index: number): RolePhrase | undefined {
  let before = match[1]
  let start = index
  const role = match[2] ?? ''
  if (before !== undefined) {
    const leading = LEADING_WORD.exec(`${before} `)?.[0] ?? ''
    start += Math.min(leading.length, before.length + 1)
    before = before.length < leading.length ? undefined : before.slice(leading.length)
  }
  const after = match[3] ?? match[4]
  const end = index + match[0].length
  if (after !== undefined) {
    if (match[3] !== undefined && (!hasCapital(after) || /['’]s$/.test(after))) return undefined
    const institutionStart = end - after.length
    const printedRole = before === undefined ? role : `${before} ${role}`
    return { role: printedRole, institution: after, start, end, institutionStart, institutionEnd: end }
  }
  if (before === undefined || !(INSTITUTION_HEAD.test(before) || INSTITUTION_WORD.test(before)))
    return undefined
  return {
    role,
    institution: before,
    start,
    end,
    institutionStart: start,
    institutionEnd: start + before.length,
  }
}

function hasCapital(institution: string): boolean {
  return /(?:^|\s|\*)\p{Lu}/u.test(institution)
}

const ROLE_ENDING = new RegExp(`(?:^|[\\s-])${HEAD}$`, 'u')

/**
 * Whether a role as printed ends in a role noun of the genre ("deputy chairman", "Commissar"), not a description
 * ("prominent figure").
 * @example isRoleText('first secretary') // true
 */
export function isRoleText(role: string): boolean {
  return ROLE_ENDING.test(role)
}
