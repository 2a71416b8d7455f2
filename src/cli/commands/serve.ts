import cluster from 'node:cluster'
import { availableParallelism } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../core/index.ts'
import { authorityFolders, loadAuthority } from '../../importer/index.ts'
import { createApp } from '../../server/index.ts'
import { openStore, resolveDbPath } from '../open-store.ts'
import { printLine } from '../output.ts'
import { reportListening, runServerProcesses } from '../serve-cluster.ts'
import { wholeNumber } from '../whole-number.ts'

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the edition over HTTP: the REST API (OpenAPI at /api/openapi.json) and the web edition',
    )
    .option('--host <host>', 'address to listen on; another than 127.0.0.1 shares the edition', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', wholeNumber('--port', 0, 65535), 3000)
    .option('--token <token>', 'access token that import requires (env FOND_TOKEN); without one, read-only')
    .option(
      '--workers <n>',
      'server processes answering at once (a read-only server: default one per core, at most 4; with --token: 1)',
      wholeNumber('--workers', 1, 64),
    )
    .action(async (options: { host: string; port: number; token?: string; workers?: number }) => {
      const globals = program.opts<{ db?: string; authority?: string }>()
      const token = options.token ?? process.env.FOND_TOKEN
      const readOnly = token === undefined || token === ''
      const workers = options.workers ?? (readOnly ? Math.min(4, availableParallelism()) : 1)
      if (!readOnly && workers > 1)
        throw new UsageError(
          'Imports need one server process: with --token, give --workers 1 (or leave it out)',
        )
      if (workers > 1 && cluster.isPrimary) {
        // The store is opened (and migrated) once here, so that the processes do not migrate it at once.
        await (await openStore(globals.db)).close()
        process.exitCode = await runServerProcesses(workers, 'read-only')
        return
      }
      const authority = loadAuthority(authorityFolders(globals.authority))
      const store = await openStore(globals.db)
      // Uploaded files are kept beside the database (a shared PostgreSQL store keeps them in a temp folder).
      const location = resolveDbPath(globals.db)
      const uploadDir =
        /^postgres(ql)?:\/\//.test(location) || location === ':memory:'
          ? undefined
          : join(dirname(resolve(location)), 'uploads')
      const app = createApp({
        store,
        authority,
        ...(uploadDir === undefined ? {} : { uploadDir }),
        logger: { level: 'warn' },
        warm: true,
        ...(token === undefined || token === '' ? {} : { token }),
      })
      try {
        const address = await app.listen({ host: options.host, port: options.port })
        if (cluster.isWorker) reportListening(address)
        else {
          const mode = readOnly ? 'read-only' : 'imports need the access token'
          printLine(`fond serves the edition at ${address} (${mode}); API: ${address}/api/openapi.json`)
          printLine('Press Ctrl+C to stop.')
        }
        // Serve until asked to stop, then close the server and the store in turn.
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve)
          process.once('SIGTERM', resolve)
        })
      } finally {
        await app.close()
        await store.close()
        // A server process of several lets go of its primary, or the open channel would keep it alive.
        if (cluster.isWorker) process.disconnect?.()
      }
    })
}
