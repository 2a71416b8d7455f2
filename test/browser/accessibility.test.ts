import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { CHROMIUM, startWebEdition, type WebEdition } from './web-edition.ts'

/** What the page check reports: text below the WCAG 2.1 AA contrast ratio, and controls without a name. */
interface Findings {
  readonly checked: number
  readonly lowContrast: string[]
  readonly unnamed: string[]
  readonly h1: number
  readonly lang: string
}

/**
 * Runs in the page: for every visible element with its own text, the contrast of its colour against the first
 * opaque background behind it (WCAG 2.1 relative luminance; 4.5:1, or 3:1 for large text), and every form control,
 * link and button without an accessible name. Written here because no accessibility checker installs offline.
 */
function inspectPage(): Findings {
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  const parse = (css: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number)
    return { r, g, b, a: css.startsWith('rgba') ? a : 1 }
  }
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) =>
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  const background = (start: Element) => {
    for (let el: Element | null = start; el !== null; el = el.parentElement) {
      const color = parse(getComputedStyle(el).backgroundColor)
      if (color.a >= 0.99) return color
    }
    return { r: 255, g: 255, b: 255, a: 1 }
  }
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
  const lowContrast: string[] = []
  let checked = 0
  for (const el of document.body.querySelectorAll('*')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
    const style = getComputedStyle(el)
    const box = el.getBoundingClientRect()
    if (!ownText || style.visibility === 'hidden' || style.display === 'none' || box.width === 0) continue
    if (Number(style.opacity) === 0 || el.closest('[aria-hidden="true"], .visually-hidden, .sr-only'))
      continue
    const fg = parse(style.color)
    const bg = background(el)
    const blend = (f: number, b: number) => f * fg.a + b * (1 - fg.a)
    const text = { r: blend(fg.r, bg.r), g: blend(fg.g, bg.g), b: blend(fg.b, bg.b) }
    const [light, dark] = [luminance(text), luminance(bg)].sort((a, b) => b - a) as [number, number]
    const ratio = (light + 0.05) / (dark + 0.05)
    const size = Number.parseFloat(style.fontSize)
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
    checked++
    if (ratio < (large ? 3 : 4.5)) lowContrast.push(`${describe(el)} ${ratio.toFixed(2)}:1`)
  }
  const unnamed: string[] = []
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea')) {
    if ((el as HTMLElement).offsetParent === null && getComputedStyle(el).position !== 'fixed') continue
    const input = el as HTMLInputElement
    const labelled =
      (el.textContent ?? '').trim() !== '' ||
      el.getAttribute('aria-label') ||
      el.getAttribute('aria-labelledby') ||
      el.getAttribute('title') ||
      (input.labels !== undefined && input.labels !== null && input.labels.length > 0) ||
      (input.type === 'submit' && input.value !== '') ||
      el.querySelector('img[alt]:not([alt=""])')
    if (!labelled && input.type !== 'hidden') unnamed.push(describe(el))
  }
  return {
    checked,
    lowContrast: [...new Set(lowContrast)],
    unnamed,
    h1: document.querySelectorAll('h1').length,
    lang: document.documentElement.lang,
  }
}

describe('the web edition meets WCAG 2.1 AA contrast and names every control', {
  skip: CHROMIUM === undefined && 'Chromium is not installed',
}, () => {
  let edition: WebEdition
  let page: Page
  const pages: string[] = []

  before(async () => {
    edition = await startWebEdition()
    page = await edition.browser.newPage()
    const json = async <T>(path: string) => (await fetch(`${edition.url}${path}`)).json() as Promise<T>
    const { documents } = await json<{ documents: { id: string }[] }>('/api/documents?type=letter&limit=1')
    const { entities } = await json<{ entities: { id: string }[] }>('/api/search?q=Bukharin')
    const letter = documents[0]?.id
    const person = entities[0]?.id
    assert.ok(letter !== undefined && person !== undefined)
    pages.push(
      '/',
      `/doc/${encodeURIComponent(letter)}`,
      '/search?q=Trotsky',
      `/entity/${encodeURIComponent(person)}`,
      '/entity/body%3Apolitburo',
      '/timeline',
      '/network',
      '/system?on=1926-02-01',
      '/diagnostics',
      '/import',
    )
  })
  after(async () => edition?.close())

  for (const width of [1280, 390]) {
    it(`every page at ${width} px: text at AA contrast, every control named, one h1, a language`, async () => {
      await page.setViewportSize({ width, height: 900 })
      const failures: string[] = []
      for (const path of pages) {
        await page.goto(`${edition.url}${path}`)
        await page.waitForSelector('main h1')
        await page.waitForLoadState('networkidle')
        const found = await page.evaluate(inspectPage)
        assert.ok(found.checked > 5, `${path}: only ${found.checked} text elements`)
        for (const item of found.lowContrast) failures.push(`${path}: low contrast ${item}`)
        for (const item of found.unnamed) failures.push(`${path}: no accessible name ${item}`)
        if (found.h1 !== 1) failures.push(`${path}: ${found.h1} h1 elements`)
        if (found.lang === '') failures.push(`${path}: no lang on <html>`)
      }
      assert.deepEqual(failures, [])
    })
  }
})
