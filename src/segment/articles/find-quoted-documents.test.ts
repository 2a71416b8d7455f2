import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findQuotedDocuments } from './find-quoted-documents.ts'
import { makeContext, makeRoot, makeText } from './test-helpers.ts'

// Short real excerpt (002): address line, second addressee, dateline, sign-off date, signature, archive line.
const TROTSKY = `This letter was first published in 1990.

TO MEMBERS OF THE CC AND CCC

To the Plenum.

24 October 1923

The [October 19] reply from members of the Politburo to my letter.

23 October 1923

L. Trotsky

[RGASPI, f.51, op.1, d.21, l.54ob-57ob; printed text]

[1] Trotsky is referring to the fact.`

describe('findQuotedDocuments', () => {
  it('reads a letter from its address line to its signature and archival line', () => {
    const text = makeText(TROTSKY)
    const context = makeContext()
    const [doc] = findQuotedDocuments(text, [makeRoot(text)], context)
    assert.equal(doc?.type, 'quoted-document')
    assert.deepEqual(doc?.addressees, ['MEMBERS OF THE CC AND CCC', 'the Plenum'])
    assert.equal(doc?.author, 'L. Trotsky')
    assert.equal(doc?.date?.iso, '1923-10-23')
    assert.equal(doc?.headerDate?.text, '24 October 1923')
    assert.ok(TROTSKY.slice(doc?.span.start, doc?.span.end).endsWith('printed text]'))
    assert.equal(context.diagnostics[0]?.ruleId, 'conflicting-document-dates')
  })

  it('reads a made-up memorandum signed with a footnote marker and dated in the US style', () => {
    const source = `Intro.\n\nTO THE BOARD OF THE ARTEL\n\nWe ask you.\n\nMarch 3, 1931\n\nP. K. Ivanova.<sup>4</sup>\n\nMore.`
    const text = makeText(source)
    const [doc] = findQuotedDocuments(text, [makeRoot(text)], makeContext())
    assert.equal(doc?.author, 'P. K. Ivanova')
    assert.equal(doc?.date?.iso, '1931-03-03')
  })

  it('reads a letter named in a heading, with salutation, signer and an approximate bracketed date', () => {
    const source = `Intro.\n\nIvan Petrov’s Letter to a Kazan Friend\n\n“Dear friend K.,\n\nText here. [circa 5 May 1927]\n\n(Petrov)\n\nConclusion\n\nThe end.`
    const text = makeText(source)
    const context = makeContext()
    const [doc] = findQuotedDocuments(text, [makeRoot(text)], context)
    assert.equal(doc?.author, 'Ivan Petrov')
    assert.deepEqual(doc?.addressees, ['Kazan Friend'])
    assert.equal(doc?.signer?.text, '(Petrov)')
    assert.deepEqual([doc?.date?.iso, doc?.date?.qualifier], ['1927-05', 'month'])
    assert.ok(!source.slice(doc?.span.start, doc?.span.end).includes('Conclusion'))
  })

  it('reports an address line with no signature instead of guessing its end', () => {
    const text = makeText('Intro.\n\nTO ALL PARTY ORGANISATIONS\n\nText without an end.')
    const context = makeContext()
    assert.equal(findQuotedDocuments(text, [makeRoot(text)], context).length, 0)
    assert.equal(context.diagnostics[0]?.ruleId, 'quoted-document-without-end')
  })
})
