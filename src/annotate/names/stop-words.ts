/**
 * Capitalised words that are never a surname on their own, even after initials or a given name: function words,
 * months and days, and the vocabulary of institutions and titles ("Harvard University Houghton Library",
 * "I. The inner-party regime"). Compared by lower case.
 */
const STOP_WORDS = new Set(
  `
the a an and or but of in on at by for from to with without into onto upon as if then than this that these those
it its he she we they i you his her their our my your who whom which what when where why how all any some no not
one two three four five six seven eight nine ten first second third also after before during since until while
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
committee central party congress conference plenum soviet soviets union university press library archive archives
institute commission council state republic army bureau government ministry commissariat people people's
executive political international communist bolshevik bolsheviks opposition workers peasants red white left right
north south east west eastern western northern southern new old great general secretary chairman president
comrade comrades com mr mrs dr prof professor sir lord lady citizen saint st street square hall house
see cf ed eds trans transl comp vol volume volumes no ibid op cit pp p ch chapter part section appendix note notes letter letters document documents
introduction conclusion preface index glossary contents table figure source sources
russian german english french soviet american british chinese polish georgian ukrainian jewish
moscow russia germany europe
i'm i’m i've i’ve i'd i’d i'll i’ll it's it’s we're we’re he's he’s she's she’s don't don’t can't can’t won't won’t
`
    .split(/\s+/)
    .filter((word) => word !== ''),
)

/**
 * Whether a word may not be taken as a surname from its position alone.
 * @example isStopWord('University') // true
 */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase()) || /^\p{Lu}{2,}$/u.test(word)
}

/** Surnames that are also common English words: recognised only with a given name, initials or a title. */
const COMMON_WORD_SURNAMES = new Set(
  'service wise young king long white black brown green little may law hill bell cook day field ford hall land rich rose star well thomas march roy dan serge levi deutscher'.split(
    ' ',
  ),
)

/**
 * Whether a lexicon surname needs context (a given name, initials or a title) to count as a person.
 * @example needsContext('Service') // true
 */
export function needsContext(surname: string): boolean {
  return COMMON_WORD_SURNAMES.has(surname.toLowerCase())
}

const DERIVED = /(?:ism|isms|ist|ists|istic|ite|ites|ian|ians|ism's|ists')$/i

/**
 * Whether a word looks derived from a name (Trotskyism, Stalinist, Brandlerites) rather than being one.
 * @example isDerivedWord('Trotskyists') // true
 */
export function isDerivedWord(word: string): boolean {
  return DERIVED.test(word)
}
