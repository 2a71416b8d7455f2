import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MARK_END, MARK_START } from '../store/index.ts'
import { renderHtml, snippetHtml, snippetText } from './render-html.ts'

describe('renderHtml', () => {
  it('renders the Markdown of a letter and keeps note markers', () => {
    assert.equal(
      renderHtml('## Letter 1\n\n*Com. Molotov,*<sup>1</sup>\n\nRegards,  \nJ. Stalin'),
      '<h2>Letter 1</h2>\n<p><em>Com. Molotov,</em><sup>1</sup></p>\n<p>Regards,<br />\nJ. Stalin</p>\n',
    )
  })

  it('drops scripts with their content, event handlers, frames and style', () => {
    assert.equal(
      renderHtml(
        'a<script>alert(1)</script> <b onclick="x()" style="color:red">b</b><iframe src="//e"></iframe>',
      ),
      '<p>a <b>b</b></p>\n',
    )
  })

  it('keeps http links and drops javascript: ones', () => {
    assert.equal(
      renderHtml('<a href="https://example.org/">ok</a> <a href="JaVaScRiPt:alert(1)">bad</a>'),
      '<p><a href="https://example.org/" rel="noopener noreferrer nofollow">ok</a> <a rel="noopener noreferrer nofollow">bad</a></p>\n',
    )
  })
})

describe('snippetHtml', () => {
  it('escapes the text and marks each match', () => {
    assert.equal(
      snippetHtml(`<b> ${MARK_START}Trotsky${MARK_END} & co`),
      '&#60;b&#62; <mark>Trotsky</mark> &#38; co',
    )
    assert.equal(snippetText(`a ${MARK_START}b${MARK_END}`), 'a b')
  })
})
