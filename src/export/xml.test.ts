import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { element, escapeXml, startTag, textElement, xmlId } from './xml.ts'

describe('escapeXml', () => {
  it('escapes ampersands, angle brackets and double quotes', () => {
    assert.equal(escapeXml('Tom & Jerry <b>"hi"</b>'), 'Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt;')
  })
  it('drops characters XML 1.0 cannot hold and keeps tabs, newlines and Cyrillic', () => {
    assert.equal(escapeXml('a\u0000b\u000Bc\td\nТроцкий\uFFFE'), 'abc\td\nТроцкий')
  })
  it('escapes attribute values in tags', () => {
    assert.equal(startTag('ref', { target: '#a"b', n: undefined }), '<ref target="#a&quot;b">')
    assert.equal(textElement('p', {}, '1 < 2'), '<p>1 &lt; 2</p>')
    assert.equal(element('p', {}, ''), '<p/>')
  })
})

describe('xmlId', () => {
  it('turns prefixed ids into XML names', () => {
    assert.equal(xmlId('person:stalin-i-v'), 'person.stalin-i-v')
    assert.equal(xmlId('doc:3f2a'), 'doc.3f2a')
  })
  it('gives names with other characters a hash so that they never collide', () => {
    const a = xmlId('person:троцкий')
    const b = xmlId('person:ленин')
    assert.match(a, /^person\.[A-Za-z0-9._-]+$/)
    assert.notEqual(a, b)
  })
  it('prefixes names that start with a digit', () => {
    assert.equal(xmlId('1925'), '_1925')
  })
})
