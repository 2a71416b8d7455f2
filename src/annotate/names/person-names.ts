import type { NameMention } from '../../core/index.ts'
import { nameKey } from '../../core/index.ts'
import { isPatronymic } from './given-names.ts'
import { nameRuns } from './name-runs.ts'
import type { NameUnit } from './name-units.ts'
import { hasTitleBefore, hasYearsAfter } from './person-context.ts'
import type { PersonLexicon } from './person-lexicon.ts'
import { isStopWord } from './stop-words.ts'
import { lookupSurname } from './surname-forms.ts'
import type { NameToken } from './tokenize.ts'

const RULE = 'annotate/names:person'

/** Initials that are abbreviations, not a person: "U.S.", "P.S.". */
const ABBREVIATIONS = new Set(['us', 'uk', 'ps', 'nb', 'ad', 'bc', 'am', 'pm', 'ie', 'eg', 'ussr', 'rsfsr'])

/**
 * Finds people's names: phrases and surnames from the lexicon (with initials, given names and patronymics before
 * them, or initials after them as in bibliographies), their misspellings, inflections and plurals, and unknown names
 * in name positions (after a title, after initials or a given name, before initials or life dates, in a list with
 * other names). Titles and possessive endings are left out of the surface.
 * @example findPersonNames('Com. Trotsky’s letter', tokenize(text), lexicon)[0].surface // 'Trotsky'
 */
export function findPersonNames(
  text: string,
  tokens: readonly NameToken[],
  lexicon: PersonLexicon,
): NameMention[] {
  const runs = nameRuns(text, tokens, lexicon)
  const perRun: NameMention[][] = []
  let consumed = 0
  for (const run of runs) {
    const found = namesInRun(
      text,
      run.filter((unit) => unit.start >= consumed),
      lexicon,
    )
    for (const mention of found) consumed = Math.max(consumed, mention.span.end)
    perRun.push(found)
  }
  addListedNames(text, runs, perRun, lexicon)
  return perRun.flat()
}

function namesInRun(text: string, run: readonly NameUnit[], lexicon: PersonLexicon): NameMention[] {
  const found: NameMention[] = []
  let i = 0
  while (i < run.length) {
    const phraseEnd = matchPhrase(run, i, lexicon)
    if (phraseEnd > i) {
      found.push(mention(text, run, i, phraseEnd, 'phrase', 0.98))
      i = phraseEnd
      continue
    }
    let k = i
    while (
      k < run.length - 1 &&
      isPrefix(run[k], run[k + 1], lexicon) &&
      !isHyphenated(text, run[k], run[k + 1])
    )
      k++
    const head = run[k]
    if (head === undefined) break
    const titled = hasTitleBefore(text, run[i]?.start ?? 0)
    if (head.initial) {
      if (titled || isInitialsAsName(text, run, i, k))
        found.push(mention(text, run, i, k + 1, 'initials', 0.6))
      i = k + 1
      continue
    }
    const after = k === i ? trailingInitials(text, run, k + 1) : k + 1
    const commaEnd = k === i && after === k + 1 ? commaInitialsEnd(text, head.end) : undefined
    const inverted = after > k + 1 || commaEnd !== undefined
    const context = k > i || titled || inverted || hasYearsAfter(text, head.end)
    const match = lookupSurname(head, lexicon, context)
    const unknown = match === undefined && isUnknownSurname(head, lexicon)
    const closes = after === run.length || isStopWord(run[after]?.text ?? '')
    const opens = i === 0 || isStopWord(run[i - 1]?.text ?? '')
    const bibliographic = unknown && opens && (commaEnd !== undefined || (after > k + 1 && closes))
    if (match !== undefined || bibliographic || (unknown && context && !inverted)) {
      const rule = match?.rule ?? (bibliographic ? 'bibliographic' : 'context')
      found.push(mention(text, run, i, after, rule, match?.confidence ?? 0.8, commaEnd))
      i = after
    } else {
      i++
    }
  }
  return found
}

/** Longest multi-word lexicon name starting at `i`; returns its end, or `i`. */
function matchPhrase(run: readonly NameUnit[], i: number, lexicon: PersonLexicon): number {
  let best = i
  for (const keys of lexicon.phrases.get(run[i]?.key ?? '') ?? []) {
    if (
      i + keys.length <= run.length &&
      i + keys.length > best &&
      keys.every((k, j) => run[i + j]?.key === k)
    ) {
      best = i + keys.length
    }
  }
  return best
}

