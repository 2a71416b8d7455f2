import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findQuotedDocuments } from './find-quoted-documents.ts'
import { makeContext, makeRoot, makeText } from './test-helpers.ts'

function find(source: string) {
  const text = makeText(source)
  const context = makeContext()
  return { docs: findQuotedDocuments(text, [makeRoot(text)], context), context, source }
}

function textOf(source: string, doc: { span: { start: number; end: number } } | undefined): string {
  return doc === undefined ? '' : source.slice(doc.span.start, doc.span.end)
}

// Short real excerpt (001, 1925 chapter): a reply introduced by the editors, close and date under it.
const REPLY = `Com. Trotsky wrote the following letter in reply to Inkpin's letter:

Dear Com. Inkpin: Your letter of 9 May was evidently written before my answer was received in London.

With Communist greetings, L. Trotsky

21 May 1925.

At the same time, Com. Trotsky sent to the Politburo a letter.`

// Short real excerpt (001, 1929 chapter): votes printed one after the other.
const VOTES = `In June 1929 the Politburo disbanded the post. In 1929 Rykov, Bukharin, and others submitted a statement protesting the decision.

To the secretary of the Central Committee of the party:

I voted against it for the following reasons.

22 June 1919

With Communist greetings,

A. I. Rykov

I vote *against* this proposal.

N. Bukharin

I do not object to the editorial collegium.

6/12

Kotov

I abstain regarding the proposed staff.

Kulikov

On 6 September 1929, the Politburo passed a resolution by voice vote:`

describe('findQuotedDocuments without headings', () => {
  it('reads a reply from the introducing sentence to its close and date', () => {
    const { docs, source } = find(REPLY)
    const [doc] = docs
    assert.equal(doc?.author, 'L. Trotsky')
    assert.deepEqual(doc?.addressees, ['Inkpin'])
    assert.equal(doc?.date?.iso, '1925-05-21')
    assert.equal(doc?.title, 'Trotsky to Inkpin, 21 May 1925')
    assert.ok(textOf(source, doc).startsWith('Dear Com. Inkpin'))
    assert.ok(textOf(source, doc).endsWith('21 May 1925.'))
  })

  it('reads statements signed one after the other, and warns about a date far outside the chapter', () => {
    const { docs } = find(VOTES)
    assert.deepEqual(
      docs.map((d) => d.signer?.text),
      ['A. I. Rykov', 'N. Bukharin', 'Kotov', 'Kulikov'],
    )
    assert.equal(docs[0]?.date?.text, '22 June 1919')
    assert.equal(docs[2]?.date?.iso, '1929-06-12')
  })

  it('reads a made-up letter opened by a place and date and a salutation, closed by "Yours,"', () => {
    const source = `The archive also holds a letter of the period.\n\nLeningrad, 4 March 1931\n\nDear Ivan,\n\nThe mill stands idle again.\n\nYours,\n\nP. Sidorov\n\nNothing came of it.`
    const { docs } = find(source)
    assert.equal(docs[0]?.place?.text, 'Leningrad')
    assert.equal(docs[0]?.date?.iso, '1931-03-04')
    assert.equal(docs[0]?.author, 'P. Sidorov')
    assert.deepEqual(docs[0]?.addressees, ['Ivan'])
  })

  it('dates a made-up resolution from the sentence that introduces it, ending at the source note', () => {
    const source = `On 3 May 1931, the Board of the artel passed the following resolution:\n\n1. To repair the mill.\n\n2. To elect a new miller.<sup>4</sup>\n\nThe mill was never repaired.`
    const { docs, source: s } = find(source)
    assert.equal(docs[0]?.date?.iso, '1931-05-03')
    assert.equal(docs[0]?.author, 'Board')
    assert.ok(textOf(s, docs[0]).endsWith('miller.<sup>4</sup>'))
  })

  it('nests a letter quoted inside a quoted memorandum', () => {
    const source = `Intro.\n\nTO THE BOARD OF THE ARTEL\n\nHere is the text of the letter from Petrov:\n\nTo Com. K. Ivanov. The mill stands idle. 2 April 1931. P. Petrov.\n\nI ask the Board to act.\n\n5 April 1931\n\nA. Smirnov.\n\nAfter.`
    const { docs } = find(source)
    const [memo, letter] = docs
    assert.equal(letter?.parentId, memo?.id)
    assert.equal(letter?.date?.iso, '1931-04-02')
    assert.equal(letter?.author, 'P. Petrov')
  })

  it('reads a numeric date day first when the month is named nearby', () => {
    const source = `The Politburo has a letter from a comrade:\n\nMoscow.\n\n10/1/1926\n\nOn 3 January I was asked to travel. Maria Lenz, member of the Communist Party of France.\n\nThis statement was discussed.`
    const { docs, context } = find(source)
    assert.equal(docs[0]?.date?.iso, '1926-01-10')
    assert.equal(docs[0]?.author, 'Maria Lenz')
    assert.ok(context.diagnostics.some((d) => d.ruleId === 'numeric-date-order'))
  })

  it('reports a quote whose end it cannot tell and keeps its first paragraph', () => {
    const source = `He wrote to the Board:\n\nThe mill stands idle.\n\nThe miller left.\n\nHere is the text of the letter:\n\nMore.`
    const { docs, context } = find(source)
    assert.equal(docs[0]?.span.end, source.indexOf('idle.') + 5)
    assert.ok(context.diagnostics.some((d) => d.ruleId === 'quoted-document-end-unknown'))
  })

  it('makes no document of a quotation of a numbered item of the edition', () => {
    const { docs } = find(
      `Stalin gives his reasons (letter 33):\n\nWe must subsidise Wuhan.<sup>3</sup>\n\nMore.`,
    )
    assert.equal(docs.length, 0)
  })
})
