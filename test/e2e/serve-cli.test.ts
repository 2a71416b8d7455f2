import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runFond } from './run-fond.ts'

const BIN = fileURLToPath(new URL('../../bin/fond.js', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'fond-serve-'))
const db = join(dir, 'edition.db')
after(() => rmSync(dir, { recursive: true, force: true }))

const LETTERS = `# Letters of a Made-up Trust

## Letter 1

[4 April 1929]

*Com. Volkov,*

The timber for the Kama works is late again.

A. Orlov
`

/** Starts `fond serve` in a child process and resolves with it and its address once it says where it listens. */
function startServer(args: readonly string[]) {
  const child = spawn(process.execPath, [BIN, '--db', db, 'serve', '--port', '0', ...args], { stdio: 'pipe' })
  let output = ''
  const address = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /serves the edition at (http:\/\/[\d.:]+)/.exec(output)
      if (found) resolve(found[1] as string)
    })
    child.once('exit', (code) =>
      reject(new Error(`fond serve stopped (${code}) before listening: ${output}`)),
    )
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, address, exited, output: () => output }
}

describe('fond serve', () => {
  before(() => {
    writeFileSync(join(dir, 'letters.md'), LETTERS)
    assert.equal(runFond(['--db', db, 'import', join(dir, 'letters.md')]).code, 0)
  })

  it('serves a read-only edition from two processes on one port, and stops them all on SIGTERM', async () => {
    const server = startServer(['--workers', '2'])
    const address = await server.address
    assert.match(server.output(), /read-only; 2 processes/)
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => fetch(`${address}/api/search?q=timber`).then((r) => r.json())),
    )
    for (const answer of answers) assert.ok(answer.total >= 1, JSON.stringify(answer))
    assert.equal((await fetch(`${address}/api/import`, { method: 'POST' })).status, 401)
    server.child.kill('SIGTERM')
    assert.equal(await server.exited, 0)
  })

  it('stops every process, exit 1, when one of them dies', async () => {
    const server = startServer(['--workers', '2'])
    await server.address
    // The primary's children are the server processes: end one of them the hard way.
    const children = execFileSync('pgrep', ['-P', String(server.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
    process.kill(Number(children[0]), 'SIGKILL')
    assert.equal(await server.exited, 1)
  })

  it('refuses several processes with an access token (imports need one): exit 2', () => {
    const result = runFond(['--db', db, 'serve', '--workers', '2', '--token', 'secret'])
    assert.equal(result.code, 2)
    assert.match(result.stderr, /Imports need one server process/)
  })
})
