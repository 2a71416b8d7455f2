import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { createSqliteStore } from '../store/index.ts'
import { createApp } from './app.ts'
import { findStaticFile } from './static-files.ts'

const root = mkdtempSync(join(tmpdir(), 'fond-web-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html><title>web</title>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
after(() => rmSync(root, { recursive: true, force: true }))

describe('findStaticFile', () => {
  it('finds files under the root and never outside it', () => {
    assert.equal(findStaticFile(root, '/assets/app.js?v=1'), join(root, 'assets', 'app.js'))
    assert.equal(findStaticFile(root, '/'), join(root, 'index.html'))
    assert.equal(findStaticFile(root, '/../../etc/passwd'), undefined)
    assert.equal(findStaticFile(root, '/%2e%2e/%2e%2e/etc/passwd'), undefined)
    assert.equal(findStaticFile(root, '/%E0%A4%A'), undefined)
  })
})

describe('a built web edition', () => {
  it('is served with its content types, and its index for the app routes', async () => {
    const store = createSqliteStore({ path: ':memory:' })
    const app = createApp({ store, webRoot: root })
    const script = await app.inject('/assets/app.js')
    assert.equal(script.statusCode, 200)
    assert.match(script.headers['content-type'] as string, /^text\/javascript/)
    const page = await app.inject('/entities/person:x')
    assert.equal(page.body, '<!doctype html><title>web</title>')
    assert.equal((await app.inject('/api/nothing')).statusCode, 404)
    await app.close()
    await store.close()
  })
})
