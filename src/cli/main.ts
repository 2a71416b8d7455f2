#!/usr/bin/env node
import { Command, CommanderError } from 'commander'
import { NotFoundError, UsageError } from '../core/index.ts'
import { registerCitationsCommand } from './commands/citations.ts'
import { registerCollateCommand } from './commands/collate.ts'
import { registerConflictsCommand } from './commands/conflicts.ts'
import { registerDiagnosticsCommand } from './commands/diagnostics.ts'
import { registerDocumentsCommand } from './commands/documents.ts'
import { registerEntitiesCommands } from './commands/entities.ts'
import { registerEvalCommand } from './commands/eval.ts'
import { registerExportCommand } from './commands/export.ts'
import { registerFactsCommand } from './commands/facts.ts'
import { registerImportCommand } from './commands/import.ts'
import { registerMembersCommands } from './commands/members.ts'
import { registerRestoreCommand } from './commands/restore.ts'
import { registerReuseCommand } from './commands/reuse.ts'
import { registerSearchCommand } from './commands/search.ts'
import { registerServeCommand } from './commands/serve.ts'
import { registerShowCommand } from './commands/show.ts'
import { registerSourcesCommand } from './commands/sources.ts'
import { registerTimelineCommand } from './commands/timeline.ts'
import { registerWhoCommand } from './commands/who.ts'
import { DEFAULT_DB_PATH } from './open-store.ts'
import { EXIT } from './output.ts'

/** Builds the `fond` command line. */
export function createProgram(): Command {
  const program = new Command()
  program
    .name('fond')
    .description(
      'Turn a pile of historical sources into a cited, searchable digital edition.\n' +
        'Every document, note and entry keeps the file, the lines and the rule it came from.',
    )
    .option(
      '--db <file-or-url>',
      `the edition database: a SQLite file or a postgres:// URL (env FOND_DB; default ${DEFAULT_DB_PATH})`,
    )
    .option(
      '--authority <folder>',
      'a folder of your own authority files (env FOND_AUTHORITY; see data/authority)',
    )
    .option('--debug', 'print stack traces of unexpected errors')
    .showHelpAfterError()
    .exitOverride()
  registerImportCommand(program)
  registerSourcesCommand(program)
  registerDocumentsCommand(program)
  registerShowCommand(program)
  registerSearchCommand(program)
  registerEntitiesCommands(program)
  registerCitationsCommand(program)
  registerDiagnosticsCommand(program)
  registerEvalCommand(program)
  registerFactsCommand(program)
  registerWhoCommand(program)
  registerMembersCommands(program)
  registerTimelineCommand(program)
  registerConflictsCommand(program)
  registerExportCommand(program)
  registerRestoreCommand(program)
  registerCollateCommand(program)
  registerReuseCommand(program)
  registerServeCommand(program)
  for (const command of program.commands) command.exitOverride()
  program.addHelpText(
    'after',
    `\nExit codes: ${EXIT.ok} ok, ${EXIT.failure} unexpected failure, ${EXIT.usage} usage error, ` +
      `${EXIT.notFound} not found, ${EXIT.problems} problems found (--strict)`,
  )
  return program
}

/** Runs the CLI: one top-level catch prints the message (the stack only with --debug) and sets the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram()
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok
      return EXIT.usage
    }
    if (error instanceof UsageError) {
      process.stderr.write(`fond: ${error.message}\n`)
      return EXIT.usage
    }
    if (error instanceof NotFoundError) {
      process.stderr.write(`fond: ${error.message}\n`)
      return EXIT.notFound
    }
    const debug = argv.includes('--debug')
    process.stderr.write(
      `fond: ${debug && error instanceof Error ? (error.stack ?? error.message) : String((error as Error)?.message ?? error)}\n`,
    )
    return EXIT.failure
  }
}

// A reader that stops early (`fond facts | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok)
  throw error
})

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2))
}
