#!/usr/bin/env node
// The `fond` command: runs the TypeScript CLI with the project's Node (>= 24 strips types natively).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const major = Number(process.versions.node.split('.')[0])
const main = join(root, 'src', 'cli', 'main.ts')
if (major >= 24) {
  const cli = await import(main)
  process.exitCode = await cli.main(process.argv.slice(2))
} else {
  // An older system Node is first on PATH: use the Node 24 that `npm install` put in node_modules.
  const local = join(root, 'node_modules', 'node', 'bin', 'node')
  if (!existsSync(local)) {
    process.stderr.write('fond: needs Node.js 24 or later; run `npm install` in the fond folder first\n')
    process.exit(1)
  }
  const result = spawnSync(local, [main, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(result.status ?? 1)
}
