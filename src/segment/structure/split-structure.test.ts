import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic, Document, SourceText } from '../../core/index.ts'
import { createId, identityMap } from '../../core/index.ts'
import { splitStructure } from './split-structure.ts'

function split(text: string): { docs: Document[]; diagnostics: Diagnostic[] } {
  const sourceId = createId('source', 'test')
  const source: SourceText = {
    sourceId,
    format: 'markdown',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
  const diagnostics: Diagnostic[] = []
  const docs = splitStructure(source, { sourceId, report: (d) => diagnostics.push(d) })
  return { docs, diagnostics }
}

const at = (
  text: string,
  doc: Document | undefined,
  key: 'heading' | 'headerDate' | 'signoffDate' | 'signer' | 'place' | 'salutation',
): string | undefined => {
  const field = doc?.[key]
  return field === undefined ? undefined : text.slice(field.span.start, field.span.end)
}

/** Real excerpt: letter 1 of the Molotov edition, shortened. */
const REAL = `# 1925

THE LETTERS preserved in the archive begin in the summer.

## Letter 1

[12 July 1925]

Rostov 7/12

*Com. Molotov,*<sup>1</sup>

I would like you to show this letter to the seven after you have read it.

Regards,<sup>4</sup>  
J. Stalin

P.S. I'm leaving for Sochi today.

1. In the upper right-hand corner there is a notation by Molotov: "1925=?"

---

Letter 2
[Later than 1 August 1925]

To the Seven:

The business is settled.

J. Stalin
`

/** Made up: another collection in the same conventions, day-first dates, "Document N" headings. */
const MADE_UP = `# Contents

Preface\tix
Appendix: Two Reports\t201
Index\t230

# Preface

We print the letters to Ivan Petrov as written.

# 1919

## Document 1

[3 March 1919]

Petrograd, 14/3/19

Dear Ivan,

The work goes on. Ivan Petrov will know more than I do.

Yours, A. Kuzmina

28/3/19

## Document 2

[No later than 2 April 1919]

TELEGRAM FROM KUZMINA TO PETROV

Urgent. Send the grain.

Kuzmina

## Document 3

[April 1919]

Petrov,

This is short.

A. Kuzmina

1. A note from Kuzmina written on the back of a report.

# Two Reports

Report on the grain

(translated by the editor from *Izvestiia*, 1919)

5 May 1919

The grain arrived.

# Index

Petrov, I., 3
`

describe('splitStructure', () => {
  it('reads the letters of a real excerpt with their fields and exact spans', () => {
    const { docs } = split(REAL)
    const [chapter, one, two] = docs
    assert.equal(chapter?.type, 'chapter')
    assert.equal(one?.type, 'letter')
    assert.equal(one?.parentId, chapter?.id)
    assert.equal(at(REAL, one, 'heading'), 'Letter 1')
    assert.equal(one?.editorialDate?.text, '12 July 1925')
    assert.equal(one?.editorialDate?.iso, '1925-07-12')
    assert.equal(at(REAL, one, 'headerDate'), '7/12')
    assert.equal(at(REAL, one, 'place'), 'Rostov')
    assert.equal(at(REAL, one, 'salutation'), 'Com. Molotov,')
    assert.equal(at(REAL, one, 'signer'), 'J. Stalin')
    assert.deepEqual(one?.addressees, ['Molotov'])
    assert.ok(one?.blocks.some((b) => b.type === 'postscript'))
    assert.equal(two?.number, '2')
    assert.equal(two?.editorialDate?.qualifier, 'after')
    assert.equal(two?.editorialDate?.bound, '1925-08-01')
    assert.deepEqual(two?.addressees, ['the Seven'])
    assert.deepEqual(
      docs.map((d) => d.order),
      [1, 2, 3],
    )
  })

  it('reads a made-up collection: contents, telegram, note, appendix document, index', () => {
    const { docs } = split(MADE_UP)
    const types = docs.map((d) => `${d.type}${d.number === undefined ? '' : ` ${d.number}`}`)
    assert.deepEqual(types, [
      'front-matter',
      'front-matter',
      'chapter',
      'letter 1',
      'telegram 2',
      'note 3',
      'chapter',
      'appendix-document A1',
      'index',
    ])
    const [one, two, three] = docs.filter((d) => d.number !== undefined)
    assert.equal(at(MADE_UP, one, 'headerDate'), '14/3/19')
    assert.equal(at(MADE_UP, one, 'place'), 'Petrograd')
    assert.equal(at(MADE_UP, one, 'signer'), 'A. Kuzmina')
    assert.equal(at(MADE_UP, one, 'signoffDate'), '28/3/19')
    assert.deepEqual(one?.addressees, ['Petrov'])
    assert.deepEqual(two?.addressees, ['Petrov'])
    assert.equal(two?.author, 'Kuzmina')
    assert.equal(two?.editorialDate?.qualifier, 'no_later_than')
    assert.equal(three?.date?.iso, '1919-04')
    const appendix = docs.find((d) => d.type === 'appendix-document')
    assert.equal(at(MADE_UP, appendix, 'headerDate'), '5 May 1919')
  })

  it('makes a plain-text article with sections found by layout', () => {
    const text = `${'Alarm Signal\n\nFrom a wiki\nJump to navigation\n\nPART I[edit source]\n\nA long paragraph of prose that goes on. '.padEnd(
      260,
      'x',
    )}\n\nMoney Inflation[edit source]\n\nMore prose here.\n\nL. Trotsky\n`
    const { docs } = split(text)
    assert.deepEqual(
      docs.map((d) => `${d.type}:${d.title}`),
      ['article:Alarm Signal', 'part:PART I', 'section:Money Inflation'],
    )
    assert.equal(at(text, docs[1], 'heading'), 'PART I')
  })

  it('reports a gap in item numbers', () => {
    const { diagnostics } = split('# 1920\n\n## Letter 1\n\nText.\n\n## Letter 3\n\nText.\n')
    assert.equal(diagnostics[0]?.reason, 'Cannot find item "2": the item after "1" is numbered "3"')
  })
})
