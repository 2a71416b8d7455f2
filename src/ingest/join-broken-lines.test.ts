import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyEdits } from './apply-edits.ts'
import { countWords } from './count-words.ts'
import { joinBrokenLines } from './join-broken-lines.ts'
import { splitLines } from './split-lines.ts'

function join(text: string, options: { hardWrapped?: boolean; dropped?: number[] } = {}): string {
  const edits = joinBrokenLines(text, splitLines(text), {
    dropped: new Set(options.dropped ?? []),
    hardWrapped: options.hardWrapped ?? false,
    counts: countWords(text),
  })
  return applyEdits(text, edits).text
}

describe('joinBrokenLines', () => {
  it('joins a word hyphenated at a line end and moves the break after it', () => {
    assert.equal(join('held in early No-\nvember.’\n', { hardWrapped: true }), 'held in early November.’\n')
    assert.equal(
      join('the Thirteenth Party Conference, 16—18 Janu-\nary 1924. Few', { hardWrapped: true }),
      'the Thirteenth Party Conference, 16—18 January\n1924. Few',
    )
  })

  it('joins across a page-start space and across removed page furniture', () => {
    assert.equal(
      join('regarding indus-\n trialization, the peasantry', { hardWrapped: true }),
      'regarding industrialization,\nthe peasantry',
    )
    const page = 'its devel-\n\n\n\n34 The NEP Era\n\nopment, to the employment'
    const edits = joinBrokenLines(page, splitLines(page), {
      dropped: new Set([4]),
      hardWrapped: true,
      counts: countWords(page),
    })
    const withHead = applyEdits(page, [
      ...edits,
      { start: page.indexOf('34'), end: page.indexOf('opment') - 1, text: '', reason: 'running-header' },
    ])
    assert.equal(withHead.text, 'its development,\nto the employment')
  })

  it('keeps real compounds at a line end', () => {
    assert.equal(
      join('the self-\nexpulsion of the weaker', { hardWrapped: true }),
      'the self-\nexpulsion of the weaker',
    )
    assert.equal(
      join('the slogan “worker-\npeasant government”; Worker-peasant rule', { hardWrapped: true }),
      'the slogan “worker-\npeasant government”; Worker-peasant rule',
    )
  })

  it('rejoins a paragraph split by a page break in one-paragraph-per-line text', () => {
    const text =
      'Stalin spent most of the year from the later summer into\n\n\n\nthe fall at his villa in the south.'
    assert.equal(
      join(text),
      'Stalin spent most of the year from the later summer into the fall at his villa in the south.',
    )
    assert.equal(
      join('an era of renewed struggle. The Stalin-\n\nBukharin leadership required it.'),
      'an era of renewed struggle. The Stalin-Bukharin leadership required it.',
    )
    assert.equal(
      join('- Unshlikht, I. S.** (1879–1938). Deputy chairman of Revolu-\n\n- tionary Military Council'),
      '- Unshlikht, I. S.** (1879–1938). Deputy chairman of Revolutionary Military Council',
    )
  })

  it('leaves paragraphs apart after sentence ends, headings, list items and notes at a page foot', () => {
    const ended = 'The harvest was finally brought in by the end of October.\n\nthen the rains came.'
    assert.equal(join(ended), ended)
    const list =
      'What do we offer as a counterweight to this policy and its\n\na) the transfer of the chief center'
    assert.equal(join(list), list)
    const notes =
      'body text that runs on for a while, When he\n\n---\n\n23 Disputes between Lenin and Trotsky and therefore\n\nproposed in spring of 1920 to jettison'
    assert.equal(join(notes), notes)
  })

  it('does not join across a block of notes (text is never moved)', () => {
    const text = 'our general positions — the steno-\n\n9. “We” probably refers to himself.\n graphic report'
    assert.equal(join(text, { hardWrapped: true }), text)
  })
})
