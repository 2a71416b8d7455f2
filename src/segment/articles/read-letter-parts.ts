import type { Span, TextField } from '../../core/index.ts'
import { isDateLine } from './parse-document-date.ts'
import { isBlank, type SourceLine } from './source-lines.ts'

/** A signature: initials and a surname ("L. Trotsky", "J. Stalin.<sup>12</sup>") or a name in parentheses. */
const SIGNATURE =
  /^(?:(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}’'-]+\.?|\(\p{Lu}[\p{L}’'-]+\))\s*(?:<sup>\d+<\/sup>|\^\[\d+\])?\s*$/u
/** An archival source line in brackets after a signature ("[RGASPI, f.51, op.1, …]"). */
const SOURCE_LINE = /^\[[^\]]*\b(?:f\.|fond|op\.|d\.|delo|l\.|ll\.)\s?\d/

/** An all-capitals address line ("TO MEMBERS OF THE CC AND CCC") and the addressees it and the next lines name. */
export interface AddressLine {
  readonly line: SourceLine
  readonly addressees: string[]
}

/**
 * Reads an address line opening a letter: a paragraph of one line in capitals that begins with "TO ",
 * plus a following "To the …" line.
 * @example readAddressLine(splitLines('\nTO ALL MEMBERS OF THE BOARD\n'), 1)?.addressees // ['ALL MEMBERS OF THE BOARD']
 */
export function readAddressLine(lines: readonly SourceLine[], index: number): AddressLine | undefined {
  const line = lines[index]
  if (line === undefined || !isBlank(lines[index - 1]) || !isBlank(lines[index + 1])) return undefined
  const text = line.text.trim()
  const letters = text.replace(/\P{L}/gu, '')
  if (!/^TO\s/.test(text) || text.split(/\s+/).length < 3 || letters !== letters.toUpperCase())
    return undefined
  const addressees = [text.replace(/^TO\s+/, '').replace(/\.$/, '')]
  const next = lines.slice(index + 1, index + 4).find((l) => !isBlank(l))
  const also = next === undefined ? undefined : /^To\s+(.+?)\.?$/.exec(next.text.trim())
  if (also?.[1] !== undefined) addressees.push(also[1])
  return { line, addressees }
}

/** Where an addressed letter ends: its signature, the dateline above it, and an archival line after it. */
export interface LetterEnd {
  readonly signer: SourceLine
  readonly dateLine?: SourceLine
  readonly end: number
}

/**
 * Finds the end of a letter that starts at `index`: the first signature line preceded by a dateline
 * (the usual close of a memorandum), else the first signature line, then a bracketed source line if one
 * follows. Stops at `limit`.
 */
export function findLetterEnd(
  lines: readonly SourceLine[],
  index: number,
  limit: number,
): LetterEnd | undefined {
  const candidates: { signer: SourceLine; at: number; dateLine?: SourceLine }[] = []
  for (let j = index + 1; j < lines.length && (lines[j] as SourceLine).end <= limit; j++) {
    const line = lines[j] as SourceLine
    if (!SIGNATURE.test(line.text.trim()) || !isBlank(lines[j - 1])) continue
    const previous = previousNonBlank(lines, j)
    const dateLine = previous !== undefined && isDateLine(previous.text) ? previous : undefined
    candidates.push({ signer: line, at: j, ...(dateLine === undefined ? {} : { dateLine }) })
    if (dateLine !== undefined) break
  }
  const chosen = candidates.find((c) => c.dateLine !== undefined) ?? candidates[0]
  if (chosen === undefined) return undefined
  const after = lines.slice(chosen.at + 1, chosen.at + 4).find((l) => !isBlank(l))
  const end = after !== undefined && SOURCE_LINE.test(after.text.trim()) ? after.end : chosen.signer.end
  return {
    signer: chosen.signer,
    end,
    ...(chosen.dateLine === undefined ? {} : { dateLine: chosen.dateLine }),
  }
}

/**
 * The signature of a headed letter: the last signature line inside it.
 * @example findSigner(splitLines('text\n(Medvedev)\n'), { start: 0, end: 16 })?.text // '(Medvedev)'
 */
export function findSigner(lines: readonly SourceLine[], span: Span): TextField | undefined {
  const inside = lines.filter((line) => line.start >= span.start && line.end <= span.end)
  const signer = inside.filter((line) => SIGNATURE.test(line.text.trim())).at(-1)
  if (signer === undefined) return undefined
  const value = signer.text.trim()
  const start = signer.start + signer.text.indexOf(value)
  return { text: value, span: { start, end: start + value.length } }
}

function previousNonBlank(lines: readonly SourceLine[], index: number): SourceLine | undefined {
  for (let j = index - 1; j >= 0 && j >= index - 3; j--) if (!isBlank(lines[j])) return lines[j]
  return undefined
}
