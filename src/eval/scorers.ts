import type { ScorerEntry } from './run-eval.ts'
import { scoreAuthorityPeople } from './score-authority-people.ts'
import { scoreCorrespondence } from './score-correspondence.ts'
import { scoreDates } from './score-dates.ts'
import { scoreFootnotes } from './score-footnotes.ts'
import { scoreGlossary } from './score-glossary.ts'
import { scoreIndex } from './score-index.ts'
import { scoreLetterNotes } from './score-letter-notes.ts'
import { scoreLetters } from './score-letters.ts'
import { scorePeople } from './score-people.ts'
import { scorePosts } from './score-posts.ts'
import { scoreWitnesses } from './score-witnesses.ts'

/** Every scorer `fond eval` runs, keyed by the gold file it reads (the key `fond eval --json` prints). */
export const SCORERS: readonly ScorerEntry[] = [
  { key: 'letters-001.tsv', goldFile: 'letters-001.tsv', scorer: scoreLetters },
  // Correspondence facts of the knowledge graph (issue 4): sender, addressees and date of every item.
  { key: 'letters-001.tsv:correspondence', goldFile: 'letters-001.tsv', scorer: scoreCorrespondence },
  { key: 'glossary-001.tsv', goldFile: 'glossary-001.tsv', scorer: scoreGlossary },
  // Posts of the knowledge graph (issue 4): role, institution, start and end of every glossary position.
  { key: 'glossary-001.tsv:posts', goldFile: 'glossary-001.tsv', scorer: scorePosts },
  { key: 'index-people-001.tsv', goldFile: 'index-people-001.tsv', scorer: scoreIndex },
  // The index and glossary people of the book, each resolved to one entity (issue 3).
  { key: 'index-people-001.tsv:entities', goldFile: 'index-people-001.tsv', scorer: scoreAuthorityPeople },
  { key: 'index-other-001.tsv', goldFile: 'index-other-001.tsv', scorer: scoreIndex },
  // The letters book has no gold file for its notes: this scores the book's own markers and note texts
  // against each other (every marker linked, every note text with a marker), on the source letters-001 describes.
  { key: 'letter-notes-001', goldFile: 'letters-001.tsv', scorer: scoreLetterNotes },
  { key: 'footnotes-other.tsv', goldFile: 'footnotes-other.tsv', scorer: scoreFootnotes },
  { key: 'baku-variants.tsv', goldFile: 'baku-variants.tsv', scorer: scoreWitnesses },
  { key: 'dates-other.tsv', goldFile: 'dates-other.tsv', scorer: scoreDates },
  { key: 'people-other.tsv', goldFile: 'people-other.tsv', scorer: scorePeople },
]

/** Gold files that no scorer reads yet, with the reason (shown by `fond eval`). */
export const NOT_YET_SCORED: Readonly<Record<string, string>> = {}
