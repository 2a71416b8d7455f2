import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Entity, Mention, Note, NoteId, SourceId, StageContext } from '../../core/index.ts'
import { emptySegmentResult } from '../../core/index.ts'
import type { ExtractInput } from '../extract-options.ts'
import { extractNoteIdentifications } from './note-identifications.ts'

const sourceId = 'source:test' as SourceId
const context: StageContext = { sourceId, report: () => {} }
const bodies: Entity[] = [
  { id: 'body:gosbank', type: 'body', name: 'Gosbank', variants: [], origin: 'authority:b' },
]

/** Each string is one note; the surnames are resolved person mentions. */
function input(notes: readonly string[], surnames: readonly string[]): ExtractInput {
  const text = notes.map((note, index) => `${index + 1}. ${note}`).join('\n\n')
  const noteList: Note[] = notes.map((note, index) => {
    const start = text.indexOf(note)
    const id = `note:${index}` as NoteId
    return {
      id,
      sourceId,
      label: String(index + 1),
      span: { start, end: start + note.length },
      kind: 'endnote',
      rule: 't',
    }
  })
  const mentions: Mention[] = []
  for (const surname of surnames) {
    for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1)) {
      const key = surname.toLowerCase()
      const span = { start: at, end: at + surname.length }
      mentions.push({
        type: 'person',
        span,
        rule: 't',
        confidence: 1,
        surface: surname,
        key,
        entityId: `person:${key}`,
      })
    }
  }
  return {
    text: { text } as ExtractInput['text'],
    segments: { ...emptySegmentResult(), notes: noteList },
    mentions,
    entities: bodies,
  }
}

const brief = (facts: ReturnType<typeof extractNoteIdentifications>) =>
  facts.map(
    (fact) =>
      `${fact.subject} | ${fact.role} | ${fact.institution} | ${fact.start?.text ?? ''} | ${fact.end?.text ?? ''}`,
  )

describe('extractNoteIdentifications', () => {
  it('reads a note printed as a glossary entry with the glossary clause reader (made-up)', () => {
    const facts = extractNoteIdentifications(
      input(['Orlov, P. S. Commissar of finance, 1926–30. Chairman of Gosbank, 1930–32. Shot.'], ['Orlov']),
      context,
    )
    assert.deepEqual(brief(facts), [
      'person:orlov | Commissar | finance | 1926 | 30',
      'person:orlov | Chairman | Gosbank | 1930 | 32',
    ])
    assert.equal(facts[1]?.object, 'body:gosbank')
    assert.equal(facts[0]?.evidence[0].rule, 'extract/posts:note-identification')
  })

  it('reads "X was R of I, period" and appointments with their date (real and made-up excerpts)', () => {
    const facts = extractNoteIdentifications(
      input(
        [
          'P. A. Bogdanov was director of Amtorg (American Trading Corporation) from 1930 to 1934. On 30 July 1930, the Politburo reviewed his statements.',
          'On 10 September 1930, Rozengolts was appointed deputy commissar of trade (ibid., d. 796, l. 9).',
          'Petrova had been secretary of the Kaluga Women’s Section from 1921 until 1924, and Sidorov was appointed editor of *Iskra*.',
        ],
        ['P. A. Bogdanov', 'Rozengolts', 'Petrova', 'Sidorov'],
      ),
      context,
    )
    assert.deepEqual(brief(facts), [
      'person:p. a. bogdanov | director | Amtorg (American Trading Corporation) | 1930 | 1934',
      'person:rozengolts | deputy commissar | trade | 10 September 1930 | ',
      'person:petrova | secretary | Kaluga Women’s Section | 1921 | 1924',
    ])
    assert.equal(facts[1]?.start?.iso, '1930-09-10')
  })

  it('reads nothing from descriptions, suppositions or roles in general', () => {
    const notes = [
      'David Orlov (1870–1938) was a prominent figure in the movement.',
      'If Orlov was chairman of Gosbank, the decision would stand.',
      'The chairman of Gosbank was to report monthly; Orlov disagreed.',
      'Orlov was dismissed from the Commissariat of Trade.',
    ]
    assert.deepEqual(extractNoteIdentifications(input(notes, ['Orlov']), context), [])
  })
})
