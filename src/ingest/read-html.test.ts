import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readHtml } from './read-html.ts'

describe('readHtml', () => {
  it('separates blocks by blank lines and writes headings with #', () => {
    const html =
      '<body><h1>Stalin’s Letters</h1>\n<p>Dear\n   Viacheslav,</p><p>Regards,<br>J. Stalin</p></body>'
    assert.equal(readHtml(html).text, '# Stalin’s Letters\n\nDear Viacheslav,\n\nRegards,\nJ. Stalin')
  })

  it('keeps <sup> markers as written and maps text back to the HTML', () => {
    const html = '<p>the Politburo<sup>3</sup> met &amp; decided</p>'
    const result = readHtml(html)
    assert.equal(result.text, 'the Politburo<sup>3</sup> met & decided')
    const at = result.text.indexOf('decided')
    assert.equal(html.slice(result.map.toRaw(at), result.map.toRaw(at + 7, 'end')), 'decided')
  })

  it('drops scripts, styles, navigation, headers and footers, and records them', () => {
    const html =
      '<html><head><title>A page</title><style>p{}</style></head><body><nav>Home | About</nav><header>Site</header><p>Text</p><footer>© Site</footer><script>x()</script></body></html>'
    const result = readHtml(html)
    assert.equal(result.text, 'Text')
    assert.equal(result.title, 'A page')
    assert.ok(result.removals.every((removal) => removal.reason === 'markup'))
    assert.equal(result.removals.length, 5)
  })

  it('writes bold and italic as Markdown and list items with a dash', () => {
    assert.equal(readHtml('<ul><li><b>One</b></li><li><i>Two</i></li></ul>').text, '- **One**\n\n- *Two*')
  })
})
