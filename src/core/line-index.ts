/**
 * Maps offsets of a string to 1-based line numbers and back.
 * @example createLineIndex('a\nb').lineAt(2) // 2
 */
export interface LineIndex {
  /** 1-based line of the character at `offset` (an offset at the very end belongs to the last line). */
  lineAt(offset: number): number
  /** Offset where 1-based `line` starts. */
  lineStart(line: number): number
  /** Offset where 1-based `line` ends, before its line break. */
  lineEnd(line: number): number
  readonly lineCount: number
}

export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  const lineCount = starts.length
  return {
    lineCount,
    lineAt(offset) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] as number) <= offset) lo = mid
        else hi = mid - 1
      }
      return lo + 1
    },
    lineStart(line) {
      const start = starts[line - 1]
      if (start === undefined)
        throw new RangeError(`Cannot find line ${line}: the text has ${lineCount} lines`)
      return start
    },
    lineEnd(line) {
      const next = starts[line]
      if (next !== undefined) return next - 1
      if (line === lineCount) return text.length
      throw new RangeError(`Cannot find line ${line}: the text has ${lineCount} lines`)
    },
  }
}
