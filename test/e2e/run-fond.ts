import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const BIN = fileURLToPath(new URL('../../bin/fond.js', import.meta.url))

/** Runs the real `fond` command in a child process and returns its exit code and output. */
export function runFond(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Where the shared corpus lives, beside the project. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
export const GOLD_DIR = fileURLToPath(new URL('../../../shared/gold/', import.meta.url))
