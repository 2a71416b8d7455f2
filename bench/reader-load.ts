// Page load time of the reader for the longest document: the server in this process over a stored edition with the
// built web edition, Debian's Chromium through playwright-core, from navigation to the document's text on screen.
// Cold loads use a fresh browser context each (no HTTP cache); warm loads reload in one context (the answer is
// revalidated by its entity tag). Prints one JSON line (ms). Usage: node bench/reader-load.ts <db> [loads]
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { createApp } from '../src/server/index.ts'
import { createSqliteStore } from '../src/store/index.ts'

const here = dirname(fileURLToPath(import.meta.url))
const WEB_ROOT = join(here, '..', 'web', 'dist')
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
]

/** Records, in the page, when the reader's text first holds `characters` characters (ms since navigation). */
const WATCH_TEXT = (characters: number) => {
  const check = () => {
    const text = document.querySelector('.reader-text')
    if ((text?.textContent?.length ?? 0) < characters) return false
    ;(window as unknown as { textShownAt: number }).textShownAt = performance.now()
    return true
  }
  new MutationObserver((_records, observer) => check() && observer.disconnect()).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  })
}

interface Load {
  /** Navigation to the document's text on screen. */
  readonly text: number
  /** Navigation to the end of the document's answer from the API (the rest of `text` is the browser's work). */
  readonly api: number
  readonly domContentLoaded: number
  readonly load: number
}

async function loadOnce(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => 'textShownAt' in window, undefined, { timeout: 60_000 })
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
      const answers = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
      return {
        text: (window as unknown as { textShownAt: number }).textShownAt,
        api: answers.find((entry) => entry.name.includes('/api/documents/'))?.responseEnd ?? 0,
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? 0,
        load: navigation?.loadEventEnd ?? 0,
      }
    })
  } finally {
    await page.close()
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10
}
const summary = (loads: readonly Load[]) => ({
  text: median(loads.map((l) => l.text)),
  api: median(loads.map((l) => l.api)),
  domContentLoaded: median(loads.map((l) => l.domContentLoaded)),
  load: median(loads.map((l) => l.load)),
  loads: loads.length,
})

async function newContext(browser: Browser, characters: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(WATCH_TEXT, characters)
  return context
}

const [path, loadsText] = process.argv.slice(2)
if (path === undefined) throw new TypeError('Usage: node bench/reader-load.ts <db> [loads]')
if (CHROMIUM === undefined) throw new Error('Chromium is not installed: apt-get install chromium')
if (!existsSync(join(WEB_ROOT, 'index.html')))
  throw new Error('The web edition is not built: npm run build:web')
const loads = Number(loadsText ?? 7)
const store = createSqliteStore({ path })
const app = createApp({ store, webRoot: WEB_ROOT })
const address = await app.listen({ host: '127.0.0.1', port: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })
try {
  const longest = (await store.listDocuments()).reduce((best, doc) =>
    doc.text.length > best.text.length ? doc : best,
  )
  const url = `${address}/doc/${encodeURIComponent(longest.id)}`
  // Shown once most of the text is in the page (notes and markup aside).
  const characters = Math.floor(longest.text.length / 2)
  const cold: Load[] = []
  for (let i = 0; i < loads; i++) {
    const context = await newContext(browser, characters)
    cold.push(await loadOnce(context, url))
    await context.close()
  }
  const context = await newContext(browser, characters)
  const warm: Load[] = []
  for (let i = 0; i <= loads; i++) warm.push(await loadOnce(context, url))
  await context.close()
  console.log(
    JSON.stringify({
      document: { id: longest.id, characters: longest.text.length },
      firstLoad: cold[0],
      cold: summary(cold.slice(1)),
      warm: summary(warm.slice(1)),
    }),
  )
} finally {
  await browser.close()
  await app.close()
  await store.close()
}
