// Regenerates docs/screenshot.png: a picture of what `fond` prints on the corpus (run deliberately, not in tests).
// Usage: node scripts/render-screenshot.ts   (needs Debian's chromium: apt-get install chromium)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dir = mkdtempSync(join(tmpdir(), 'fond-shot-'))
const db = join(dir, 'edition.db')
const fond = (args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'fond.js'), '--db', db, ...args], {
    cwd: root,
    encoding: 'utf8',
  })
  return result.stdout
}
fond(['import', '../shared/corpus'])
const letters = JSON.parse(fond(['documents', '--type', 'letter', '--json'])) as { id: string }[]
const shown = [
  ['fond sources', fond(['sources'])],
  [
    'fond documents --type letter,telegram --from 1926 --limit 6',
    fond(['documents', '--type', 'letter,telegram', '--from', '1926', '--limit', '6']),
  ],
  [
    `fond show ${letters[0]?.id ?? ''}`,
    fond(['show', letters[0]?.id ?? ''])
      .split('\n')
      .slice(0, 16)
      .join('\n'),
  ],
]
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#1e1f24;color:#e6e6e6;font:13px/1.45 'DejaVu Sans Mono',monospace;padding:18px 22px}
.p{color:#8fd18f}.c{color:#9cc7ff}pre{margin:0 0 14px;white-space:pre}</style>
${shown.map(([cmd, out]) => `<pre><span class="p">$</span> <span class="c">${escapeHtml(cmd ?? '')}</span>\n${escapeHtml((out ?? '').trimEnd())}</pre>`).join('\n')}`
writeFileSync(join(dir, 'page.html'), html)
const shot = spawnSync(
  '/usr/bin/chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--hide-scrollbars',
    '--window-size=1280,900',
    `--screenshot=${join(root, 'docs', 'screenshot.png')}`,
    `file://${join(dir, 'page.html')}`,
  ],
  { encoding: 'utf8' },
)
rmSync(dir, { recursive: true, force: true })
if (shot.status !== 0) throw new Error(`Chromium failed: ${shot.stderr}`)
console.log('Wrote docs/screenshot.png')
