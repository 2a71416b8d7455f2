import type { FastifyInstance } from 'fastify'
import type { DiagnosticRecord } from '../../core/index.ts'
import { findConflicts, groupCitations } from '../../query/index.ts'
import type { RouteContext } from '../app.ts'
import { labelOf, loadLabels } from '../labels.ts'
import { OPEN_ARRAY, responses } from '../schemas.ts'

const SOURCE_PARAM = { type: 'string', minLength: 1, description: 'source id or file name' }

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
