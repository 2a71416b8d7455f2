import type { Diagnostic, OffsetMap } from '../core/index.ts'
import { createTextBuilder, identityMap } from '../core/index.ts'

/** A text with LF line endings and no byte order mark, mapped to the decoded file. */
export interface NormalizedText {
  readonly text: string
  readonly map: OffsetMap
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Drops a leading byte order mark and turns CRLF and lone CR line endings into LF, through the offset builder.
 * Each change is reported once as an info diagnostic (with the place of the first occurrence).
 * @example normalizeLineEndings('\uFEFFa\r\nb').text // 'a\nb'
 */
export function normalizeLineEndings(raw: string): NormalizedText {
  const hasBom = raw.charCodeAt(0) === 0xfeff
  const firstCr = raw.indexOf('\r')
  if (!hasBom && firstCr === -1) return { text: raw, map: identityMap(raw.length), diagnostics: [] }
  const builder = createTextBuilder(raw)
  const diagnostics: Diagnostic[] = []
  let cursor = 0
  if (hasBom) {
    builder.replace(0, 1, '')
    cursor = 1
    diagnostics.push(info('byte-order-mark', 'Dropped the byte order mark at the start of the file', 0, 1))
  }
  let count = 0
  for (let i = firstCr; i !== -1; i = raw.indexOf('\r', cursor)) {
    builder.copy(cursor, i)
    const end = raw.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
    builder.replace(i, end, '\n')
    cursor = end
    count++
  }
  builder.copy(cursor, raw.length)
  if (count > 0) {
    diagnostics.push(
      info('line-endings', `Normalised ${count} CRLF or CR line endings to LF`, firstCr, firstCr + 1),
    )
  }
  const { text, map } = builder.build()
  return { text, map, diagnostics }
}

function info(ruleId: string, reason: string, start: number, end: number): Diagnostic {
  return { severity: 'info', reason, source: 'ingest', ruleId, place: { start, end } }
}
