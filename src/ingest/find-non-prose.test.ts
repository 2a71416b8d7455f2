import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countWords } from './count-words.ts'
import { findNonProse } from './find-non-prose.ts'
import { splitLines } from './split-lines.ts'

const prose = 'Stalin wrote to Molotov about the grain campaign and the Politburo.\n\n'.repeat(20)
const runsOf = (text: string) => findNonProse(text, splitLines(text), countWords(text))

describe('findNonProse', () => {
  it('finds a facsimile in another script, with the date lines around it, but not its caption', () => {
    const facsimile =
      'Molotov and Stalin\n\nЯ. С. Молотову\n12.7.25\n\nЗаглянул вон, вон вон, про-\nта это тебе, отакоина с нами\nнабоя селену.\n\nStalin and Molotov\n'
    const text = prose + facsimile
    const runs = runsOf(text)
    assert.equal(runs.length, 1)
    const run = runs[0] as (typeof runs)[number]
    assert.equal(
      text.slice(run.span.start, run.span.end),
      'Я. С. Молотову\n12.7.25\n\nЗаглянул вон, вон вон, про-\nта это тебе, отакоина с нами\nнабоя селену.',
    )
  })

  it('finds Latin-script OCR garbage by its unknown words and odd characters', () => {
    const garbage = 'Isha bonnou\nHckywennvie [UMyI1€CTBEHHBIE |\nqwzx vbnm ®¢ plokt\n'
    assert.equal(runsOf(prose + garbage).length, 1)
  })

  it('leaves single garbled lines and transliterated citations alone', () => {
    const text = `${prose}12. Hckywennvie [UMyI1€CTBEHHBIE |\n\nplenuma partiinoi kollegii kontrol’noi komissii, January 12, 1926.\n\n${prose}`
    assert.deepEqual(runsOf(text), [])
  })
})
