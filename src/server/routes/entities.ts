import type { FastifyInstance } from 'fastify'
import type { EntityType, MentionRecord } from '../../core/index.ts'
import { NotFoundError } from '../../core/index.ts'
import { findEntities } from '../../pipeline/index.ts'
import { correspondents, membersOverTime, timeline } from '../../query/index.ts'
import type { EntitySummary } from '../../store/index.ts'
import { createAnswerCache, matchesEtag } from '../answer-cache.ts'
import type { RouteContext } from '../app.ts'
import { loadEntityIndex } from '../entity-index.ts'
import { labelOf, loadLabels } from '../labels.ts'
import { toRef } from '../resolve-entity.ts'
import { perRevision } from '../store-cache.ts'

/** The path parameter of an entity's routes. */
const ENTITY_ID = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1 } },
} as const

/** Mentions returned with an entity unless the request asks for another page. */
const MENTION_PAGE = 200
/** Timeline entries returned with an entity unless asked otherwise: a writer of thousands of letters has as many. */
const TIMELINE_PAGE = 200
/** Letters (and their passages) listed with each correspondent; `count` gives how many there are. */
const CORRESPONDENT_LETTERS = 50
/** Bytes of serialised entity pages kept per store revision. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024

import {
  ENTITY_TYPES,
  LIMIT,
  listOf,
  OFFSET,
  OPEN_ARRAY,
  OPEN_OBJECT,
  responses,
  splitList,
} from '../schemas.ts'

interface EntityPageQuery {
  mentionLimit: number
  mentionOffset: number
  timelineLimit: number
  timelineOffset: number
}

/** GET /api/entities (by type and any spelling) and GET /api/entities/{id} (the entity page). */
export function registerEntityRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: { type?: string; q?: string; limit: number; offset: number } }>(
    '/api/entities',
    {
      schema: {
        summary: 'People, bodies, places and events; q finds a name in any spelling or script, best first',
        tags: ['entities'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            type: listOf(ENTITY_TYPES, 'comma-separated entity types'),
            q: { type: 'string', minLength: 1, maxLength: 200 },
            limit: LIMIT,
            offset: OFFSET,
          },
        },
        response: responses({
          type: 'object',
          properties: { total: { type: 'integer' }, entities: OPEN_ARRAY },
        }),
      },
    },
    async (request) => {
      const { type, q, limit, offset } = request.query
      const types = splitList<EntityType>(type)
      const all = await store.listEntities(types === undefined ? {} : { types })
      const found = q === undefined ? all : (findEntities(q, all) as EntitySummary[])
      return { total: found.length, entities: found.slice(offset, offset + limit) }
    },
  )

  // Every letter of the store, kept per revision: each person's page looks for its writer and addressees among them.
  const allLetters = () => perRevision(store, 'letters', () => store.listFacts({ types: ['correspondence'] }))
  const pages = createAnswerCache(store, PAGE_CACHE_BYTES)
  app.get<{ Params: { id: string }; Querystring: EntityPageQuery }>(
    '/api/entities/:id',
    {
      schema: {
        summary:
          'One entity: names and variants, life dates, its mentions in context and its timeline (a page of each), posts, correspondents, members',
        tags: ['entities'],
        params: ENTITY_ID,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            mentionLimit: { type: 'integer', minimum: 0, maximum: 5000, default: MENTION_PAGE },
            mentionOffset: { type: 'integer', minimum: 0, default: 0 },
            timelineLimit: { type: 'integer', minimum: 0, maximum: 5000, default: TIMELINE_PAGE },
            timelineOffset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: responses(
          {
            type: 'object',
            properties: {
              entity: OPEN_OBJECT,
              mentions: OPEN_ARRAY,
              mentionTotal: { type: 'integer' },
              posts: OPEN_ARRAY,
              timeline: OPEN_ARRAY,
              timelineTotal: { type: 'integer' },
              correspondents: OPEN_ARRAY,
              members: OPEN_ARRAY,
            },
          },
          404,
        ),
      },
    },
    async (request, reply) => {
      const { mentionLimit, mentionOffset, timelineLimit, timelineOffset } = request.query
      const key = [request.params.id, mentionLimit, mentionOffset, timelineLimit, timelineOffset].join(
        '\u0000',
      )
      // Worked out and serialised once per store revision (the timeline of a much-mentioned person reads every
      // letter of the edition: 75 ms at 100 MB); a repeat visit gets a 304.
      const answer = await pages.get(
        key,
        async () => reply.serializeInput(await entityPage(request.params.id, request.query), '200') as string,
      )
      reply.header('ETag', answer.etag).header('Cache-Control', 'no-cache')
      if (matchesEtag(request.headers['if-none-match'], answer.etag)) return reply.code(304).send()
      return reply.type('application/json; charset=utf-8').send(answer.body)
    },
  )
  /** One entity's page: the entity, a page of its mentions and of its timeline, posts, correspondents, members. */
  async function entityPage(id: string, query: EntityPageQuery) {
    // From the entity index kept per revision: the store would count the entity's mentions again each time.
    const entity = (await loadEntityIndex(store)).byId.get(id)
    if (entity === undefined) throw new NotFoundError('entity', id)
    const ref = toRef(entity)
    const labels = await loadLabels(store)
    const own = await store.listFacts({ entity: entity.id })
    const letters = await allLetters()
    const seen = new Set(own.map((f) => f.id))
    const entries = timeline([...own, ...letters.filter((f) => !seen.has(f.id))], ref)
    // A page of mentions: a person of a large corpus is mentioned tens of thousands of times.
    const { mentionLimit, mentionOffset, timelineLimit, timelineOffset } = query
    const mentions = await store.listMentions({
      entityId: entity.id,
      limit: mentionLimit,
      offset: mentionOffset,
    })
    return {
      entity,
      mentionTotal: entity.mentions,
      mentions: mentions.map((m) => mentionView(m, labels.files)),
      posts: entries
        .filter((e) => e.fact.type === 'post' && e.part === 'subject')
        .map((e) => ({
          day: e.day ?? null,
          role: e.fact.role ?? e.fact.predicate,
          body: e.fact.object ?? null,
          bodyName:
            e.fact.object === undefined ? (e.fact.institution ?? null) : labelOf(labels, e.fact.object),
          start: e.fact.start ?? null,
          end: e.fact.end ?? null,
          fact: e.fact.id,
          passages: e.passages,
        })),
      timelineTotal: entries.length,
      timeline: entries.slice(timelineOffset, timelineOffset + timelineLimit).map((e) => ({
        day: e.day ?? null,
        part: e.part,
        fact: e.fact,
        passages: e.passages,
      })),
      correspondents:
        entity.type === 'person'
          ? correspondents(letters, ref, { limit: CORRESPONDENT_LETTERS }).map((c) => ({
              ...c,
              name: labelOf(labels, c.correspondent),
            }))
          : [],
      members:
        entity.type === 'body'
          ? membersOverTime(own, ref).map((m) => ({ ...m, name: labelOf(labels, m.person) }))
          : [],
    }
  }
  app.get<{ Params: { id: string }; Querystring: { limit: number; offset: number } }>(
    '/api/entities/:id/mentions',
    {
      schema: {
        summary: 'A page of the mentions of one entity, in file order, each with its context',
        tags: ['entities'],
        params: ENTITY_ID,
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: MENTION_PAGE },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
        response: responses(
          { type: 'object', properties: { total: { type: 'integer' }, mentions: OPEN_ARRAY } },
          404,
        ),
      },
    },
    async (request) => {
      // From the entity index kept per revision: the store would count the entity's mentions again each time.
      const entity = (await loadEntityIndex(store)).byId.get(request.params.id)
      if (entity === undefined) throw new NotFoundError('entity', request.params.id)
      const { limit, offset } = request.query
      const labels = await loadLabels(store)
      const mentions = await store.listMentions({ entityId: entity.id, limit, offset })
      return {
        total: entity.mentions,
        mentions: mentions.map((m) => mentionView(m, labels.files)),
      }
    },
  )
}

/** A mention as an entity page lists it: where it is and the words around it. */
function mentionView(m: MentionRecord, files: ReadonlyMap<string, string>) {
  return {
    sourceId: m.sourceId,
    file: files.get(m.sourceId) ?? '',
    documentId: m.documentId ?? null,
    surface: m.surface,
    line: m.provenance.lineStart,
    prefix: m.provenance.quote.prefix,
    exact: m.provenance.quote.exact,
    suffix: m.provenance.quote.suffix,
  }
}
