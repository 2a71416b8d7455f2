import type { Entity, SourceEdition } from '../core/index.ts'
import { element, textElement, xmlId } from './xml.ts'

const YEAR = /^-?\d{4}$/

/** The entities an edition's mentions refer to, from `entities` (merged) or the edition's own records. */
export function referencedEntities(edition: SourceEdition, entities: readonly Entity[]): Entity[] {
  const known = new Map<string, Entity>()
  for (const entity of edition.entities) known.set(entity.id, entity)
  for (const entity of entities) known.set(entity.id, entity)
  const result = new Map<string, Entity>()
  for (const mention of edition.mentions) {
    const id = mention.entityId
    if (id === undefined || result.has(id) || mention.type === 'date' || mention.type === 'citation') continue
    result.set(
      id,
      known.get(id) ?? {
        id,
        type: mention.type,
        name: mention.entityName ?? mention.surface,
        variants: [],
        origin: 'text',
      },
    )
  }
  return [...result.values()].sort((a, b) => a.id.localeCompare(b.id))
}

function names(tag: string, entity: Entity): string {
  const variants = [...new Set(entity.variants)].filter((v) => v !== entity.name)
  return [
    textElement(tag, {}, entity.name),
    ...variants.map((v) => textElement(tag, { type: 'variant' }, v)),
  ].join('')
}

const describe = (entity: Entity) =>
  entity.description === undefined || entity.description === ''
    ? ''
    : textElement('note', {}, entity.description)

function person(entity: Entity): string {
  const birth =
    entity.birthYear !== undefined && YEAR.test(entity.birthYear) ? `<birth when="${entity.birthYear}"/>` : ''
  const death =
    entity.deathYear !== undefined && YEAR.test(entity.deathYear) ? `<death when="${entity.deathYear}"/>` : ''
  return element(
    'person',
    { 'xml:id': xmlId(entity.id) },
    names('persName', entity) + birth + death + describe(entity),
  )
}

const org = (e: Entity) => element('org', { 'xml:id': xmlId(e.id) }, names('orgName', e) + describe(e))
const place = (e: Entity) => element('place', { 'xml:id': xmlId(e.id) }, names('placeName', e) + describe(e))
const event = (e: Entity) =>
  element(
    'event',
    { 'xml:id': xmlId(e.id) },
    textElement('label', {}, e.name) + describe(e).replace(/^<note>(.*)<\/note>$/s, '<desc>$1</desc>'),
  )

/**
 * The `standOff` with the people, bodies, places and events an edition refers to (`ref="#id"` in the text points
 * here), or '' when it refers to none.
 */
export function renderStandOff(entities: readonly Entity[]): string {
  const lists: [string, string, (e: Entity) => string][] = [
    ['person', 'listPerson', person],
    ['body', 'listOrg', org],
    ['place', 'listPlace', place],
    ['event', 'listEvent', event],
  ]
  const content = lists
    .map(([type, list, render]) => {
      const members = entities.filter((e) => e.type === type).map(render)
      return members.length === 0 ? '' : element(list, {}, members.join('\n'))
    })
    .filter((list) => list !== '')
  return content.length === 0 ? '' : element('standOff', {}, content.join('\n'))
}
