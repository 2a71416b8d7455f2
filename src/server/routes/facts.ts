import type { FastifyInstance } from 'fastify'
import type { FactType } from '../../core/index.ts'
import type { Holder, PostInterval } from '../../query/index.ts'
import { membersOverTime, parseDay, systemOn, timeline, weakFacts, whoHeld } from '../../query/index.ts'
import type { RouteContext } from '../app.ts'
import { HttpError } from '../errors.ts'
import type { Labels } from '../labels.ts'
import { labelOf, loadLabels } from '../labels.ts'
import { resolveEntity, toRef } from '../resolve-entity.ts'
import { DAY, FACT_TYPES, listOf, OPEN_ARRAY, OPEN_OBJECT, responses, splitList } from '../schemas.ts'

const ENTITY_PARAM = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description: 'an id or a name in any spelling',
}
const BODY_PARAM = { type: 'string', minLength: 1, maxLength: 200, description: 'a body by id or any name' }

/** A day that the pattern let through but the calendar does not have (1926-02-30) is a bad request. */
function checkDay(on: string): string {
  const day = parseDay(on)
  if (day === undefined) throw new HttpError(400, 'bad-request', `Expected a day as YYYY-MM-DD, got "${on}"`)
  return day
}

function period(p: PostInterval) {
  return { role: p.role, from: p.from ?? null, to: p.to ?? null, start: p.start, end: p.end, fact: p.fact.id }
}

function holderJson(holder: Holder, labels: Labels) {
  return {
    person: holder.person,
    name: labelOf(labels, holder.person),
    role: holder.role,
    certainty: holder.certainty,
    flags: holder.flags,
    periods: holder.periods.map(period),
    passages: holder.passages,
  }
}

const object = (properties: Record<string, object>) => responses({ type: 'object', properties }, 404)

/** The knowledge graph: facts, who held a role on a day, timelines, members over time, the system on a day. */
export function registerFactRoutes(app: FastifyInstance, { store }: RouteContext): void {
  app.get<{ Querystring: { entity?: string; type?: string; weak?: boolean } }>(
    '/api/facts',
    {
      schema: {
        summary: 'Facts read from the sources, each with its evidence; weak: single low-certainty passages',
        tags: ['facts'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            entity: ENTITY_PARAM,
            type: listOf(FACT_TYPES, 'comma-separated fact types'),
            weak: { type: 'boolean', default: false },
          },
        },
        response: object({
          entity: { type: ['object', 'null'], additionalProperties: true },
          facts: OPEN_ARRAY,
        }),
      },
    },
    async (request) => {
      const { entity: query, type, weak } = request.query
      const types = splitList<FactType>(type)
      const entity = query === undefined ? undefined : await resolveEntity(store, query)
      const facts = await store.listFacts({
        ...(types === undefined ? {} : { types }),
        ...(entity === undefined ? {} : { entity: entity.id }),
      })
      return {
        entity: entity === undefined ? null : { id: entity.id, name: entity.name, type: entity.type },
        facts: weak ? weakFacts(facts) : facts,
      }
    },
  )

  app.get<{ Querystring: { body: string; on: string; role?: string } }>(
    '/api/who',
    {
      schema: {
        summary: 'Who held a role in a body on a day, each with the passages',
        tags: ['facts'],
        querystring: {
          type: 'object',
          required: ['body', 'on'],
          additionalProperties: false,
          properties: { body: BODY_PARAM, on: DAY, role: { type: 'string', minLength: 1, maxLength: 100 } },
        },
        response: object({
          body: OPEN_OBJECT,
          role: { type: ['string', 'null'] },
          on: { type: 'string' },
          holders: OPEN_ARRAY,
        }),
      },
    },
    async (request) => {
      const { body: name, on, role } = request.query
      const day = checkDay(on)
      const body = await resolveEntity(store, name, 'body')
      const facts = await store.listFacts({ types: ['post', 'life-event'], entity: body.id })
      const holders = whoHeld(facts, { body: toRef(body), on: day, ...(role === undefined ? {} : { role }) })
      const labels = await loadLabels(store)
      return {
        body: { id: body.id, name: body.name },
        role: role ?? null,
        on: day,
        holders: holders.map((h) => holderJson(h, labels)),
      }
    },
  )

  app.get<{ Querystring: { entity: string } }>(
    '/api/timeline',
    {
      schema: {
        summary: 'Every post, life event, letter and event of an entity in date order (undated last)',
        tags: ['facts'],
        querystring: {
          type: 'object',
          required: ['entity'],
          additionalProperties: false,
          properties: { entity: ENTITY_PARAM },
        },
        response: object({ entity: OPEN_OBJECT, entries: OPEN_ARRAY }),
      },
    },
    async (request) => {
      const entity = await resolveEntity(store, request.query.entity)
      const own = await store.listFacts({ entity: entity.id })
      const letters = await store.listFacts({ types: ['correspondence'] })
      const seen = new Set(own.map((f) => f.id))
      const entries = timeline([...own, ...letters.filter((f) => !seen.has(f.id))], toRef(entity))
      return {
        entity: { id: entity.id, name: entity.name, type: entity.type },
        entries: entries.map((e) => ({
          day: e.day ?? null,
          part: e.part,
          fact: e.fact,
          passages: e.passages,
        })),
      }
    },
  )

  app.get<{ Querystring: { body: string } }>(
    '/api/members',
    {
      schema: {
        summary: 'The members and post holders of a body over time, each period with the fact it rests on',
        tags: ['facts'],
        querystring: {
          type: 'object',
          required: ['body'],
          additionalProperties: false,
          properties: { body: BODY_PARAM },
        },
        response: object({ body: OPEN_OBJECT, members: OPEN_ARRAY }),
      },
    },
    async (request) => {
      const body = await resolveEntity(store, request.query.body, 'body')
      const facts = await store.listFacts({ types: ['post', 'life-event'], entity: body.id })
      const labels = await loadLabels(store)
      return {
        body: { id: body.id, name: body.name },
        members: membersOverTime(facts, toRef(body)).map((m) => ({
          person: m.person,
          name: labelOf(labels, m.person),
          periods: m.periods.map(period),
        })),
      }
    },
  )

  app.get<{ Querystring: { on: string } }>(
    '/api/system',
    {
      schema: {
        summary: 'The system on a day: every body with who held posts in it',
        tags: ['facts'],
        querystring: {
          type: 'object',
          required: ['on'],
          additionalProperties: false,
          properties: { on: DAY },
        },
        response: object({ on: { type: 'string' }, bodies: OPEN_ARRAY }),
      },
    },
    async (request) => {
      const day = checkDay(request.query.on)
      const labels = await loadLabels(store)
      const bodies = systemOn(await store.listFacts({ types: ['post'] }), day)
      return {
        on: day,
        bodies: bodies.map((b) => ({
          body: b.body,
          name: labelOf(labels, b.body),
          holders: b.holders.map((h) => holderJson(h, labels)),
        })),
      }
    },
  )
}
