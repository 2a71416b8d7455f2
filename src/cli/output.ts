/** Writes data to stdout (never progress or messages: those go to stderr, so stdout stays clean for data). */
export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`)
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Formats rows as an aligned text table. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows.map((row) => row.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) =>
        typeof rows[0]?.[i] === 'number' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  /** An unexpected failure (a bug, an I/O error). */
  failure: 1,
  /** The command was used wrongly (bad option, bad argument). */
  usage: 2,
  /** What was asked for does not exist. */
  notFound: 3,
  /** `--strict` and some source had error diagnostics, or `fond eval` is below a floor given by `--min`. */
  problems: 4,
} as const
