import type { FastifyInstance } from 'fastify'
import type { DiagnosticRecord, MentionRecord } from '../../core/index.ts'
import { findConflicts } from '../../query/index.ts'
import type { RouteContext } from '../app.ts'
import { labelOf, loadLabels } from '../labels.ts'
import { OPEN_ARRAY, responses } from '../schemas.ts'

const SOURCE_PARAM = { type: 'string', minLength: 1, description: 'source id or file name' }

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

/** Conflicts, archival citations and diagnostics. */
export function registerReportRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get(
    '/api/conflicts',
    {
      schema: {
        summary: 'Where the sources disagree, each claim with its passages',
        tags: ['facts'],
        response: responses({ type: 'object', properties: { conflicts: OPEN_ARRAY } }),
      },
    },
    async () => {
      const conflicts = findConflicts(await store.listFacts())
      const labels = await loadLabels(store)
      return {
        conflicts: conflicts.map((c) => ({
          kind: c.kind,
          subject: c.subject,
          subjectName: labelOf(labels, c.subject),
          predicate: c.predicate,
          object: c.object ?? null,
          description: c.description,
          claims: c.claims.map((claim) => ({
            value: claim.value,
            fact: claim.fact.id,
            passages: claim.passages,
          })),
        })),
      }
    },
  )

  app.get<{ Querystring: { source?: string } }>(
    '/api/citations',
    {
      schema: {
        summary: 'Archival references grouped by archive and fond, each with where it is cited',
        tags: ['citations'],
        querystring: { type: 'object', additionalProperties: false, properties: { source: SOURCE_PARAM } },
        response: responses({
          type: 'object',
          properties: { total: { type: 'integer' }, archives: OPEN_ARRAY },
        }),
      },
    },
    async (request) => {
      const { source } = request.query
      const mentions = await store.listMentions({
        types: ['citation'],
        ...(source === undefined ? {} : { source }),
      })
      const files = new Map((await store.listSources()).map((s) => [s.id as string, s.name]))
      return { total: mentions.length, archives: groupCitations(mentions, files) }
    },
  )

  app.get<{ Querystring: { source?: string; severity?: DiagnosticRecord['severity'] } }>(
    '/api/diagnostics',
    {
      schema: {
        summary: 'What the importer could not read, parse or link, with the place in the file',
        tags: ['diagnostics'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            source: SOURCE_PARAM,
            severity: { type: 'string', enum: ['error', 'warning', 'info'] },
          },
        },
        response: responses({ type: 'object', properties: { diagnostics: OPEN_ARRAY } }),
      },
    },
    async (request) => {
      const { source, severity } = request.query
      return {
        diagnostics: await store.listDiagnostics({
          ...(source === undefined ? {} : { source }),
          ...(severity === undefined ? {} : { severity }),
        }),
      }
    },
  )
}
