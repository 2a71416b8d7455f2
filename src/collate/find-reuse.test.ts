import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findReuse, type ReuseDocument } from './find-reuse.ts'

/** Made-up background documents, so that the collection has ordinary vocabulary to weigh terms against. */
function background(count: number, words: number, seed = 11): ReuseDocument[] {
  let state = seed
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return (state >>> 8) % n
  }
  const vocabulary = Array.from({ length: 4000 }, (_, k) => `w${k.toString(36)}q`)
  return Array.from({ length: count }, (_, d) => ({
    sourceId: `source:bg${d % 7}`,
    documentId: `doc:bg${d}`,
    text: Array.from({ length: words }, () =>
      random(3) === 0 ? 'the' : (vocabulary[Math.min(random(4000), random(4000))] as string),
    ).join(' '),
  }))
}

const doc = (id: string, text: string, sourceId = `source:${id}`): ReuseDocument => ({
  sourceId,
  documentId: `doc:${id}`,
  text,
})

// Real, short: a sentence of the Baku letter (1924) in two English translations, one quoted in a 1926 speech.
const EVALUATION_1 =
  'It is disastrous for the cause of the real socialist revolution. Our evaluation of Western European Social ' +
  'Democratic parties deeply departs from those evaluations, given by our leaders. They regard all leading cadres ' +
  'of these parties as traitors, lackeys of the bourgeoisie.'
const EVALUATION_2 =
  "The platform goes on to say that 'our evaluation of the Western European social democratic parties differs " +
  "profoundly from those evaluations that are given by our leaders.' Finally the platform states that the " +
  'leading cadres of those parties are regarded as traitors and lackeys of the bourgeoisie.'

// Made up: one paragraph in two translations, and a third text on the same subject that quotes neither.
const TRANSLATION_1 =
  'The harvest committee reported that the granaries of the northern district stood empty by midwinter, and the ' +
  'millers refused to grind the seed corn, fearing requisition by the provincial commissars. The peasants ' +
  'slaughtered their cattle rather than surrender them, and the villages sent petitions to the capital begging ' +
  'for bread and for the return of confiscated horses.'
const TRANSLATION_2 =
  'According to the harvest committee, by the middle of winter the granaries in the northern district were empty; ' +
  'millers would not grind the seed corn because they feared requisitions by provincial commissars. Peasants ' +
  'slaughtered cattle instead of surrendering them, and villages petitioned the capital, begging for bread and ' +
  'the return of the horses that had been confiscated.'
const SAME_TOPIC =
  'Zinoviev told the Central Committee that the harvest in the northern district had failed. Stalin answered ' +
  'that the commissars there had done their duty, and the Politburo recalled two of them to Moscow in the spring.'

