/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, where the DOM is.
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { CHROMIUM, startWebEdition, TOKEN, type WebEdition } from './web-edition.ts'

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))

interface Listed {
  id: string
  number?: string
  file: string
}

describe('the web edition in Chromium', {
  skip: CHROMIUM === undefined && 'Chromium is not installed',
}, () => {
  let edition: WebEdition
  let page: Page
  const problems: string[] = []
  const dialogs: string[] = []

  const api = async <T>(path: string): Promise<T> =>
    (await fetch(`${edition.url}${path}`)).json() as Promise<T>
  const open = async (path: string) => {
    await page.goto(`${edition.url}${path}`)
    await page.waitForSelector('main h1')
  }
  // The screenshots in docs/ are committed: renewing them is deliberate (UPDATE_SCREENSHOTS=1 npm run test:browser);
  // otherwise a test run takes the picture (so the page renders) but writes nothing into the work tree.
  const shoot = async (name: string) => {
    if (process.env.UPDATE_SCREENSHOTS !== '1') {
      await page.screenshot()
      return
    }
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png` })
  }
  const letter = async (file: string, number: string) => {
    const { documents } = await api<{ documents: Listed[] }>(`/api/documents?source=${file}&type=letter`)
    const found = documents.find((d) => d.number === number)
    assert.ok(found, `letter ${number} of ${file}`)
    return found.id
  }

  before(async () => {
    edition = await startWebEdition()
    page = await edition.browser.newPage()
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      // The import page's refusal of a wrong token (401) is expected; anything else is a problem.
      if (message.type() === 'error' && !message.text().includes('401'))
        problems.push(`console: ${message.text()}`)
    })
  })
  after(async () => edition?.close())

  it('reader: letter 1 with its text, notes on the side and on hover, links and editorial spans', async () => {
    const id = await letter('001_0c8b7f66ce1cab8e.txt', '1')
    await open(`/doc/${id}`)
    await page.waitForSelector('.document-text p')
    assert.equal(await page.textContent('h1'), 'Letter 1')
    const text = (await page.textContent('.document-text')) ?? ''
    assert.match(text, /The fellows from Rostov were here to see me/)
    assert.match(text, /I'm leaving for Sochi today/)
    const notes = (await page.textContent('aside.notes')) ?? ''
    assert.match(notes, /A pood is 36 pounds avoirdupois/)
    assert.match(notes, /In the upper right-hand corner there is a notation by Molotov/)
    const metadata = (await page.textContent('.metadata')) ?? ''
    for (const value of ['12 July 1925', '1925-07-12', 'Rostov', 'Molotov', 'J. Stalin'])
      assert.ok(metadata.includes(value), value)
    assert.ok(
      (await page.locator('.editorial', { hasText: '[1.8 tons]' }).count()) > 0,
      'editorial span styled',
    )
    assert.ok(
      (await page.locator('a.mention[href="/entity/person%3Amolotov-v-m"]').count()) > 0,
      'Molotov links',
    )
    await page.hover('a.marker[aria-label="Note 2"]')
    assert.match((await page.textContent('[role="tooltip"]')) ?? '', /A pood is 36 pounds/)
    await page.focus('a.marker[aria-label="Note 1"]')
    assert.match((await page.textContent('[role="tooltip"]')) ?? '', /notation by Molotov/)
    await page.mouse.move(0, 0)
    await page.locator('button', { hasText: 'Cite this passage' }).scrollIntoViewIfNeeded()
    await shoot('reader')
    // Cite this passage: select a sentence, cite it.
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('.document-text p')].find((p) =>
        p.textContent?.startsWith('I would like you'),
      )
      if (!paragraph) throw new Error('no paragraph')
      const range = document.createRange()
      range.selectNodeContents(paragraph)
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
    })
    await page.click('button:has-text("Cite this passage")')
    const citation = (await page.textContent('output.citation')) ?? ''
    assert.match(citation, /^“I would like you to show this letter to the seven after you have read it\.”/)
    assert.match(citation, /Letter 1, 12 July 1925/)
    assert.match(citation, /Stalin's Letters to Molotov \(001_0c8b7f66ce1cab8e\.txt, lines \d+–\d+\)/)
    // Next and previous.
    await page.click('nav.neighbours >> text=Next →')
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Letter 2')
  })

  it('reader at phone width: notes below the text, nothing wider than the screen', async () => {
    const id = await letter('001_0c8b7f66ce1cab8e.txt', '1')
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      await open(`/doc/${id}`)
      await page.waitForSelector('.document-text p')
      const layout = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        textBottom: document.querySelector('.document-text')?.getBoundingClientRect().bottom ?? 0,
        notesTop: document.querySelector('aside.notes')?.getBoundingClientRect().top ?? 0,
      }))
      assert.ok(layout.width <= 390, `page is ${layout.width} px wide`)
      assert.ok(layout.notesTop >= layout.textBottom, 'notes come after the text')
      await shoot('reader-phone')
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 })
    }
  })

  it('reader: a text in two versions toggles between its readings, each variant marked', async () => {
    const { documents } = await api<{ documents: Listed[] }>('/api/documents?source=000_5132bd896dbc28cd.txt')
    const views = await Promise.all(
      documents.map((d) => api<{ document: Listed; witnesses: unknown[] }>(`/api/documents/${d.id}`)),
    )
    const withWitnesses = views.find((v) => v.witnesses.length > 0)
    assert.ok(withWitnesses, 'a document of source 000 has two witnesses')
    await open(`/doc/${withWitnesses.document.id}`)
    await page.waitForSelector('fieldset.readings')
    await page.check('fieldset.readings input[value="other"]')
    assert.ok((await page.locator('mark.variant').count()) >= 3, 'variants marked in the other reading')
    assert.ok((await page.locator('mark.variant', { hasText: 'propertied' }).count()) > 0)
    await page.check('fieldset.readings input[value="base"]')
    assert.ok((await page.locator('mark.variant', { hasText: 'experienced' }).count()) > 0)
    await shoot('witnesses')
  })

  it('library: sources and their documents, filtered by type, date and addressee', async () => {
    await open('/library')
    await page.waitForSelector('table.documents tbody tr')
    assert.match((await page.textContent('.cards')) ?? '', /Stalin's Letters to Molotov/)
    await shoot('library')
    await open('/library?type=letter&from=1925-07&to=1925-07&addressee=Molotov')
    await page.waitForSelector('table.documents tbody tr')
    const rows = await page.locator('table.documents tbody tr').allTextContents()
    assert.ok(
      rows.some((r) => r.includes('Letter 1') && r.includes('12 July 1925')),
      rows.join('\n'),
    )
    assert.ok(rows.every((r) => r.includes('letter')))
  })

  it('search: "Троцкий" as typed finds Trotsky first and his passages in any spelling', async () => {
    await open('/search')
    await page.fill('#search-box', 'Троцкий')
    await page.waitForSelector('ol.results li')
    const entities = (await page.textContent('section[aria-labelledby="entity-results"]')) ?? ''
    assert.match(entities, /Trotsky, Lev Davidovich/)
    const marks = await page.locator('ol.results mark').allTextContents()
    assert.ok(
      marks.length > 0 && marks.every((m) => /Trotsk|Троцк|Trotzk|Bronstein/i.test(m)),
      marks.join(', '),
    )
    assert.equal(new URL(page.url()).searchParams.get('q'), 'Троцкий')
    await shoot('search')
    await page.click('aside.facets >> text=letter')
    await page.waitForFunction(() => location.search.includes('type=letter'))
    await page.waitForSelector('ol.results li')
    const types = await page.locator('ol.results .hint').allTextContents()
    assert.ok(
      types.every((t) => t.startsWith('letter')),
      types.join(' | '),
    )
    // The people and bodies the results mention are facets too; choosing one keeps the other filters.
    const people = page.locator('aside.facets section:has(h2:text-is("Person"))')
    await people.locator('a', { hasText: 'Trotsky, Lev Davidovich' }).first().click()
    await page.waitForFunction(
      () => new URLSearchParams(location.search).get('person') === 'person:trotsky-l-d',
    )
    await page.waitForSelector('ol.results li')
    assert.equal(new URL(page.url()).searchParams.get('type'), 'letter')
    assert.match((await people.textContent()) ?? '', /× any person/)
    const bodies = page.locator('aside.facets section:has(h2:text-is("Body")) li')
    assert.ok((await bodies.count()) > 0, 'the letters that mention Trotsky mention bodies')
  })

  it("entity: Bukharin's page shows his names, life dates, Politburo post and mentions", async () => {
    await open('/entity/person:bukharin-n-i')
    await page.waitForSelector('text=Posts')
    assert.match((await page.textContent('h1')) ?? '', /Bukharin/)
    assert.match((await page.textContent('.life')) ?? '', /1888–1938/)
    const posts = (await page.textContent('section:has(h2:text("Posts"))')) ?? ''
    assert.match(posts, /member\s+of\s+Politburo/)
    assert.ok((await page.locator('ol.mentions li').count()) > 0)
    await shoot('entity')
    await open('/entity/body:politburo')
    await page.waitForSelector('text=Members over time')
    assert.match((await page.textContent('table')) ?? '', /Molotov/)
    await open('/entity/place:rostov')
    await page.waitForSelector('text=Documents written here')
    await page.waitForSelector('section:has(h2:text("Documents written here")) li')
    assert.match((await page.textContent('section:has(h2:text("Documents written here"))')) ?? '', /Letter 1/)
    // Every mention can be read: past the server's first page of 200, the next page is fetched.
    const { mentionTotal } = await api<{ mentionTotal: number }>(
      '/api/entities/person:stalin-i-v?timelineLimit=0',
    )
    assert.ok(mentionTotal > 240, `Stalin has ${mentionTotal} mentions`)
    await open('/entity/person:stalin-i-v')
    await page.waitForSelector('ol.mentions li')
    for (let clicks = 0; clicks < 7; clicks++) await page.click('button:text("Show more mentions")')
    await page.waitForFunction(() => document.querySelectorAll('ol.mentions li').length === 240)
    assert.match(
      (await page.textContent('section:has(ol.mentions) h2')) ?? '',
      new RegExp(`240 of ${mentionTotal}`),
    )
  })

  it('system: the Politburo on 1926-02-01 with Molotov, each seat linked to its evidence', async () => {
    await open('/system?on=1926-02-01')
    const politburo = page.locator('section.body-card[aria-label="Politburo"]')
    await politburo.waitFor()
    const members = (await politburo.textContent()) ?? ''
    for (const name of ['Molotov', 'Bukharin', 'Stalin', 'Rykov']) assert.match(members, new RegExp(name))
    assert.ok((await politburo.locator('a.passage').count()) > 0, 'seats link to evidence')
    await page.fill('input[placeholder="Politburo"]', 'Politburo')
    await shoot('system')
  })

  it('timeline, correspondence network, diagnostics and import show their content', async () => {
    await open('/timeline?entity=Bukharin&from=1918&to=1930')
    await page.waitForSelector('svg circle, svg rect')
    assert.match((await page.textContent('.timeline-list')) ?? '', /Politburo|member/)
    await shoot('timeline')
    // Zoom in around the middle of 1918–1930 down to three years, with month ticks; then move earlier.
    await page.click('text=Zoom in')
    await page.waitForURL(/from=1921&to=1927/)
    await page.click('text=Zoom in')
    await page.waitForURL(/from=1922&to=1926/)
    assert.equal(await page.$('svg text.month'), null)
    await page.click('text=Zoom in')
    await page.waitForURL(/from=1923&to=1925/)
    await page.waitForSelector('svg text.month')
    await page.click('text=← Earlier')
    await page.waitForURL(/from=1921&to=1923/)
    // A post on the timeline opens its passage in the reader.
    await open('/timeline?entity=Bukharin&from=1918&to=1930')
    await page.click('.timeline-list li:has-text("Posts") a >> nth=0')
    await page.waitForSelector('.passage-target, [data-passage-target]', { timeout: 10_000 })
    await open('/network')
    await page.waitForSelector('svg line.edge')
    assert.match((await page.textContent('.network')) ?? '', /Molotov/)
    await page.click('.network ul >> text=letters >> nth=0')
    await page.waitForSelector('.network ol li a')
    await shoot('network')
    await open('/diagnostics')
    await page.waitForSelector('table tbody tr')
    assert.ok(
      (await page.locator('table tbody a[href^="/passage"]').count()) > 0,
      'diagnostics link to passages',
    )
    await shoot('diagnostics')
    await page.click('table tbody a[href^="/passage"] >> nth=0')
    await page.waitForURL(/\/doc\//)
    await open('/import')
    const upload = join(edition.folder, 'uploaded-letters.md')
    writeFileSync(
      upload,
      '# Uploaded Papers\n\n## Letter 1\n\n[2 May 1927]\n\n*Com. Rykov,*\n\nThe plan is late.\n\nJ. Stalin\n',
    )
    await page.setInputFiles('input[type="file"][multiple]', upload)
    assert.match((await page.textContent('main')) ?? '', /npx fond import "uploaded-letters\.md"/)
    await page.fill('form:has(input[type="file"]) input[name="token"]', 'wrong')
    await page.click('button:text("Upload and import")')
    await page.waitForFunction(() =>
      /token/i.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    )
    assert.match((await page.textContent('[role="status"]')) ?? '', /wrong access token/)
    await page.fill('form:has(input[type="file"]) input[name="token"]', TOKEN)
    await page.click('button:text("Upload and import")')
    await page.waitForSelector('table >> text=uploaded-letters.md')
    assert.match((await page.textContent('table')) ?? '', /imported/)
    await shoot('import')
  })

  /** Whether an element is on the screen now. */
  const onScreen = (selector: string) =>
    page.evaluate((s) => {
      const box = document.querySelector(s)?.getBoundingClientRect()
      return box !== undefined && box.bottom > 0 && box.top < innerHeight
    }, selector)
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

  it('a passage link opens the reader scrolled to its passage, highlighted, even deep in the longest document', async () => {
    await open('/entity/person:bukharin-n-i')
    const evidence = page.locator('a.passage').first()
    await evidence.waitFor()
    await evidence.click()
    await page.waitForURL(/\/doc\/.*line=/)
    await page.waitForSelector('.passage-target')
    assert.ok(await onScreen('.passage-target'), 'the passage of a fact is on screen')
    await open('/entity/person:bukharin-n-i')
    const mention = page.locator('ol.mentions li').nth(3)
    const exact = (await mention.locator('mark').textContent()) ?? ''
    await mention.locator('a').click()
    await page.waitForURL(/\/doc\/.*quote=/)
    await page.waitForSelector('.passage-target')
    assert.ok(await onScreen('.passage-target'), 'the passage of a mention is on screen')
    assert.ok(letters((await page.textContent('.passage-target')) ?? '').includes(letters(exact)), exact)
    const file = '001_0c8b7f66ce1cab8e.txt'
    const { documents } = await api<{ documents: (Listed & { lines: { start: number; end: number } })[] }>(
      `/api/documents?source=${file}&limit=1000`,
    )
    const longest = documents.reduce((a, b) =>
      b.lines.end - b.lines.start > a.lines.end - a.lines.start ? b : a,
    )
    const view = await api<{ text: string }>(`/api/documents/${encodeURIComponent(longest.id)}`)
    assert.ok(view.text.length > 100_000, `the longest document has ${view.text.length} characters`)
    const lines = view.text.split('\n')
    const at = lines.findIndex((line, i) => i > lines.length * 0.9 && /^[A-Z][a-z]+ [a-z]+ [a-z]+/.test(line))
    const quote = (lines[at] as string).slice(0, 60)
    await open(
      `/doc/${encodeURIComponent(longest.id)}?line=${longest.lines.start + at}&quote=${encodeURIComponent(quote)}`,
    )
    await page.waitForSelector('.passage-target', { timeout: 60_000 })
    assert.ok(await onScreen('.passage-target'), 'the passage is on screen')
    assert.ok((await page.evaluate(() => scrollY)) > 10_000, 'the page is scrolled far down')
    const shown = (await page.textContent('.passage-target')) ?? ''
    assert.ok(letters(shown).includes(letters(quote)), `${shown.slice(0, 200)} holds ${quote}`)
  })

  it('reader: the two readings of the Baku letter side by side, variants linked, stacked at phone width', async () => {
    const { documents } = await api<{ documents: Listed[] }>('/api/documents?source=000_5132bd896dbc28cd.txt')
    const views = await Promise.all(
      documents.map((d) => api<{ document: Listed; witnesses: unknown[] }>(`/api/documents/${d.id}`)),
    )
    const baku = views.find((v) => v.witnesses.length > 0)
    assert.ok(baku, 'a document of source 000 has two witnesses')
    await open(`/doc/${baku.document.id}`)
    await page.check('fieldset.readings input[value="side"]')
    await page.waitForSelector('.witness-columns')
    const base = page.locator('.witness-base mark.variant', { hasText: 'experienced' }).first()
    assert.ok((await page.locator('.witness-other mark.variant', { hasText: 'propertied' }).count()) > 0)
    await base.hover()
    const index = await base.getAttribute('data-variant')
    assert.match(
      (await page.getAttribute(`.witness-other mark[data-variant="${index}"]`, 'class')) ?? '',
      /\blinked\b/,
    )
    await base.focus()
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MARK')
    await shoot('witnesses-side-by-side')
    await page.setViewportSize({ width: 390, height: 844 })
    try {
      const layout = await page.evaluate(() => {
        const row = document.querySelectorAll('.witness-row:not(.witness-head)')[1]
        return {
          width: document.documentElement.scrollWidth,
          baseBottom: row?.querySelector('.witness-base')?.getBoundingClientRect().bottom ?? 0,
          otherTop: row?.querySelector('.witness-other')?.getBoundingClientRect().top ?? -1,
        }
      })
      assert.ok(layout.width <= 390, `page is ${layout.width} px wide`)
      assert.ok(layout.otherTop >= layout.baseBottom, 'the readings stack')
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 })
    }
  })

  it('reader: a "Text reuse" panel lists the Baku letter\'s passages quoted in the letters book, both ways', async () => {
    const { documents } = await api<{ documents: { id: string; sourceId: string }[] }>(
      '/api/documents?source=000_5132bd896dbc28cd.txt',
    )
    type Pair = {
      here: { lineStart: number }
      other: { sourceId: string; documentId: string; quote: string }
    }
    let found: { id: string; pairs: Pair[] } | undefined
    for (const doc of documents) {
      const { reuse } = await api<{ reuse: Pair[] }>(`/api/documents/${encodeURIComponent(doc.id)}`)
      const across = reuse.filter((r) => r.other.sourceId !== doc.sourceId)
      if (across.length >= 3) found = { id: doc.id, pairs: across }
    }
    assert.ok(found, 'a document of the Baku letter file with three passages shared with another source')
    await open(`/doc/${encodeURIComponent(found.id)}`)
    await page.waitForSelector('section.reuse')
    const panel = (await page.textContent('section.reuse')) ?? ''
    assert.match(panel, /Text reuse/)
    assert.match(panel, /Russian gold/)
    assert.match(panel, /direct hindrance/)
    assert.ok((await page.locator('.reuse-quotes blockquote').count()) >= 6, 'both quotes of each pair')
    assert.ok((await page.locator('.reuse-quotes mark.reuse-match').count()) >= 6, 'the shared words marked')
    await page.locator('section.reuse').scrollIntoViewIfNeeded()
    await shoot('reuse')
    // The other side lists the pair too, and the link lands on the quoted passage.
    const target = found.pairs[0]?.other.documentId as string
    await page.click(`section.reuse a[href^="/doc/${encodeURIComponent(target)}"] >> nth=0`)
    await page.waitForURL(/quote=/)
    await page.waitForSelector('.passage-target')
    assert.ok(await onScreen('.passage-target'))
    await page.waitForSelector('section.reuse')
    assert.match((await page.textContent('section.reuse')) ?? '', /Western European/)
  })

  it('import: uploads a folder with the token, shows the upload and import progress, then the result', async () => {
    const folder = join(edition.folder, 'picked', 'papers')
    mkdirSync(join(folder, '1928'), { recursive: true })
    const letter = (place: string) =>
      `# ${place} Papers\n\n## Letter 1\n\n[2 May 1928]\n\n*Com. Rykov,*\n\nThe ${place} plan is late.\n\nJ. Stalin\n`
    writeFileSync(join(folder, '1928', 'tver-letters.md'), letter('Tver'))
    writeFileSync(join(folder, 'pskov-letters.md'), letter('Pskov'))
    writeFileSync(join(folder, '.hidden-notes.md'), letter('Hidden'))
    await open('/import')
    await page.setInputFiles('input[name="folder"]', folder)
    assert.match((await page.textContent('.picked')) ?? '', /papers\/1928\/tver-letters\.md/)
    assert.doesNotMatch((await page.textContent('.picked')) ?? '', /hidden/)
    await page.evaluate(() => {
      const seen: string[] = []
      Object.assign(window, { seenProgress: seen })
      new MutationObserver(() => {
        const text = document.querySelector('.import-progress')?.textContent
        if (text && seen.at(-1) !== text) seen.push(text)
      }).observe(document.querySelector('main') as Node, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    await page.fill('form:has(input[type="file"]) input[name="token"]', TOKEN)
    await page.click('button:text("Upload and import")')
    await page.waitForSelector('table.import-result >> text=papers/1928/tver-letters.md')
    const seen = await page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress)
    assert.ok(
      seen.some((t) => t.startsWith('Uploading')),
      seen.join(' | '),
    )
    assert.ok(
      seen.some((t) => /Imported: 2 of 2 files/.test(t)),
      seen.join(' | '),
    )
    assert.equal(await page.getAttribute('.import-progress progress', 'value'), '2')
    const rows = await page.locator('table.import-result tbody tr').allTextContents()
    assert.equal(rows.length, 2, rows.join('\n'))
    assert.ok(
      rows.every((r) => r.includes('imported')),
      rows.join('\n'),
    )
    assert.match((await page.textContent('[role="status"]')) ?? '', /Done: 2 files, 0 failed/)
    await shoot('import-folder')
    const search = await api<{ total: number }>('/api/search?q=Pskov')
    assert.ok(search.total >= 1, 'the uploaded letters are searchable')
  })

  it('downloads: a source as TEI from the library, a citation from the reader', async () => {
    await open('/library')
    const card = page.locator('.card', { hasText: '001_0c8b7f66ce1cab8e.txt' })
    const [tei] = await Promise.all([
      page.waitForEvent('download'),
      card.locator('a.download', { hasText: 'TEI' }).click(),
    ])
    assert.equal(tei.suggestedFilename(), '001_0c8b7f66ce1cab8e.tei.xml')
    const xml = readFileSync((await tei.path()) as string, 'utf8')
    assert.match(xml, /<TEI xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0"/)
    assert.match(xml, /Molotov/)
    assert.ok(
      (await page.locator('.edition-downloads a.download').allTextContents()).includes('CMIF'),
      'the whole edition as CMIF',
    )
    await open(`/doc/${await letter('001_0c8b7f66ce1cab8e.txt', '1')}`)
    const [csl] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.cite-bar a.download', { hasText: 'CSL-JSON' }).click(),
    ])
    const items = JSON.parse(readFileSync((await csl.path()) as string, 'utf8')) as { title: string }[]
    assert.equal(items[1]?.title, 'Letter 1')
  })

  it('keyboard: a skip link first, then the pages, with a visible focus', async () => {
    await open('/library')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement
      return { text: active.textContent, style: getComputedStyle(active).outlineStyle }
    })
    assert.equal(outline.text, 'Library')
    assert.equal(outline.style, 'solid')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#search-box')
  })

  it('a hostile source opened in the reader runs no script and injects no element', async () => {
    const { documents } = await api<{ documents: Listed[] }>('/api/documents?source=hostile.md&type=letter')
    const [hostile] = documents
    assert.ok(hostile, 'the hostile letter was imported')
    await open(`/doc/${hostile.id}`)
    await page.waitForSelector('.document-text p')
    await page.hover('aside.notes b').catch(() => undefined)
    await page.locator('.document-text').click({ position: { x: 5, y: 5 } })
    await page.waitForTimeout(300)
    const found = await page.evaluate(() => ({
      pwned: document.body.dataset.pwned ?? null,
      injected: document.querySelectorAll(
        'main script, main img, main iframe, main object, main embed, main svg:not(.chart svg), main details, #injected-link, #injected-frame, #injected-p, [onerror], [onclick], [onload], [onmouseover], [ontoggle], main [style]:not(.note-popup)',
      ).length,
      javascriptLinks: [...document.querySelectorAll('a')].filter((a) =>
        /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
      ).length,
      text: document.querySelector('.document-text')?.textContent ?? '',
    }))
    assert.equal(found.pwned, null)
    assert.equal(found.injected, 0)
    assert.equal(found.javascriptLinks, 0)
    assert.match(found.text, /Styled paragraph/)
    await open('/search?q=Styled')
    await page.waitForSelector('ol.results li')
    assert.equal(await page.locator('main img, main script').count(), 0)
    assert.deepEqual(dialogs, [])
  })

  it('raised no script error and no blocked resource on any page', () => {
    assert.deepEqual(problems, [])
  })
})
