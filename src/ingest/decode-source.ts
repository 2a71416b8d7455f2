import type { Diagnostic } from '../core/index.ts'

/** Lines longer than this many characters make a file unreadable (e.g. a dump with no line breaks). */
export const MAX_LINE_LENGTH = 1_000_000
/** How many leading bytes are sampled to tell text from binary data. */
const BINARY_SAMPLE_BYTES = 65_536
/** Share of control bytes in the sample above which a file counts as binary. */
const BINARY_CONTROL_SHARE = 0.1

/** The decoded file, or the diagnostics that explain why it cannot be read. */
export type DecodedSource =
  | { readonly raw: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly raw?: undefined; readonly diagnostics: readonly Diagnostic[] }

/**
 * Decodes a file's bytes as UTF-8, refusing empty, binary and invalid files and files with a line too long
 * to process. A byte order mark is kept in `raw` (so raw offsets stay true); ingest drops it from the text.
 * @example decodeSource(new TextEncoder().encode('Letter 1\n')).raw // 'Letter 1\n'
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const refused = checkBytes(bytes)
  if (refused !== undefined) return { diagnostics: [refused] }
  let raw: string
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const offset = findInvalidUtf8(bytes)
    return {
      diagnostics: [
        error('invalid-utf8', `Cannot decode the file as UTF-8: invalid byte sequence at byte ${offset}`),
      ],
    }
  }
  if (/^[\s\uFEFF]*$/.test(raw)) {
    return { diagnostics: [error('empty-file', 'Cannot read the file: it holds only white space')] }
  }
  return { raw, diagnostics: [] }
}

function checkBytes(bytes: Uint8Array): Diagnostic | undefined {
  if (bytes.length === 0) return error('empty-file', 'Cannot read the file: it is empty')
  const nul = bytes.indexOf(0)
  if (nul !== -1)
    return error('binary-file', `Cannot read the file: it is binary (a NUL byte at byte ${nul})`)
  const sampleEnd = Math.min(bytes.length, BINARY_SAMPLE_BYTES)
  let controls = 0
  for (let i = 0; i < sampleEnd; i++) {
    const byte = bytes[i] as number
    // Tab, line feed, form feed and carriage return are layout, not binary data.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) controls++
  }
  if (controls > sampleEnd * BINARY_CONTROL_SHARE) {
    return error(
      'binary-file',
      `Cannot read the file: it is binary (${controls} control bytes in the first ${sampleEnd})`,
    )
  }
  const long = findLongLine(bytes)
  if (long !== undefined) {
    return error(
      'line-too-long',
      `Cannot read the file: line at byte ${long} is longer than ${MAX_LINE_LENGTH} characters`,
    )
  }
  return undefined
}

/**
 * Finds the byte offset of a line with more than MAX_LINE_LENGTH characters, scanning bytes with the native
 * `indexOf` so a 100 MB file without line breaks is refused without being decoded.
 */
export function findLongLine(bytes: Uint8Array): number | undefined {
  let start = 0
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start)
    if (end === -1) end = bytes.length
    const length = end - start
    // A UTF-8 character takes 1 to 4 bytes: count characters only when the byte length leaves doubt.
    if (
      length > MAX_LINE_LENGTH &&
      (length > 4 * MAX_LINE_LENGTH || countCharacters(bytes, start, end) > MAX_LINE_LENGTH)
    ) {
      return start
    }
    start = end + 1
  }
  return undefined
}

function countCharacters(bytes: Uint8Array, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++) {
    const byte = bytes[i] as number
    if ((byte & 0xc0) !== 0x80) count += byte >= 0xf0 ? 2 : 1 // astral characters take two UTF-16 units
  }
  return count
}

/** Byte offset of the first invalid UTF-8 sequence (only run once the decoder has refused the file). */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i] as number
    const need =
      byte < 0x80
        ? 0
        : byte >= 0xc2 && byte <= 0xdf
          ? 1
          : byte >= 0xe0 && byte <= 0xef
            ? 2
            : byte >= 0xf0 && byte <= 0xf4
              ? 3
              : -1
    if (need === -1) return i
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      if (k === 1 && !isValidSecondByte(byte, next)) return i
    }
    i += need + 1
  }
  return bytes.length
}

/** Overlong forms, surrogates and code points above U+10FFFF are ruled out by the second byte. */
function isValidSecondByte(first: number, second: number): boolean {
  if (first === 0xe0) return second >= 0xa0
  if (first === 0xed) return second <= 0x9f
  if (first === 0xf0) return second >= 0x90
  if (first === 0xf4) return second <= 0x8f
  return true
}

/** Refusals carry no place: there is no decoded text for it to point into; byte offsets are in the reason. */
function error(ruleId: string, reason: string): Diagnostic {
  return { severity: 'error', reason, source: 'ingest', ruleId }
}
