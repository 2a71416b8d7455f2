import type { ReactNode } from 'react'
import type { WitnessSet } from '../api.ts'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const loose = (s: string) =>
  s
    .replace(/^\[|\]$/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('\\s+')

/** The base reading, then its bracketed other reading, as the text prints them. */
function variantPattern(base: string, other: string): RegExp {
  return new RegExp(`${loose(base)}\\s*\\[${loose(other)}\\]`)
}

/**
 * One reading of a text given in two versions: `base` drops the bracketed readings and marks the base ones,
 * `other` puts each bracketed reading in place of its base. The text is rendered as React text, never as HTML.
 */
export function WitnessReading(props: { text: string; witnesses: WitnessSet; reading: 'base' | 'other' }) {
  const parts: ReactNode[] = []
  let rest = props.text
  let key = 0
  for (const variant of props.witnesses.variants) {
    const match = variantPattern(variant.baseReading, variant.otherReading).exec(rest)
    if (match === null) continue
    parts.push(rest.slice(0, match.index))
    const omitted = variant.kind === 'omission'
    const shown = props.reading === 'base' ? variant.baseReading : omitted ? '' : variant.otherReading
    const other = props.reading === 'base' ? variant.otherReading : variant.baseReading
    parts.push(
      <mark
        key={key++}
        className={`variant variant-${variant.kind}`}
        title={`${variant.kind}; the other reading: ${other}`}
      >
        {shown === '' ? '[omitted]' : shown}
      </mark>,
    )
    rest = rest.slice(match.index + match[0].length)
  }
  parts.push(rest)
  return <div className="witness-reading">{parts}</div>
}
