import { type NameUnit, toUnits } from './name-units.ts'
import { isNameGap } from './person-context.ts'
import type { PersonLexicon } from './person-lexicon.ts'
import type { NameToken } from './tokenize.ts'

/**
 * Groups tokens into runs of capitalised words and initials that may belong to one name: joined by spaces and at
 * most one line break, by nothing after an initial ("L.D.Trotsky"), or by the hyphen of a compound.
 * @example nameRuns('Lev\nKamenev and Stalin', tokenize(text), lexicon) // [[Lev, Kamenev], [Stalin]]
 */
export function nameRuns(text: string, tokens: readonly NameToken[], lexicon: PersonLexicon): NameUnit[][] {
  const runs: NameUnit[][] = []
  let run: NameUnit[] = []
  for (const token of tokens) {
    for (const unit of toUnits(token, lexicon)) {
      const nameLike = unit.capitalised || unit.initial
      const previous = run[run.length - 1]
      const gap = previous === undefined ? '' : text.slice(previous.end, unit.start)
      const joins = previous !== undefined && nameLike && (isNameGap(gap) || gap === '-')
      if (!joins) {
        if (run.length > 0) runs.push(run)
        run = []
      }
      if (nameLike) run.push(unit)
    }
  }
  if (run.length > 0) runs.push(run)
  return runs
}
