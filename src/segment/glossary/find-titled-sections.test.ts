import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Document } from '../../core/index.ts'
import { findTitledSections } from './find-titled-sections.ts'

const GLOSSARY = /^glossary(?: of names)?$/i

describe('findTitledSections', () => {
  it('takes a Markdown section up to the next heading of the same or a higher level', () => {
    const text =
      '# Book\n\n## Glossary of Names\n\n**A, B.** (1900–1950).\n\n### Sub\n\nx\n\n# Index\n\n- A, 1\n'
    const [section] = findTitledSections(text, [], 'glossary', GLOSSARY)
    assert.equal(
      text.slice(section?.span.start, section?.span.end),
      '## Glossary of Names\n\n**A, B.** (1900–1950).\n\n### Sub\n\nx\n\n',
    )
    assert.equal(text.slice(section?.bodyStart).startsWith('\n**A, B.**'), true)
  })

  it('ignores a contents line and a short bold paragraph, and finds a plain-text title', () => {
    const text =
      'Contents\n\nGlossary\t251\n\nchapter text\n\nGLOSSARY\n\nSmith, John (1890–1950). Printer.\n'
    const sections = findTitledSections(text, [], 'glossary', GLOSSARY)
    assert.equal(sections.length, 1)
    assert.equal(text.slice(sections[0]?.span.start).startsWith('GLOSSARY'), true)
  })

  it('prefers the documents of the type when the structure stage gave them', () => {
    const doc = { type: 'glossary', span: { start: 5, end: 20 } } as Document
    const text = '0123\nGlossary\nentries here\n'
    const [section] = findTitledSections(text, [doc], 'glossary', GLOSSARY)
    assert.deepEqual(section?.span, { start: 5, end: 20 })
    assert.equal(section?.bodyStart, 14)
    assert.equal(section?.origin, 'document')
  })
})
