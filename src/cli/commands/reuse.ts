import type { Command } from 'commander'
import type { ReusePassageRecord, ReuseRecord } from '../../core/index.ts'
import { NotFoundError } from '../../core/index.ts'
import type { Store } from '../../store/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

/** How many characters of a quote the plain listing shows. */
const QUOTE_WIDTH = 160

export function registerReuseCommand(program: Command): void {
  program
    .command('reuse')
    .description(
      'List text reuse found by `fond import` across all sources: passages found again in another document, ' +
        'copied or in another translation, each with both passages (file, lines, quote)',
    )
    .option('--document <id>', 'only pairs with a passage in this document (see `fond documents`)')
    .option('--across', 'only pairs whose passages stand in two different sources')
    .option('--json', 'print as JSON')
    .action(async (options: { document?: string; across?: boolean; json?: boolean }) => {
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        if (options.document !== undefined && (await store.findDocument(options.document)) === undefined)
          throw new NotFoundError('document', options.document)
        const all = await store.listReuse(
          options.document === undefined ? {} : { documentId: options.document },
        )
        const items = options.across ? all.filter((item) => item.a.sourceId !== item.b.sourceId) : all
        const files = await fileNames(store)
        const passage = (side: ReusePassageRecord) => ({
          source: side.sourceId,
          file: files.get(side.sourceId) ?? side.sourceId,
          document: side.documentId,
          start: side.provenance.span.start,
          end: side.provenance.span.end,
          lines: { start: side.provenance.lineStart, end: side.provenance.lineEnd },
          quote: side.provenance.quote,
        })
        if (options.json) {
          return printJson(
            items.map((item) => ({
              id: item.id,
              score: item.score,
              rule: item.rule,
              a: passage(item.a),
              b: passage(item.b),
            })),
          )
        }
        printLine(`${items.length} reuse pair${items.length === 1 ? '' : 's'}`)
        for (const item of items) printPair(item, files)
      } finally {
        await store.close()
      }
    })
}

async function fileNames(store: Store): Promise<Map<string, string>> {
  return new Map((await store.listSources()).map((source) => [source.id as string, source.name]))
}

function printPair(item: ReuseRecord, files: ReadonlyMap<string, string>): void {
  printLine()
  printLine(`${item.id}  score ${item.score.toFixed(2)}  ${item.rule}`)
  for (const side of [item.a, item.b]) {
    const { lineStart, lineEnd, quote } = side.provenance
    const lines = lineStart === lineEnd ? `${lineStart}` : `${lineStart}-${lineEnd}`
    const text = quote.exact.replace(/\s+/g, ' ').trim()
    const shown = text.length > QUOTE_WIDTH ? `${text.slice(0, QUOTE_WIDTH - 1)}…` : text
    printLine(`  ${files.get(side.sourceId) ?? side.sourceId}:${lines} (${side.documentId})`)
    printLine(`    “${shown}”`)
  }
}
