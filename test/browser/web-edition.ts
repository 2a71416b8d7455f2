import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium } from 'playwright-core'
import { authorityFolders, importSources, loadAuthority } from '../../src/importer/index.ts'
import { createApp } from '../../src/server/index.ts'
import { createSqliteStore, type Store } from '../../src/store/index.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
export const WEB_ROOT = join(ROOT, 'web', 'dist')

/** Debian's Chromium (never a downloaded browser), or undefined when it is not installed. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A source that tries to run script in the page: in its text, its HTML, its links and its notes. */
export const HOSTILE = `# Hostile Papers

## Letter 1

[1 May 1927]

*Com. Rykov,*<sup>1</sup>

<script>alert('script'); document.body.dataset.pwned = 'script'</script>
Hello <img src=x onerror="alert('img'); document.body.dataset.pwned = 'img'"> and [a link](javascript:alert('md')) and <a href="javascript:alert('a')" id="injected-link">raw</a>.

<iframe src="https://evil.example/" id="injected-frame"></iframe>

<p style="position:fixed;top:0" onclick="alert('p')" id="injected-p">Styled paragraph</p>

<svg onload="alert('svg')"></svg><object data="x.swf"></object> <details open ontoggle="alert('details')">x</details>

J. Stalin

1. A note with <script>alert('note')</script> and <b onmouseover="alert('b')">bold</b> <img src=y onerror="alert('note-img')">.
`

/** The access token the test server requires for uploads and imports. */
export const TOKEN = 'browser-test-token'

export interface WebEdition {
  readonly url: string
  readonly browser: BrowserContext
  readonly store: Store
  /** A folder for the test's own files, removed on close. */
  readonly folder: string
  close(): Promise<void>
}

/** Builds the web edition when it is not built yet (npm test builds it before the tests). */
function ensureBuilt(): void {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return
  execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', 'web', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}

/**
 * The corpus and a hostile source imported into a temporary SQLite file, served in-process on a free port with the
 * built web edition, and a headless Chromium with a fresh profile.
 */
export async function startWebEdition(): Promise<WebEdition> {
  if (CHROMIUM === undefined) throw new Error('Chromium is not installed')
  ensureBuilt()
  const folder = mkdtempSync(join(tmpdir(), 'fond-browser-'))
  const hostile = join(folder, 'hostile.md')
  writeFileSync(hostile, HOSTILE)
  const store = createSqliteStore({ path: join(folder, 'edition.db') })
  const authority = loadAuthority(authorityFolders(undefined))
  await importSources([CORPUS, hostile], store, { authority })
  const app = createApp({
    store,
    authority,
    webRoot: WEB_ROOT,
    token: TOKEN,
    uploadDir: join(folder, 'uploads'),
  })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await chromium.launchPersistentContext(join(folder, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  })
  return {
    url: address,
    browser,
    store,
    folder,
    close: async () => {
      await browser.close()
      await app.close()
      await store.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
