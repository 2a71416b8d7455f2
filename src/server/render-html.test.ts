import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MARK_END, MARK_START } from '../store/index.ts'
import { renderHtml, snippetHtml, snippetText } from './render-html.ts'

describe('renderHtml', () => {
  it('renders the Markdown of a letter and keeps note markers', () => {
    assert.equal(
      renderHtml('## Letter 1\n\n*Com. Molotov,*<sup>1</sup>\n\nRegards,  \nJ. Stalin'),
      '<h2 data-line="0">Letter 1</h2>\n<p data-line="2"><em>Com. Molotov,</em><sup>1</sup></p>\n<p data-line="4">Regards,<br />\nJ. Stalin</p>\n',
    )
  })

  it('drops scripts with their content, event handlers, frames and style', () => {
    assert.equal(
      renderHtml(
        'a<script>alert(1)</script> <b onclick="x()" style="color:red">b</b><iframe src="//e"></iframe>',
      ),
      '<p data-line="0">a <b>b</b></p>\n',
    )
  })

  it('keeps http links and drops javascript: ones', () => {
    assert.equal(
      renderHtml('<a href="https://example.org/">ok</a> <a href="JaVaScRiPt:alert(1)">bad</a>'),
      '<p data-line="0"><a href="https://example.org/" rel="noopener noreferrer nofollow">ok</a> <a rel="noopener noreferrer nofollow">bad</a></p>\n',
    )
  })
})

describe('line anchors', () => {
  it('anchor each block to its first line in the text, in lists and quotes too', () => {
    const html = renderHtml('Dear comrade,\n\nThe plan\nis late.\n\n- grain\n- coal\n\n> quoted')
    assert.deepEqual(
      [...html.matchAll(/<(\w+) data-line="(\d+)"/g)].map((m) => `${m[1]}@${m[2]}`),
      ['p@0', 'p@2', 'li@5', 'li@6', 'blockquote@8', 'p@8'],
    )
  })

  it('drop an anchor a source wrote that is not a number, with its other attributes', () => {
    assert.equal(renderHtml('<p data-line="x" onclick="y()" data-other="z">a</p>'), '<p>a</p>')
  })

  it('drop every anchor a source wrote, numbers too, so the anchors stay in order', () => {
    const hostile = [
      'First block.',
      '',
      '<p data-line="999">A fake anchor far ahead.</p>',
      '',
      '<blockquote DATA-LINE="0"><p data-line=\'7\'>Quoted</p></blockquote>',
      '',
      'A line <b data-line="3">bold</b>, then a <span data-line="4">span</span>.',
      '',
      '- a list item',
      '',
      'Last block.',
    ].join('\n')
    const html = renderHtml(hostile)
    const lines = [...html.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]))
    assert.deepEqual(lines, [0, 6, 8, 10], html)
    assert.doesNotMatch(html, /data-fond-line/, "the rule's own attribute never comes out")
    assert.match(html, /<p>A fake anchor far ahead\.<\/p>/)
  })

  it("keep no anchor named like the rule's own one that a source wrote", () => {
    const html = renderHtml('<p data-fond-line-00="5">a</p>\n\nb')
    assert.deepEqual(
      [...html.matchAll(/data-line="(\d+)"/g)].map((m) => m[1]),
      ['2'],
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
