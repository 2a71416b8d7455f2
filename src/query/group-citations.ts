import type { MentionRecord } from '../core/index.ts'

/** Citation mentions grouped by archive, then by fond, in name order (fonds in numeric order). */
export function groupCitations(mentions: readonly MentionRecord[], files: ReadonlyMap<string, string>) {
  const groups = new Map<string, Map<string, MentionRecord[]>>()
  for (const mention of mentions) {
    if (mention.citation === undefined) continue
    const archive = mention.citation.archive ?? '(archive not named)'
    const fond = mention.citation.fond ?? '(no fond)'
    const byFond = groups.get(archive) ?? new Map<string, MentionRecord[]>()
    byFond.set(fond, [...(byFond.get(fond) ?? []), mention])
    groups.set(archive, byFond)
  }
  return [...groups]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([archive, byFond]) => ({
      archive,
      fonds: [...byFond]
        .sort((a, b) => a[0].localeCompare(b[0], undefined, { numeric: true }))
        .map(([fond, list]) => ({
          fond,
          citations: list.map((m) => ({
            ...m.citation,
            surface: m.surface,
            sourceId: m.sourceId,
            file: files.get(m.sourceId) ?? '',
            documentId: m.documentId ?? null,
            line: m.provenance.lineStart,
          })),
        })),
    }))
}
