import { hashKey } from '../core/index.ts'

/** Characters XML 1.0 does not allow (C0 controls except tab, newline, return; U+FFFE, U+FFFF; lone surrogates). */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold.
 * @example escapeXml('a & <b> "c"') // 'a &amp; &lt;b&gt; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Attribute values; undefined values are left out. Order is as given, so output is deterministic. */
export type Attributes = Readonly<Record<string, string | undefined>>

/** Renders an element's start tag (or an empty element with `selfClose`). */
export function startTag(name: string, attributes: Attributes = {}, selfClose = false): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')
  return `<${name}${attrs}${selfClose ? '/' : ''}>`
}

/**
 * An element with already-serialised content (escape text with `escapeXml` or use `textElement`).
 * @example element('p', { n: '1' }, 'x') // '<p n="1">x</p>'
 */
export function element(name: string, attributes: Attributes, content: string): string {
  if (content === '') return startTag(name, attributes, true)
  return `${startTag(name, attributes)}${content}</${name}>`
}

/** An element holding plain text, escaped. */
export function textElement(name: string, attributes: Attributes, text: string): string {
  return element(name, attributes, escapeXml(text))
}

/**
 * Turns any id into an XML name (NCName) usable as `xml:id`: colons and other characters become `.` or `_`,
 * non-ASCII names get a hash suffix,
 * and a name that does not start with a letter or `_` gets a `_` prefix.
 * @example xmlId('person:stalin-i-v') // 'person.stalin-i-v'
 */
export function xmlId(id: string): string {
  const dotted = id.replace(/:/g, '.')
  let safe = dotted.replace(/[^A-Za-z0-9._-]/g, '_')
  // Names that lost characters get a hash of the original, so that two ids never collide.
  if (safe !== dotted) safe = `${safe}_${hashKey(id).slice(0, 8)}`
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`
}