describe('findReuse', () => {
  it('finds a passage copied word for word into another source, at its place in both texts', () => {
    const copied =
      'Remember we are waging a struggle, not with England alone, but with the whole capitalist world.'
    const a = doc('a', `Some opening words about a plenum. ${copied} Closing words of the letter follow.`)
    const b = doc('b', `The editors quote him: “${copied}” They add their own comment afterwards.`)
    const pairs = findReuse([a, b, ...background(30, 300)])
    assert.equal(pairs.length, 1)
    const [pair] = pairs
    assert.equal(pair?.rule, 'collate/reuse:verbatim')
    assert.equal(
      a.text.slice(pair?.a.span.start, pair?.a.span.end),
      'Remember we are waging a struggle, not with England alone, but with the whole capitalist world',
    )
    assert.equal(pair?.b.documentId, 'doc:b')
    assert.ok((pair?.alignment.length ?? 0) >= 1)
  })

  it('finds a sentence quoted in another translation (Baku letter, 1924 and 1926)', () => {
    const pairs = findReuse([
      doc('letter', EVALUATION_1),
      doc('speech', EVALUATION_2),
      ...background(30, 300),
    ])
    assert.equal(pairs.length, 1)
    assert.equal(pairs[0]?.rule, 'collate/reuse:paraphrase')
    assert.match(
      EVALUATION_2.slice(pairs[0]?.b.span.start, pairs[0]?.b.span.end),
      /^evaluation of the Western/,
    )
  })

  it('finds a made-up paragraph in a second translation, but not a text on the same subject', () => {
    const pairs = findReuse([
      doc('first', TRANSLATION_1),
      doc('second', TRANSLATION_2),
      doc('other', SAME_TOPIC),
      ...background(30, 300),
    ])
    assert.deepEqual(
      pairs.map((p) => [p.a.documentId, p.b.documentId]),
      [['doc:first', 'doc:second']],
    )
    assert.ok((pairs[0]?.score ?? 0) > 0.5)
  })

  it('never pairs a document with itself, and keeps offsets into the source text', () => {
    const alone = findReuse([doc('twice', `${TRANSLATION_1} ${TRANSLATION_1}`), ...background(10, 200)])
    assert.deepEqual(alone, [])
    const source = `Heading\n${TRANSLATION_1}\n${TRANSLATION_2}`
    const start = source.indexOf(TRANSLATION_2)
    const pairs = findReuse([
      { sourceId: 'source:s', documentId: 'doc:1', text: TRANSLATION_1, offset: 8 },
      { sourceId: 'source:s', documentId: 'doc:2', text: TRANSLATION_2, offset: start },
      ...background(10, 200),
    ])
    const b = pairs[0]?.b.span
    assert.ok((b?.start ?? 0) > start)
    assert.match(source.slice(b?.start, b?.end), /^harvest committee, by the middle of winter/)
  })

  it('never runs a passage across a document nested in the middle of the quoted paragraph', () => {
    // Made up: a chapter quotes a paragraph whose print is interrupted by a letter nested in the chapter.
    const before =
      'The harvest committee reported that the granaries of the northern district stood empty by midwinter, and ' +
      'the millers refused to grind the seed corn, fearing requisition by the provincial commissars.'
    const after =
      'The peasants slaughtered their cattle rather than surrender them, and the villages sent petitions.'
    const letter =
      'Dear comrade Orlov, the telegraph line to Saratov is down again; send the courier with the ciphers and ' +
      'the minutes of the bureau by the morning train. Yours, Petrovsky.'
    const chapter = `${before}\n\n${letter}\n\n${after}`
    const nested = { start: chapter.indexOf(letter), end: chapter.indexOf(letter) + letter.length }
    const pairs = findReuse([
      { ...doc('chapter', chapter), skip: [nested] },
      { ...doc('letter', letter, 'source:chapter'), offset: nested.start },
      doc('copy', `A later memoir prints the report whole: ${before} ${after} So the memoir.`),
      ...background(30, 300),
    ])
    assert.equal(pairs.length, 1)
    const [pair] = pairs
    assert.deepEqual([pair?.a.documentId, pair?.b.documentId], ['doc:chapter', 'doc:copy'])
    const span = pair?.a.span ?? { start: 0, end: 0 }
    assert.ok(span.end <= nested.start || span.start >= nested.end, chapter.slice(span.start, span.end))
    assert.match(chapter.slice(span.start, span.end), /^harvest committee reported .* commissars$/)
    assert.equal(pair?.rule, 'collate/reuse:verbatim')
  })

  it('refuses documents with the same id', () => {
    assert.throws(() => findReuse([doc('a', 'x'), doc('a', 'y')]), {
      message: 'Cannot find reuse: document ids repeat',
    })
  })

  it('searches a text given twice (a file imported twice) once: its copy adds no pair', () => {
    const text = `${TRANSLATION_1} ${SAME_TOPIC}`
    const once = findReuse([doc('a', text), doc('b', TRANSLATION_2), ...background(20, 300)])
    const twice = findReuse([
      doc('a', text),
      doc('copy', text),
      doc('b', TRANSLATION_2),
      ...background(20, 300),
    ])
    assert.equal(once.length, 1)
    assert.deepEqual(twice, once)
  })

  it('pairs a passage with a few of its many near-copies, not with all of them', () => {
    const copies = Array.from({ length: 20 }, (_, k) => doc(`c${k}`, `Copy ${k}. ${TRANSLATION_1}`))
    const pairs = findReuse([...copies, ...background(40, 300)])
    // All pairs of 20 copies would be 190; each window seeds at most 8 pairs.
    assert.ok(pairs.length >= 20 && pairs.length <= 20 * 8, `${pairs.length} pairs`)
  })

  it('searches 1,000 documents of 1,500 words (about 10 MB) in seconds, finding the one planted copy', () => {
    const documents = background(1000, 1500, 5)
    const planted = documents[700] as ReuseDocument
    documents[700] = { ...planted, text: `${planted.text} ${TRANSLATION_1}` }
    const host = documents[100] as ReuseDocument
    documents[100] = { ...host, text: `${TRANSLATION_2} ${host.text}` }
    const started = performance.now()
    const pairs = findReuse(documents)
    const elapsed = performance.now() - started
    console.log(`findReuse on 1,000 documents: ${pairs.length} pairs in ${Math.round(elapsed)} ms`)
    assert.deepEqual(
      pairs.map((p) => [p.a.documentId, p.b.documentId]),
      [['doc:bg100', 'doc:bg700']],
    )
    assert.ok(elapsed < 30000, `took ${Math.round(elapsed)} ms`)
  })
})
