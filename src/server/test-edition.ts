import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Entity } from '../core/index.ts'
import type { Store } from '../store/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { createApp } from './app.ts'

/** A made-up edition in the letters book's conventions: a background statement, two letters, two notes. */
export const IMAGINED_LETTERS = `# Letters of an Imagined Commissariat

## Institutional Background

In 1927 full members of the Politburo were Aleksei Rykov, Nikolai Bukharin and Lev Trotsky.

# 1927

## Letter 1

[3 March 1927]

Kazan 3/3

*Com. Rykov,*<sup>1</sup>

The grain plan for the Volga is late. Tell the Politburo that Bukharin agrees.<sup>2</sup> Trotsky objects, as always.

Regards,  
J. Stalin

1. A note in the margin by Rykov: "Agreed."

2. Bukharin's agreement is in a separate letter—Ed.

---

## Letter 2

[9 April 1927]

*Com. Rykov,*

The question of the Volga grain is settled. Ask Bukharin to write to me.

J. Stalin
`

/** A source that tries to run script, restyle the page and frame another site. */
export const HOSTILE_SOURCE = `# Hostile Papers

## Letter 1

[1 May 1927]

*Com. Rykov,*<sup>1</sup>

<script>alert('script')</script>
Hello <img src=x onerror="alert('img')"> and [a link](javascript:alert('md')) and <a href="javascript:alert('a')">raw</a>.

<iframe src="https://evil.example/"></iframe>

<p style="position:fixed;top:0" onclick="alert('p')">Styled</p>

<svg onload="alert('svg')"></svg><object data="x.swf"></object>

J. Stalin

1. A note with <script>alert('note')</script> and <b onmouseover="alert('b')">bold</b>.
`

/** A small authority: the people and the body the made-up sources name, with other spellings and scripts. */
export const TEST_AUTHORITY: readonly Entity[] = [
  {
    id: 'person:rykov-a-i',
    type: 'person',
    name: 'Rykov, Aleksei Ivanovich',
    variants: ['Rykov', 'Aleksei Rykov', 'Рыков'],
    origin: 'authority:test',
  },
  {
    id: 'person:bukharin-n-i',
    type: 'person',
    name: 'Bukharin, Nikolai Ivanovich',
    variants: ['Bukharin', 'Nikolai Bukharin', 'Bucharin', 'Бухарин'],
    birthYear: '1888',
    deathYear: '1938',
    origin: 'authority:test',
  },
  {
    id: 'person:trotsky-l-d',
    type: 'person',
    name: 'Trotsky, Lev Davidovich',
    variants: ['Trotsky', 'Trotskii', 'Lev Trotsky', 'Троцкий'],
    origin: 'authority:test',
  },
  { id: 'person:stalin', type: 'person', name: 'Stalin', variants: ['J. Stalin'], origin: 'authority:test' },
  {
    id: 'body:politburo',
    type: 'body',
    name: 'Politburo',
    variants: ['Political Bureau'],
    origin: 'authority:test',
  },
]

export const TEST_TOKEN = 'test-token-1234'

/**
 * A server over an in-memory store with the made-up sources imported through POST /api/import (so import is part
 * of what the tests exercise), and a function that removes the files.
 */
export async function createTestServer(): Promise<{
  app: ReturnType<typeof createApp>
  store: Store
  folder: string
  /** Writes a file of that name into the folder and imports it through POST /api/import (failing loudly). */
  importText: (name: string, text: string) => Promise<void>
  cleanUp: () => Promise<void>
}> {
  const folder = mkdtempSync(join(tmpdir(), 'fond-server-'))
  writeFileSync(join(folder, 'imagined-letters.md'), IMAGINED_LETTERS)
  writeFileSync(join(folder, 'hostile.md'), HOSTILE_SOURCE)
  const store = createSqliteStore({ path: ':memory:' })
  const app = createApp({
    store,
    token: TEST_TOKEN,
    authority: TEST_AUTHORITY,
    webRoot: join(folder, 'no-web'),
  })
  const importPaths = async (paths: readonly string[]) => {
    const reply = await app.inject({
      method: 'POST',
      url: '/api/import',
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      payload: { paths },
    })
    if (reply.statusCode !== 200) throw new Error(`Cannot import ${paths.join(', ')}: ${reply.body}`)
  }
  await importPaths([folder])
  return {
    app,
    store,
    folder,
    importText: async (name, text) => {
      writeFileSync(join(folder, name), text)
      await importPaths([join(folder, name)])
    },
    cleanUp: async () => {
      await app.close()
      await store.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
