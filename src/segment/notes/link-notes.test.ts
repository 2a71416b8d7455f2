import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic, Document, DocumentType, SourceText, StageContext } from '../../core/index.ts'
import { createId, identityMap } from '../../core/index.ts'
import { linkNotes } from './link-notes.ts'

const SOURCE = createId('source', 'test')

function run(text: string, documents: readonly Document[] = []) {
  const source: SourceText = {
    sourceId: SOURCE,
    format: 'markdown',
    raw: text,
    text,
    map: identityMap(text.length),
    removals: [],
    nonProse: [],
  }
  const diagnostics: Diagnostic[] = []
  const context: StageContext = { sourceId: SOURCE, report: (d) => diagnostics.push(d) }
  const result = linkNotes(source, documents, context)
  const noteText = (id: string | undefined) => {
    const note = result.notes.find((n) => n.id === id)
    return note === undefined ? undefined : text.slice(note.span.start, note.span.end)
  }
  const links = result.markers.map((m) => [
    m.label,
    text.slice(m.span.start, m.span.end),
    noteText(m.noteId)?.slice(0, 12),
  ])
  return { ...result, links, diagnostics }
}

function doc(type: DocumentType, text: string, from: string, to?: string): Document {
  const start = text.indexOf(from)
  const end = to === undefined ? text.length : text.indexOf(to)
  return {
    id: createId('doc', `${type}-${start}`),
    sourceId: SOURCE,
    type,
    title: from,
    span: { start, end },
    addressees: [],
    insertions: [],
    blocks: [],
    order: start,
    rule: 'test',
  }
}

