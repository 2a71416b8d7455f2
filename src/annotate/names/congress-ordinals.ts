import type { NameMention } from '../../core/index.ts'
import { nameKey } from '../../core/index.ts'

const WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
]
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/

const ORDINAL = String.raw`(?:[XVI]{1,6}(?:th|st|nd|rd)?|\d{1,2}(?:st|nd|rd|th)|${WORDS.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|')})`
const PARTY = String.raw`(?:the\s+)?(?:RCP\s?\([bB]\)|RKP\s?[/(][bB]\)?|RKS(?:/b)?|VKP\s?[/(][bB]\)?|VKS/b|CPSU|Party|Russian\s+Communist\s+Party(?:/\s*Bolshevik|\s+\(Bolsheviks?\))?)`
const CONGRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${ORDINAL})((?:(?:,\s*|\s+and\s+)${ORDINAL})*)(?:\s+(?:All-Russian|All-Union))?(\s+Party)?\s+(Congress(?:es)?|Conference(?:s)?)(\s+of\s+${PARTY}|\s+of\s+(?:the\s+)?(?:Soviets|Comintern|Communist\s+International))?(?![\p{L}])`,
  'gu',
)

/**
 * The number an ordinal stands for: "XII", "XIIth", "12th", "Twelfth" → 12.
 * @example ordinalValue('XIIth') // 12
 */
export function ordinalValue(ordinal: string): number | undefined {
  const bare = ordinal.replace(/(?:th|st|nd|rd)$/, '')
  if (/^\d+$/.test(bare)) return Number(bare)
  const word = WORDS.indexOf(ordinal.toLowerCase())
  if (word >= 0) return word + 1
  const roman = ROMAN.exec(bare)
  if (roman === null || bare === '') return undefined
  const values: Record<string, number> = { I: 1, V: 5, X: 10 }
  let total = 0
  for (let i = 0; i < bare.length; i++) {
    const value = values[bare[i] ?? ''] ?? 0
    const next = values[bare[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/**
 * Finds party congresses and conferences by their ordinal in every form ("XII Party Congress", "12th Congress",
 * "Twelfth Congress of the RKS/b", "Xth and XIth Congresses"), each with the id of the event as its one candidate
 * (`event:party-congress-12`), so the resolve stage need not know the forms. Congresses of Soviets and of the
 * Comintern are found without a candidate.
 * @example findCongresses('the Twelfth Congress of the RKS/b')[0].candidates // ['event:party-congress-12']
 */
export function findCongresses(text: string): NameMention[] {
  const found: NameMention[] = []
  for (const match of text.matchAll(CONGRESS)) {
    const [whole, first = '', more = '', , noun = '', of = ''] = match
    const kind = noun.toLowerCase().startsWith('congress') ? 'congress' : 'conference'
    const party = of === '' || !/Soviets|Comintern|International/.test(of)
    const ordinals = [first, ...more.split(/,\s*|\s+and\s+/).filter((o) => o !== '')]
    const numbers = ordinals.map(ordinalValue).filter((n): n is number => n !== undefined && n > 0 && n <= 30)
    if (numbers.length !== ordinals.length) continue
    const surface = whole.replace(/\s+/g, ' ')
    found.push({
      type: 'event',
      span: { start: match.index, end: match.index + whole.length },
      surface,
      key: nameKey(surface),
      rule: 'annotate/names:event-congress-ordinal',
      confidence: party ? 0.9 : 0.7,
      ...(party ? { candidates: numbers.map((n) => `event:party-${kind}-${n}`) } : {}),
    })
  }
  return found
}
