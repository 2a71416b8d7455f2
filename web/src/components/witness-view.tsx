import { type ReactNode, useState } from 'react'
import type { Variant, WitnessSet } from '../api.ts'

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

/** A stretch of a text in two versions: text both witnesses share, or a variant (with its number). */
export type Segment = string | { readonly variant: Variant; readonly index: number }

/**
 * Cuts a text that prints its other reading in brackets into shared text and variants, in text order. A variant
 * whose place is not found stays inside the shared text (the reader then shows it as printed).
 */
export function witnessSegments(text: string, witnesses: WitnessSet): Segment[] {
  const segments: Segment[] = []
  let rest = text
  for (const [index, variant] of witnesses.variants.entries()) {
    const match = variantPattern(variant.baseReading, variant.otherReading).exec(rest)
    if (match === null) continue
    segments.push(rest.slice(0, match.index), { variant, index })
    rest = rest.slice(match.index + match[0].length)
  }
  segments.push(rest)
  return segments
}

type Reading = 'base' | 'other'

/** What a witness reads at a variant place ("[omitted]" where it has nothing). */
function readingOf(variant: Variant, reading: Reading): string {
  const shown =
    reading === 'base' ? variant.baseReading : variant.kind === 'omission' ? '' : variant.otherReading
  return shown === '' ? '[omitted]' : shown
}

/** A marked variant: its kind, and the other witness's reading on hover. */
function VariantMark(props: {
  variant: Variant
  reading: Reading
  index?: number
  active?: boolean
  onActive?: (index: number | undefined) => void
}) {
  const { variant, reading, index, onActive } = props
  const other = reading === 'base' ? readingOf(variant, 'other') : readingOf(variant, 'base')
  const linked = onActive !== undefined && index !== undefined
  return (
    <mark
      className={`variant variant-${variant.kind}${props.active ? ' linked' : ''}`}
      title={`${variant.kind}; the other reading: ${other}`}
      data-variant={index}
      // Focusable only where the two readings are linked, so the keyboard can move from variant to variant.
      {...(linked
        ? {
            tabIndex: 0,
            onMouseEnter: () => onActive(index),
            onMouseLeave: () => onActive(undefined),
            onFocus: () => onActive(index),
            onBlur: () => onActive(undefined),
          }
        : {})}
    >
      {readingOf(variant, reading)}
    </mark>
  )
}

/**
 * One reading of a text given in two versions: `base` drops the bracketed readings and marks the base ones,
 * `other` puts each bracketed reading in place of its base. The text is rendered as React text, never as HTML.
 */
export function WitnessReading(props: { text: string; witnesses: WitnessSet; reading: Reading }) {
  const parts: ReactNode[] = witnessSegments(props.text, props.witnesses).map((segment, key) =>
    typeof segment === 'string' ? (
      segment
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a text
      <VariantMark key={key} variant={segment.variant} reading={props.reading} />
    ),
  )
  return <div className="witness-reading">{parts}</div>
}

/** The segments cut into paragraphs, so that the two columns line up paragraph by paragraph. */
function paragraphs(segments: readonly Segment[]): Segment[][] {
  const rows: Segment[][] = [[]]
  for (const segment of segments) {
    if (typeof segment !== 'string') {
      rows[rows.length - 1]?.push(segment)
      continue
    }
    segment.split(/\n\s*\n/).forEach((piece, i) => {
      if (i > 0) rows.push([])
      if (piece !== '') rows[rows.length - 1]?.push(piece)
    })
  }
  return rows.filter((row) => row.some((s) => typeof s !== 'string' || s.trim() !== ''))
}

/**
 * Both readings side by side, paragraph beside paragraph, each variant marked in both; pointing at (or focusing)
 * a variant in one column highlights it in the other. At phone width each paragraph's two readings stack.
 */
export function WitnessColumns(props: { text: string; witnesses: WitnessSet }) {
  const [active, setActive] = useState<number | undefined>()
  const rows = paragraphs(witnessSegments(props.text, props.witnesses))
  const labels = { base: props.witnesses.baseLabel, other: props.witnesses.otherLabel }
  const cell = (row: Segment[], reading: Reading) => (
    <div className={`witness-cell witness-${reading}`}>
      <span className="witness-cell-label">{labels[reading]}</span>
      {row.map((segment, key) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <VariantMark
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a text
            key={key}
            variant={segment.variant}
            reading={reading}
            index={segment.index}
            active={active === segment.index}
            onActive={setActive}
          />
        ),
      )}
    </div>
  )
  return (
    <div className="witness-columns">
      <div className="witness-row witness-head" aria-hidden="true">
        <strong>{labels.base}</strong>
        <strong>{labels.other}</strong>
      </div>
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are fixed for a text
        <div className="witness-row" key={i}>
          {cell(row, 'base')}
          {cell(row, 'other')}
        </div>
      ))}
    </div>
  )
}
