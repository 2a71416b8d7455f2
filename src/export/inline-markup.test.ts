import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { PRIORITY, renderInline } from './inline-markup.ts'
import { markdownMarks, plainText } from './markdown-marks.ts'

const wrap = (start: number, end: number, tag: string, priority: number) => ({
  start,
  end,
  open: `<${tag}>`,
  close: `</${tag}>`,
  priority,
})

/** Renders a whole snippet with its Markdown marks and the given extra marks. */
const render = (text: string, extra: Parameters<typeof renderInline>[3] = []) =>
  renderInline(text, 0, text.length, [...markdownMarks(text, 0, text.length), ...extra])

describe('renderInline', () => {
  it('escapes the text between marks', () => {
    assert.equal(renderInline('a & b < c', 0, 9, [wrap(4, 5, 'x', 1)]), 'a &amp; <x>b</x> &lt; c')
  })
  it('nests marks that nest and drops the lower-priority one of two that cross', () => {
    const text = 'Comrade Ivan Petrov'
    assert.equal(
      renderInline(text, 0, text.length, [wrap(0, 19, 'hi', 6), wrap(8, 19, 'persName', 4)]),
      '<hi>Comrade <persName>Ivan Petrov</persName></hi>',
    )
    assert.equal(
      renderInline(text, 0, text.length, [wrap(0, 12, 'hi', 6), wrap(8, 19, 'persName', 4)]),
      'Comrade <persName>Ivan Petrov</persName>',
    )
  })
  it('replaces a note marker, whatever markup it is printed with', () => {
    const text = 'the plenum<sup>3</sup> met'
    const marker = { start: 10, end: 22, replace: '<ref n="3">3</ref>', priority: PRIORITY.marker }
    assert.equal(render(text, [marker]), 'the plenum<ref n="3">3</ref> met')
  })
})

describe('markdownMarks', () => {
  it('turns emphasis and superscripts into hi with a rendition', () => {
    assert.equal(
      render('**Bold** and *italic* x<sup>2</sup>'),
      '<hi rend="bold">Bold</hi> and <hi rend="italic">italic</hi> x<hi rend="superscript">2</hi>',
    )
  })
  it('never passes raw HTML through', () => {
    const out = render('a <script>alert(1)</script> <span class="x">b</span>')
    assert.equal(out, 'a alert(1) b')
  })
  it('drops heading hashes and turns hard line breaks into lb', () => {
    assert.equal(render('## Letter 7'), 'Letter 7')
    assert.equal(render('Regards,  \nA. Ivanov'), 'Regards,<lb/>A. Ivanov')
  })
  it('leaves asterisks that are not emphasis alone', () => {
    assert.equal(render('2 * 3 = 6'), '2 * 3 = 6')
  })
})

describe('plainText', () => {
  it('strips Markdown and tags from a snippet', () => {
    assert.equal(plainText('*Com. Petrov,*<sup>1</sup>'), 'Com. Petrov,1')
  })
})
