import type { Command } from 'commander'
import { NotFoundError, UsageError } from '../../core/index.ts'
import { searchDocuments } from '../../server/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'
import { wholeNumber } from '../whole-number.ts'
import { parseTypes } from './documents.ts'

/** Facet values printed per facet in the plain listing. */
const FACET_VALUES = 6

interface SearchOptions {
  source?: string
  type?: string
  year?: string
  person?: string
  body?: string
  limit: number
  offset: number
  json?: boolean
}

export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .argument(
      '<query...>',
      'words (each matches as the start of a word), "an exact phrase" in quotes, or a name in any spelling or script',
    )
    .description(
      'Search the text of the documents across spellings and scripts (Trotsky, Trotskii and Троцкий find one ' +
        'person): the entities the query names, then the documents best first, each with its file, lines and the ' +
        'words around the match, and counts by source, type, year, person and body',
    )
    .option('--source <id-or-file>', 'only documents of this source')
    .option('--type <types>', 'comma-separated document types, e.g. letter,telegram')
    .option('--year <yyyy>', 'only documents dated in this year')
    .option('--person <id>', 'only documents that mention this person (see `fond entities`)')
    .option('--body <id>', 'only documents that mention this body')
    .option('--limit <n>', 'documents shown', wholeNumber('--limit', 1, 200), 20)
    .option('--offset <n>', 'documents skipped (the next page)', wholeNumber('--offset', 0), 0)
    .option('--json', 'print the whole answer as JSON (as GET /api/search gives it)')
    .action(async (words: string[], options: SearchOptions) => {
      const q = words.join(' ').trim()
      if (q === '') throw new UsageError('Give something to search for')
      if (options.year !== undefined && !/^\d{4}$/.test(options.year))
        throw new UsageError(`Invalid --year "${options.year}": use YYYY`)
      const types = parseTypes(options.type)
      const { limit, offset } = options
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        for (const id of [options.person, options.body])
          if (id !== undefined && (await store.findEntity(id)) === undefined)
            throw new NotFoundError('entity', id)
        if (options.source !== undefined && (await store.findSource(options.source)) === undefined)
          throw new NotFoundError('source', options.source)
        const answer = await searchDocuments(store, {
          q,
          limit,
          offset,
          ...(options.source === undefined ? {} : { source: options.source }),
          ...(types === undefined ? {} : { types }),
          ...(options.year === undefined ? {} : { year: options.year }),
          ...(options.person === undefined ? {} : { person: options.person }),
          ...(options.body === undefined ? {} : { body: options.body }),
        })
        // Where each document of the page stands in its file, for a citation.
        const lines = new Map<string, string>()
        for (const found of answer.documents) {
          const doc = await store.findDocument(found.documentId)
          const { lineStart, lineEnd } = doc?.provenance ?? { lineStart: 0, lineEnd: 0 }
          lines.set(found.documentId, lineStart === lineEnd ? `${lineStart}` : `${lineStart}-${lineEnd}`)
        }
        if (options.json)
          return printJson({
            ...answer,
            documents: answer.documents.map(({ snippetHtml: _, ...found }) => ({
              ...found,
              lines: lines.get(found.documentId),
            })),
          })
        printLine(
          `"${q}": ${answer.entities.length} entit${answer.entities.length === 1 ? 'y' : 'ies'}, ` +
            `${answer.total} document${answer.total === 1 ? '' : 's'}`,
        )
        for (const entity of answer.entities) {
          const variants = entity.variants.slice(0, 5).join(', ')
          printLine(
            `  ${entity.id}  ${entity.name}${variants === '' ? '' : ` (${variants})`}; ` +
              `${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`,
          )
        }
        answer.documents.forEach((found, i) => {
          printLine()
          const date = found.date === null ? '' : `, ${found.date}`
          printLine(
            `${offset + i + 1}. ${found.file}:${lines.get(found.documentId)}  ${found.type}  ${found.title}${date}`,
          )
          printLine(`   ${found.documentId}`)
          if (found.snippetHtml !== '') printLine(`   ${terminalSnippet(found.snippetHtml)}`)
        })
        printLine()
        for (const [name, facet] of Object.entries(answer.facets)) {
          if (facet.length === 0) continue
          const shown = facet.slice(0, FACET_VALUES).map((f) => `${f.label} ${f.count}`)
          printLine(`${name}: ${shown.join('; ')}${facet.length > FACET_VALUES ? '; …' : ''}`)
        }
        const last = offset + answer.documents.length
        if (last < answer.total)
          printLine(`Shown ${offset + 1}–${last} of ${answer.total}: --offset ${last} for the next page.`)
      } finally {
        await store.close()
      }
    })
}

/**
 * A snippet for a terminal, from the API's safe HTML of it (only `<mark>` and numeric character references): each
 * match between [ and ]. A "<mark>" printed in the text was escaped, so it stays as printed.
 * @example terminalSnippet('a <mark>&#60;b&#62;</mark>') // 'a [<b>]'
 */
export function terminalSnippet(html: string): string {
  return html
    .replace(/<\/?mark>/g, (tag) => (tag === '<mark>' ? '[' : ']'))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .trim()
}