describe('linkNotes', () => {
  it('links <sup> markers of a letter to the numbered notes after its body', () => {
    const text =
      '## Letter 1\n\n*Com. Molotov,*<sup>1</sup>\n\nThe gross yield is 500 million poods.<sup>2</sup>\n\n' +
      'Regards,  \nJ. Stalin\n\n1. In the upper right-hand corner there is a notation by Molotov.\n\n' +
      '2. A pood is 36 pounds avoirdupois—Trans.\n'
    const { links, notes, diagnostics } = run(text)
    assert.deepEqual(links, [
      ['1', '<sup>1</sup>', 'In the upper'],
      ['2', '<sup>2</sup>', 'A pood is 36'],
    ])
    assert.equal(notes[0]?.kind, 'endnote')
    assert.deepEqual(diagnostics, [])
  })

  it('restarts the numbering per letter even when a letter heading is a plain line', () => {
    const text =
      "Dear Viacheslav,<sup>1</sup>\n\nText.\n\n1. Molotov's notation.\n\nLetter 13\n\n" +
      'Com. Molotov,<sup>1</sup>\n\nMore.<sup>2</sup>\n\n1. Dated 1926.\n\n2. See note 4.\n'
    const { links } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ["Molotov's no", 'Dated 1926.', 'See note 4.'],
    )
  })

  it('keeps a numbered list in the body apart from the notes (markers inside the list items)', () => {
    const text =
      'Dear Viacheslav,<sup>1</sup>\n\n1. The declaration is good,<sup>2</sup> the answer is bad.\n' +
      '2. Trotsky should go to Japan.\n\nGreetings,\n\n1. A notation from Molotov.\n\n2. The reference is to a resolution.\n'
    const { links } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ['A notation f', 'The referenc'],
    )
  })

  it('keeps a list quoted inside a note apart from the notes after it', () => {
    const text =
      'Hello,<sup>1</sup> one<sup>2</sup> two<sup>3</sup>\n\n1. A notation.\n\n2. The decree reads:\n\n' +
      '1. Provide aid.\n\n2. Implement decrees.\n\n3. Eliminate the practice.\n\n4. Require the courts.\n\n3. See note 4.\n'
    const { links } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ['A notation.', 'The decree r', 'See note 4.'],
    )
  })

  it('links page-foot notes set in the middle of a sentence, with numbering running on across headings', () => {
    const text =
      '# Introduction\n\nThe letters.<sup>1</sup> They were throughout the collec-\n\n1. Anne Rassweiler.\n\n\n' +
      'tion. Taken together.\n\n## Stalin at Work\n\nHe wrote.<sup>2</sup>\n\n2. RTsKhIDNI f. 558.\n\nMore text.\n'
    const { links, notes } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ['Anne Rasswei', 'RTsKhIDNI f.'],
    )
    assert.equal(notes[0]?.kind, 'footnote')
  })

  it('uses the innermost letter or chapter as the notes sequence when documents are given', () => {
    const text =
      'Intro.<sup>1</sup>\n\n1. Chapter note.\n\nLetter A\n\nDear,<sup>1</sup>\n\n1. Letter note.\n'
    const chapter = doc('chapter', text, 'Intro.')
    const letter = doc('letter', text, 'Letter A')
    const { notes, markers } = run(text, [chapter, letter])
    assert.deepEqual(
      notes.map((n) => n.documentId),
      [chapter.id, letter.id],
    )
    assert.equal(markers[1]?.documentId, letter.id)
    assert.equal(markers[1]?.noteId, notes[1]?.id)
  })

  it('links Pandoc ^[n] markers to [n] endnotes, a note split by a blank line included', () => {
    const text =
      'The party must live.^[1] On the eve^[2] of it.\n\n[RGASPI, f.51, op.1]\n\n[1] Trotsky is referring to the fact.\n\n' +
      '[2] The oppositional group “Workers Truth” was\n\nfrom the working class.\n'
    const { links, notes } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ['Trotsky is r', 'The oppositi'],
    )
    assert.match(text.slice(notes[1]?.span.start, notes[1]?.span.end), /working class\.$/)
  })

  it('links a [n] marker glued to a word to a numbered note at the very end, without a final newline', () => {
    const text =
      'Growth was several times ten per cent.[1]\n\nUpon all of us.\n\n  1. We shall consider in detail.'
    assert.deepEqual(run(text).links, [['1', '[1]', 'We shall con']])
  })

  it('links Markdown [^a] footnotes by label', () => {
    const text = 'A claim.[^src] Another.[^2]\n\n[^2]: Second.\n[^src]: The source.\n'
    assert.deepEqual(
      run(text).links.map((l) => l[2]),
      ['The source.', 'Second.'],
    )
  })

  it('reads page-foot blocks after a rule line, numbered without a full stop and continuing elsewhere', () => {
    const text =
      'Russia lost many people<sup>18</sup>. Cheka<sup>19</sup> and discussions were\n\n---\n\n' +
      '18 See *Naseleniye Rossii*, pp. 129–133.\n\n19 Cheka was to be replaced by GPU.\n\nallowed at the universities.\n\n' +
      '1921 is significant.<sup>20</sup>\n\n---\n\n20 This refers to the *Smenovekhovtsy*.\n'
    const { links } = run(text)
    assert.deepEqual(
      links.map((l) => l[2]),
      ['See *Naselen', 'Cheka was to', 'This refers '],
    )
  })

  it('reports a marker whose note text is missing and goes on', () => {
    const text = 'One.<sup>1</sup> Two.<sup>2</sup>\n\n1. First.\n'
    const { markers, diagnostics } = run(text)
    assert.equal(markers[1]?.noteId, undefined)
    assert.deepEqual(
      diagnostics.map((d) => [d.ruleId, d.severity, d.reason]),
      [
        [
          'footnote-without-note',
          'warning',
          'Cannot link note marker "2": no note with that label in its notes sequence',
        ],
      ],
    )
  })

  it('reports a note that no marker points to', () => {
    const text = 'Body.<sup>1</sup>\n\n1. First.\n\n[2] A stray endnote.\n'
    assert.deepEqual(
      run(text).diagnostics.map((d) => d.ruleId),
      ['note-without-marker'],
    )
  })
})

describe('linkNotes at a page foot', () => {
  it('ends a complete note where the body resumes mid-sentence after it', () => {
    const text = [
      '## Preface',
      '',
      'The archive opened in 1991.<sup>1</sup> What the boxes held is told by',
      '',
      '1. See the inventory of 1992, 4–7.',
      '',
      'the keepers themselves, who wrote it down.',
    ].join('\n')
    const { notes } = run(text)
    assert.equal(notes.length, 1)
    const note = notes[0]
    assert.ok(note)
    assert.equal(text.slice(note.span.start, note.span.end), 'See the inventory of 1992, 4–7.')
  })
})
