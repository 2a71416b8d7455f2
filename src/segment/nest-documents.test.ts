import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Document, DocumentType } from '../core/index.ts'
import { createId } from '../core/index.ts'
import { nestDocuments } from './nest-documents.ts'

function doc(key: string, type: DocumentType, start: number, end: number, parent?: string): Document {
  return {
    id: createId('doc', key),
    sourceId: createId('source', 's'),
    ...(parent === undefined ? {} : { parentId: createId('doc', parent) }),
    type,
    title: key,
    span: { start, end },
    addressees: [],
    insertions: [],
    blocks: [],
    order: 0,
    rule: 'test',
  }
}

const parentOf = (docs: Document[], key: string) => docs.find((d) => d.title === key)?.parentId

describe('nestDocuments', () => {
  it('puts a quoted letter under the section it stands in, and the letter’s own parts under the letter', () => {
    const docs = nestDocuments([
      doc('root', 'source', 0, 100),
      doc('article', 'article', 0, 100, 'root'),
      doc('intro', 'section', 0, 10, 'article'),
      doc('part I', 'section', 22, 40, 'article'),
      doc('letter', 'quoted-document', 15, 60, 'root'),
    ])
    assert.equal(parentOf(docs, 'letter'), 'doc:article')
    assert.equal(parentOf(docs, 'part I'), 'doc:letter')
    assert.deepEqual(
      docs.map((d) => d.title),
      ['root', 'article', 'intro', 'letter', 'part I'],
    )
    assert.deepEqual(
      docs.map((d) => d.order),
      [0, 1, 2, 3, 4],
    )
  })

  it('keeps the section outside when a section and a quoted document cover the same text', () => {
    const docs = nestDocuments([
      doc('root', 'source', 0, 50),
      doc('letter', 'quoted-document', 10, 40, 'root'),
      doc('section', 'section', 10, 40, 'root'),
    ])
    assert.equal(parentOf(docs, 'letter'), 'doc:section')
    assert.equal(parentOf(docs, 'section'), 'doc:root')
  })

  it('leaves a document that overlaps another without being inside it where it was', () => {
    const docs = nestDocuments([
      doc('root', 'source', 0, 50),
      doc('letter', 'quoted-document', 5, 30, 'root'),
      doc('last section', 'section', 20, 50, 'root'),
    ])
    assert.equal(parentOf(docs, 'last section'), 'doc:root')
  })
})