/**
 * Initials, given names and patronymics stand before a surname; so does a nickname before the surname of the same
 * person ("Grisha Zinoviev").
 */
function isPrefix(unit: NameUnit | undefined, next: NameUnit | undefined, lexicon: PersonLexicon): boolean {
  if (unit === undefined) return false
  if (unit.initial || lexicon.given.has(unit.key) || isPatronymic(unit.text)) return true
  const ids = lexicon.single.get(unit.key) ?? []
  const nextIds = lexicon.single.get(next?.key ?? '') ?? []
  return next !== undefined && next.key !== unit.key && ids.some((id) => nextIds.includes(id))
}

/** Parts of a hyphenated compound are separate names ("Stalin-Menzhinsky"), never a given name and surname. */
function isHyphenated(text: string, a: NameUnit | undefined, b: NameUnit | undefined): boolean {
  return a !== undefined && b !== undefined && text.slice(a.end, b.start) === '-'
}

/** Bibliographic order: "Trotsky L. D.", "Deutscher I." — initials after a surname, up to three. */
function trailingInitials(text: string, run: readonly NameUnit[], from: number): number {
  let end = from
  while (
    end < run.length &&
    end < from + 3 &&
    run[end]?.initial === true &&
    !isHyphenated(text, run[end - 1], run[end])
  ) {
    end++
  }
  return end
}

/** "Adibekov, G. M.": the end of two or three initials after a comma, if they follow `end`. */
function commaInitialsEnd(text: string, end: number): number | undefined {
  const match = /^,[ \t]*(?:\p{Lu}\p{Ll}?\.[ \t]?){2,3}/u.exec(text.slice(end, end + 16))
  return match === null ? undefined : end + match[0].trimEnd().length
}

/** "V. I. replied", "Recorded by M.V. on": two or three initials used as a name, before a lower-case word. */
function isInitialsAsName(text: string, run: readonly NameUnit[], from: number, to: number): boolean {
  const count = to - from + 1
  if (count < 2 || count > 3 || to !== run.length - 1) return false
  const end = run[to]?.end ?? 0
  const letters = run
    .slice(from, to + 1)
    .map((u) => u.key)
    .join('')
  return !ABBREVIATIONS.has(letters) && /^[ \t]+\p{Ll}/u.test(text.slice(end, end + 3))
}

function isUnknownSurname(unit: NameUnit, lexicon: PersonLexicon): boolean {
  return (
    unit.capitalised &&
    unit.text.length >= 2 &&
    !isStopWord(unit.text) &&
    !lexicon.otherNames.has(unit.key) &&
    !/\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(unit.text)
  )
}

const LIST_GAP = /^(?:,[ \t]*|,?[ \t]+and[ \t]+)$/

/**
 * "arrested Smirnov, Preobrazhensky, Ufimtsev and …": a run of one to three unknown capitalised words counts as a
 * name when it stands in a list next to a name found already. Repeated so a list is taken in from either end.
 */
function addListedNames(
  text: string,
  runs: readonly NameUnit[][],
  perRun: NameMention[][],
  lexicon: PersonLexicon,
): void {
  for (let pass = 0; pass < 3; pass++) {
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r] ?? []
      if ((perRun[r]?.length ?? 1) > 0 || run.length > 3 || !run.every((u) => isUnknownSurname(u, lexicon)))
        continue
      const first = run[0]
      const last = run[run.length - 1]
      const before = perRun[r - 1]?.at(-1)
      const after = perRun[r + 1]?.[0]
      if (first === undefined || last === undefined) continue
      const listed =
        (before !== undefined && LIST_GAP.test(text.slice(before.span.end, first.start))) ||
        (after !== undefined && LIST_GAP.test(text.slice(last.end, after.span.start)))
      if (listed) perRun[r] = [mention(text, run, 0, run.length, 'listed', 0.7)]
    }
  }
}

function mention(
  text: string,
  run: readonly NameUnit[],
  from: number,
  to: number,
  rule: string,
  confidence: number,
  endOverride?: number,
): NameMention {
  const start = run[from]?.start ?? 0
  const end = endOverride ?? run[to - 1]?.end ?? start
  const surface = text.slice(start, end).replace(/[ \t]*\n[ \t]*/g, ' ')
  return {
    type: 'person',
    span: { start, end },
    surface,
    key: nameKey(surface),
    rule: `${RULE}-${rule}`,
    confidence,
  }
}
