import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ownTexts, withoutText, withText } from './document-text.ts'
import { createSampleEdition } from './store.contract.ts'

describe('document text in the store', () => {
  it('stores a document without its text and puts it back from the source text', () => {
    const edition = createSampleEdition()
    const doc = edition.documents[0]
    assert.ok(doc)
    const stored = JSON.parse(withoutText(doc))
    assert.equal(stored.text, '')
    assert.equal(stored.provenance.quote.exact, '')
    assert.deepEqual(withText(stored, edition), doc)
  })

  it('gives each document only the text not held by a document nested in it', () => {
    const edition = createSampleEdition()
    const [first, second] = edition.documents
    assert.ok(first && second)
    const parent = { ...first, id: first.id, textSpan: { start: 0, end: edition.text.length } }
    const child = { ...second, parentId: parent.id }
    const own = ownTexts([parent, child], edition.text)
    assert.equal(own.get(parent.id), edition.text.slice(0, second.textSpan.start))
    assert.equal(own.get(child.id), edition.text.slice(second.textSpan.start, second.textSpan.end))
  })
})
