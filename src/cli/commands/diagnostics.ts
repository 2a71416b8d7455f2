import type { Command } from 'commander'
import type { DiagnosticRecord } from '../../core/index.ts'
import { UsageError } from '../../core/index.ts'
import { openStore } from '../open-store.ts'
import { printJson, printLine } from '../output.ts'

/** One diagnostic as a line: `file:line:column severity reason rule-id`. */
export function formatDiagnostic(d: DiagnosticRecord): string {
  const place = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`
  return `${place} ${d.severity} ${d.reason} ${d.ruleId}`
}

export function registerDiagnosticsCommand(program: Command): void {
  program
    .command('diagnostics')
    .description('List what the importer could not read, parse or link, with the place in the file')
    .option('--source <id-or-file>', 'only this source')
    .option('--severity <level>', 'error, warning or info')
    .option('--json', 'print as JSON')
    .action(async (options: { source?: string; severity?: string; json?: boolean }) => {
      const severity = options.severity
      if (severity !== undefined && !['error', 'warning', 'info'].includes(severity)) {
        throw new UsageError(`Unknown severity "${severity}": use error, warning or info`)
      }
      const store = await openStore(program.opts<{ db?: string }>().db)
      try {
        const list = await store.listDiagnostics({
          ...(options.source === undefined ? {} : { source: options.source }),
          ...(severity === undefined ? {} : { severity: severity as DiagnosticRecord['severity'] }),
        })
        if (options.json) return printJson(list)
        for (const d of list) printLine(formatDiagnostic(d))
        const count = (s: string) => list.filter((d) => d.severity === s).length
        printLine(`\n${count('error')} errors, ${count('warning')} warnings, ${count('info')} notices`)
      } finally {
        await store.close()
      }
    })
}
