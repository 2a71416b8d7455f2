import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Document } from '../../core/index.ts'
import { createId } from '../../core/index.ts'
import { context, date, entity, input, name, note, SOURCE_ID, spanOf } from '../events/test-input.ts'
import { extractCorrespondence } from './extract-correspondence.ts'

// A made-up letter in the book's conventions: bracketed editors' date, header date, salutation, a request to show
// the letter to someone, signature, a sign-off date that disagrees with the header, and a note on a reader's mark.
const TEXT = [
  '## Letter 4',
  '',
  '[3 March 1931]',
  '',
  'Tiflis 3/2/31',
  '',
  'Dear Sergo,',
  '',
  'Please show this letter to Kalinin after you have read it. The harvest is late.',
  '',
  'Warm regards,  ',
  'A. Mikoian',
  '',
  '4 March 1931',
  '',
  '1. In the margin is a notation by Rykov: "Agreed."',
].join('\n')

function letter(): Document {
  const id = createId('doc', 'l4')
  const field = (s: string) => ({ text: s, span: spanOf(TEXT, s) })
  return {
    id,
    sourceId: SOURCE_ID,
    type: 'letter',
    number: '4',
    title: 'Letter 4',
    span: { start: 0, end: TEXT.length },
    heading: field('## Letter 4'),
    editorialDate: { ...field('3 March 1931'), iso: '1931-03-03', qualifier: 'exact', rule: 't' },
    headerDate: field('3/2/31'),
    signoffDate: field('4 March 1931'),
    place: field('Tiflis'),
    author: 'Mikoian',
    addressees: ['Sergo'],
    salutation: field('Dear Sergo,'),
    signer: field('A. Mikoian'),
    insertions: [],
    blocks: [],
    order: 1,
    rule: 't',
  }
}

const ENTITIES = [
  entity('person:mikoian-a-i', 'person', 'Mikoian, Anastas Ivanovich', ['Mikoyan']),
  entity('person:ordzhonikidze-g-k', 'person', 'Ordzhonikidze, Grigorii Konstantinovich', ['Sergo']),
  entity('person:kalinin-m-i', 'person', 'Kalinin, Mikhail Ivanovich'),
  entity('person:rykov-a-i', 'person', 'Rykov, Aleksei Ivanovich'),
]

function run() {
  const doc = letter()
  const mentions = [
    name(TEXT, 'Kalinin', 'person', 'person:kalinin-m-i'),
    name(TEXT, 'Rykov', 'person', 'person:rykov-a-i'),
    date(TEXT, '3/2/31', '1931-03-02'),
    date(TEXT, '4 March 1931', '1931-03-04'),
  ]
  const notes = [note(TEXT, 'In the margin is a notation by Rykov: "Agreed."', doc.id)]
  const ctx = context()
  const facts = extractCorrespondence(
    input(TEXT, { documents: [doc], notes, mentions, entities: ENTITIES }),
    ctx,
  )
  return { facts, ctx, doc }
}

describe('extractCorrespondence', () => {
  it('reads sender, addressees, date and place of a letter, resolved to entities', () => {
    const { facts, doc } = run()
    assert.equal(facts.length, 1)
    const [fact] = facts
    assert.equal(fact?.subject, doc.id)
    assert.equal(fact?.predicate, 'wrote-to')
    assert.equal(fact?.object, 'person:ordzhonikidze-g-k')
    assert.equal(fact?.attributes?.sender, 'person:mikoian-a-i')
    assert.equal(fact?.attributes?.signer, 'A. Mikoian')
    assert.deepEqual(fact?.attributes?.addresseesPrinted, ['Sergo'])
    assert.deepEqual(fact?.start, { text: '3 March 1931', iso: '1931-03-03' })
    assert.equal(fact?.attributes?.place, 'Tiflis')
  })

  it('keeps a header date and a sign-off date that disagree, and marks the conflict', () => {
    const { facts, ctx } = run()
    assert.equal(facts[0]?.attributes?.conflict, 'conflicting-dates')
    assert.equal(facts[0]?.attributes?.headerDate, '3/2/31')
    assert.equal(facts[0]?.attributes?.signoffDate, '4 March 1931')
    const quoted = facts[0]?.evidence.map((e) => TEXT.slice(e.span.start, e.span.end)) ?? []
    assert.ok(quoted.includes('3/2/31') && quoted.includes('4 March 1931'))
    assert.equal(ctx.reported.length, 1)
  })

  it('reads the readers a letter asks for and the annotators its notes name', () => {
    const { facts } = run()
    assert.deepEqual(facts[0]?.attributes?.readers, ['person:kalinin-m-i'])
    assert.deepEqual(facts[0]?.attributes?.readersPrinted, ['Kalinin'])
    assert.deepEqual(facts[0]?.attributes?.annotatedBy, ['person:rykov-a-i'])
  })

  it('keeps a collective reader as text when no entity has its name, and gives the same id on every run', () => {
    const text = 'To the Five:\n\nRead it to the five and answer me.\n\nJ. Stalin'
    const { heading, headerDate, signoffDate, editorialDate, place, ...rest } = letter()
    const clean: Document = {
      ...rest,
      span: { start: 0, end: text.length },
      salutation: { text: 'To the Five:', span: spanOf(text, 'To the Five:') },
      signer: { text: 'J. Stalin', span: spanOf(text, 'J. Stalin') },
      addressees: ['the Five'],
    }
    const once = extractCorrespondence(input(text, { documents: [clean] }), context())
    const again = extractCorrespondence(input(text, { documents: [clean] }), context())
    assert.deepEqual(once[0]?.attributes?.readersPrinted, ['the five'])
    assert.deepEqual(once[0]?.attributes?.readers, [])
    assert.equal(once[0]?.attributes?.dateQualifier, 'undetermined')
    assert.equal(once[0]?.id, again[0]?.id)
  })
})
