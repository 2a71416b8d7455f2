import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findQuotedDocuments } from './find-quoted-documents.ts'
import { findWitnesses } from './find-witnesses.ts'
import { makeContext, makeRoot, makeText } from './test-helpers.ts'

function run(source: string) {
  const text = makeText(source)
  const context = makeContext()
  const root = makeRoot(text)
  const documents = [root, ...findQuotedDocuments(text, [root], context)]
  return { ...findWitnesses(text, documents, context), documents, text: source }
}

// Short real excerpt (000): the stated convention, the letter heading, variants, a page-foot note.
const BAKU = `Stalin criticized the document based on the version received from Baku.
Medvedev might have made careless errors and corrected them in the 1926 version.
In the Baku version Medvedev appears to disagree.

Below I italicize the sections where Medvedev’s purported original
differs significantly from the version transmitted from Baku, and I place
in brackets the relevant segment from the version authorities in Baku sent
to the CCC.

Sergei Medvedev’s Letter to a Baku Comrade

“Dear comrade V.,

railway, highway construction, on the uninterrupted [omitted] expansion
of all industries. Thus we define the de-
pendence of intraparty policy [significance of intraparty policy and so
forth], clarifying it. If there were more experienced
[propertied]'? politicians. This policy will [further] serve us, - and [this course]

13. Cyorcenue [ynyuiienue]
 becomes even more threatening. Please return it. [circa 20 January 1924]

Conclusion

The end.`

describe('findWitnesses', () => {
  it('reads every variant bracket of a stated two-witness letter, with labels from the article', () => {
    const { witnesses } = run(BAKU)
    const set = witnesses[0]
    assert.equal(witnesses.length, 1)
    assert.equal(set?.baseLabel, 'Medvedev 1926')
    assert.equal(set?.otherLabel, 'Baku version')
    assert.deepEqual(
      set?.variants.map((v) => [v.kind, v.otherReading, v.baseReading]),
      [
        ['omission', '[omitted]', 'uninterrupted'],
        ['substitution', 'significance of intraparty policy and so forth', 'dependence of intraparty policy'],
        ['substitution', 'propertied', 'experienced'],
        ['addition', 'further', ''],
        ['addition', 'this course', ''],
      ],
    )
    assert.equal(set?.variants[2]?.certainty, 'high')
  })

  it('keeps doubts, dates and brackets in page-foot notes as editorial', () => {
    const { editorial, text } = run(BAKU)
    assert.deepEqual(
      editorial.map((e) => text.slice(e.span.start, e.span.end)),
      ['[ynyuiienue]', '[circa 20 January 1924]'],
    )
  })

  it('treats a made-up source with "[lacking]" marks and no statement as two witnesses', () => {
    const source = `Olena Petrenko’s Appeal to the Kyiv Council

Dear friends,

We ask for bread [lacking] and for schools [lacking] and for roads [lacking]. The
harvest was poor [wretched] this year. [We demand more.] [sic]

O. Petrenko`
    const { witnesses, editorial } = run(source)
    const kinds = witnesses[0]?.variants.map((v) => `${v.kind}:${v.baseReading}`)
    assert.deepEqual(kinds, [
      'omission:bread',
      'omission:schools',
      'omission:roads',
      'substitution:poor',
      'addition:',
    ])
    assert.equal(editorial.length, 1)
  })

  it('returns editorial insertions of a text that has no second witness', () => {
    const source =
      'The [October 19] reply to my letter [of October 8] was [sic] late [which discussed it — editor].'
    const { witnesses, editorial } = run(source)
    assert.equal(witnesses.length, 0)
    assert.equal(editorial.length, 4)
  })
})
