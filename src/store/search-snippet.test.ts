import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeSnippet } from './search-snippet.ts'
import { MARK_END, MARK_START } from './search-text.ts'

const show = (snippet: string | undefined) => snippet?.replaceAll(MARK_START, '[').replaceAll(MARK_END, ']')

describe('makeSnippet', () => {
  it('marks a word prefix as the whole word, with the words around it', () => {
    assert.equal(
      show(makeSnippet('*Com. Molotov,*\n\nThe grain plan is late.', { text: 'molot' })),
      '*Com. [Molotov],* The grain plan is late.',
    )
  })

  it('cuts a long text to about sixteen words around the first match, with ellipses', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`)
    words[200] = 'Троцкого'
    const snippet = show(makeSnippet(words.join(' '), { text: 'троцк' })) ?? ''
    assert.equal(
      snippet,
      '…w196 w197 w198 w199 [Троцкого] w201 w202 w203 w204 w205 w206 w207 w208 w209 w210 w211…',
    )
  })

  it('finds the first match far into a long text, also a long word that runs past where the search first looks', () => {
    const filler = (n: number) => 'x '.repeat(n)
    // 'Zinovievites' starts 2 characters before the first window's end (2048); 'Trotsky' comes after both.
    const text = `${filler(1023)}Zinovievites and Trotsky ${filler(5000)}Kamenev`
    assert.equal(text.indexOf('Zinovievites'), 2046)
    const snippet = show(makeSnippet(text, { text: 'kamenev', keys: ['Zinovievites', 'Trotsky'] })) ?? ''
    assert.match(snippet, /^…x x x x \[Zinovievites\] and \[Trotsky\] x/)
    assert.match(show(makeSnippet(text, { text: 'kamenev' })) ?? '', /^…(x )+\[Kamenev\]$/)
  })

  it('leaves out inline HTML tags, also one cut at either end of the passage', () => {
    assert.equal(
      show(makeSnippet('4. Trotsky should go to Japan.<sup>5</sup> Yes.', { text: 'japan' })),
      '…Trotsky should go to [Japan]. Yes.',
    )
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`)
    words[20] = 'note<sup>5</sup>'
    words[24] = 'Trotsky'
    words[34] = 'end<i>x</i>'
    const snippet = show(makeSnippet(words.join(' '), { text: 'trotsky' })) ?? ''
    assert.equal(snippet, '…w21 w22 w23 [Trotsky] w25 w26 w27 w28 w29 w30 w31 w32 w33 end…')
    // The passage starts inside a note call's opening tag: the number goes with it.
    assert.equal(
      show(makeSnippet('Go on.<sup>5</sup> 4. Trotsky should go to Japan.', { text: 'trotsky' })),
      '…4. [Trotsky] should go to Japan.',
    )
  })

  it('matches phrases and keys as whole words across punctuation, and every match in the window', () => {
    const text =
      'Tell the Central\nCommittee that Trotskii and Trotsky-Bronstein objected; Trotskyism is another matter.'
    assert.equal(
      show(makeSnippet(text, { text: '"central committee"', keys: ['Trotsky', 'Trotskii'] })),
      'Tell the [Central Committee] that [Trotskii] and [Trotsky]-Bronstein objected; Trotskyism is another matter.',
    )
  })

  it('finds nothing where nothing matches, and treats query syntax as plain words', () => {
    assert.equal(makeSnippet('The grain plan', { text: 'Volga' }), undefined)
    assert.equal(makeSnippet('The grain plan', { text: ' "" ' }), undefined)
    assert.equal(show(makeSnippet('a (b) c* d', { text: 'c* OR (b' })), 'a ([b]) [c]* d')
  })
})

describe('makeSnippet in a long text', () => {
  it('finds a match early or late, and marks only whole words at the start of a word', () => {
    const filler = 'lorem ipsum dolor '.repeat(3000)
    const early = `Politburo met. ${filler}`
    const snippet = show(makeSnippet(early, { text: 'politb' })) ?? ''
    assert.ok(snippet.startsWith('[Politburo] met. lorem ipsum dolor') && snippet.endsWith('…'), snippet)
    const late = `${filler}xPolitburo and the Politburo met.`
    assert.equal(show(makeSnippet(late, { text: 'politb' })), '…dolor xPolitburo and the [Politburo] met.')
  })
})
