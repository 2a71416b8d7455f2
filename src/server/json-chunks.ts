/** Pieces of JSON are gathered up to about this many characters before they are handed on. */
const CHUNK_CHARS = 64 * 1024

/** Values JSON leaves out of an object (and writes as null in an array). */
const skipped = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol'

/**
 * `JSON.stringify(value, null, 2)` in pieces, the text starting at `indent`: objects and arrays down to `depth`
 * levels are written member by member, anything deeper (or with a `toJSON`) whole, so that no piece is larger
 * than one member at that depth. Joined, the pieces equal what `JSON.stringify` writes (with each of its line
 * breaks followed by `indent`).
 * @example [...jsonPieces({ a: [1] }, '', 2)].join('') === JSON.stringify({ a: [1] }, null, 2) // true
 */
export function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  const whole =
    depth <= 0 ||
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  if (whole) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`)
    return
  }
  const inner = `${indent}  `
  const members: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => ['', skipped(item) ? null : item])
    : Object.entries(value).flatMap(([key, item]) =>
        skipped(item) ? [] : [[`${JSON.stringify(key)}: `, item]],
      )
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  if (members.length === 0) {
    yield `${open}${close}`
    return
  }
  yield open
  for (const [index, [key, item]] of members.entries()) {
    yield `${index === 0 ? '' : ','}\n${inner}${key}`
    yield* jsonPieces(item, inner, depth - 1)
  }
  yield `\n${indent}${close}`
}

/**
 * A JSON array written one item at a time, as `JSON.stringify(items, null, 2)` and a line break would write it
 * (the format of `toJson`): each item is asked for only when the one before it is written, so a caller can load
 * one, write it and drop it. Items that come back undefined are left out. Yields pieces of about 64 KB.
 */
export async function* jsonArrayChunks(items: AsyncIterable<unknown>, depth = 3): AsyncGenerator<string> {
  let buffer = ''
  let count = 0
  for await (const item of items) {
    if (item === undefined) continue
    buffer += count === 0 ? '[\n  ' : ',\n  '
    count += 1
    for (const piece of jsonPieces(item, '  ', depth)) {
      buffer += piece
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer
        buffer = ''
      }
    }
  }
  yield `${buffer}${count === 0 ? '[]' : '\n]'}\n`
}
