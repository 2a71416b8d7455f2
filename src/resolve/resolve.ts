import type { Entity, Mention, NameMention, SegmentResult, StageContext } from '../core/index.ts'
import { givenKeys, nameKey, nameKeys, parsePersonName } from '../core/index.ts'
import { chooseByContext, documentYears } from './choose-by-context.ts'
import type { EntityLookup } from './entity-lookup.ts'
import { createEntityLookup } from './entity-lookup.ts'
import { mergeAuthority } from './merge-authority.ts'
import { findNameAliases } from './note-aliases.ts'
import { TextClusters } from './text-clusters.ts'

export interface ResolveOptions {
  /** Known entities: bundled authority data and the sources' glossaries and indexes. */
  readonly authority: readonly Entity[]
  /**
   * The normalised text the mention spans point into: lets context words ("commander") and inline aliases ("X
   * (i.e., Y)") decide. @default undefined (context from the mentions only)
   */
  readonly text?: string
  /** The source's segments: notes that explain a name ("this was Kolosov"). @default undefined */
  readonly segments?: SegmentResult
}

/** How a mention was tied to an entity. */
interface Resolution {
  readonly entityId?: string
  readonly candidates?: readonly string[]
  readonly confidence: number
}

/**
 * Ties each name mention to one entity (or leaves it ambiguous with candidates and a diagnostic), and returns the
 * entities the mentions refer to, new names clustered into new entities. Steps: exact name key on a name or variant;
 * surname key with compatible initials; namesakes decided by context (same document, life dates, description
 * words, see choose-by-context.ts); names the source explains as others (note-aliases.ts); the rest become `text`
 * entities clustered by key, never dropped. The entities returned are those referred to plus every glossary and
 * index person, so that the store keeps the source's authority.
 * @example resolve(mentions, { authority }, context).mentions.filter((m) => m.type === 'person')[0]?.entityId
 */
export function resolve(
  mentions: readonly Mention[],
  options: ResolveOptions,
  context: StageContext,
): { mentions: Mention[]; entities: Entity[] } {
  const merged = mergeAuthority(options.authority)
  const lookup = createEntityLookup(merged.entities)
  const clusters = new TextClusters()
  const names = mentions.filter(
    (mention): mention is NameMention => mention.type !== 'date' && mention.type !== 'citation',
  )
  const byDocument = groupByDocument(mentions)
  const yearsByDocument = new Map([...byDocument].map(([id, list]) => [id, documentYears(list)]))
  const resolutions = new Map<NameMention, Resolution>()
  // Full names first, so that surname-only mentions can lean on them (same document, text clusters).
  const ordered = [...names].sort((a, b) => givenCount(b) - givenCount(a))
  const chosen = new Map<string, Set<string>>()
  const chosenInSource = new Set<string>()
  for (const mention of ordered) {
    const found = resolveOne(mention, lookup, clusters, {
      chosenInDocument: chosen.get(mention.documentId ?? '') ?? new Set(),
      chosenInSource,
      years: yearsByDocument.get(mention.documentId ?? '') ?? [],
      ...(options.text === undefined ? {} : { window: windowOf(options.text, mention) }),
    })
    resolutions.set(mention, found)
    if (found.entityId !== undefined && found.confidence >= 0.85) {
      const set = chosen.get(mention.documentId ?? '') ?? new Set()
      set.add(found.entityId)
      chosen.set(mention.documentId ?? '', set)
      if (givenCount(mention) > 0) chosenInSource.add(found.entityId)
    }
  }
  resolveByCompany(ordered, resolutions, merged.entities, {
    chosen,
    chosenInSource,
    byDocument,
    ...(options.text === undefined ? {} : { text: options.text }),
  })
  applyAliases(names, resolutions, options)
  const result = mentions.map((mention) => {
    if (mention.type === 'date' || mention.type === 'citation') return mention
    const found = resolutions.get(mention)
    if (found === undefined) return mention
    if (found.entityId === undefined) {
      context.report({
        severity: 'info',
        reason: `Cannot decide who "${mention.surface}" is: ${found.candidates?.join(', ')}`,
        source: 'resolve',
        ruleId: 'ambiguous-name',
        place: mention.span,
      })
    }
    const { entityId: _entityId, candidates: _candidates, ...rest } = mention
    return {
      ...rest,
      ...(found.entityId === undefined ? {} : { entityId: found.entityId }),
      ...(found.candidates === undefined ? {} : { candidates: found.candidates }),
      confidence: Math.min(mention.confidence, found.confidence),
    }
  })
  return { mentions: result, entities: referredEntities(result, merged.entities, clusters.entities()) }
}

function resolveOne(
  mention: NameMention,
  lookup: EntityLookup,
  clusters: TextClusters,
  context: Parameters<typeof chooseByContext>[1],
): Resolution {
  const keys = mention.key === '' ? nameKeys(mention.surface) : [mention.key, ...nameKeys(mention.surface)]
  for (const [index, key] of [...new Set(keys)].entries()) {
    const exact = lookup.byKey(mention.type, key)
    if (exact.length > 0) return decide(exact, context, index === 0 ? 0.95 : 0.8)
  }
  if (mention.type === 'person') {
    const { surname, given } = parsePersonName(mention.surface)
    const initials = givenKeys(given)
    for (const key of nameKeys(surname)) {
      const people = lookup.bySurname(key, initials)
      if (people.length > 0) return decide(people, context, initials.length > 0 ? 0.9 : 0.85)
    }
    for (const form of looserForms(surname, initials.length > 0)) {
      const people = lookup.bySurname(nameKey(form), initials)
      if (people.length > 0) return decide(people, context, 0.7)
    }
    const cluster = clusters.find(mention, nameKey(surname), initials)
    if (cluster !== undefined) return { entityId: cluster, confidence: 0.6 }
  }
  return { entityId: clusters.add(mention), confidence: 0.6 }
}

/**
 * Looser readings of a surname that matched nobody, tried in order: a hyphen left from a line break ("Kame-nev"),
 * a figurative plural ("seven Lenins", "Marxes"), and, only with initials, a Russian case ending kept in
 * transliteration ("V. I. Lenina", "S. M. Kirova"). A woman's own surname (Allilueva) is matched first by the exact
 * steps, so only names that match nobody as written reach here.
 */
function looserForms(surname: string, hasInitials: boolean): string[] {
  const forms: string[] = []
  if (surname.includes('-')) forms.push(surname.replaceAll('-', ''))
  if (/[^s]es$/.test(surname)) forms.push(surname.slice(0, -2))
  if (/[^s']s$/.test(surname)) forms.push(surname.slice(0, -1))
  if (hasInitials && /[^aeiou]a$/.test(surname)) forms.push(surname.slice(0, -1))
  return forms.filter((form) => form.length >= 3)
}

function decide(candidates: readonly Entity[], context: Parameters<typeof chooseByContext>[1], sure: number) {
  const [only] = candidates
  if (candidates.length === 1 && only !== undefined) return { entityId: only.id, confidence: sure }
  const choice = chooseByContext(candidates, context)
  if (choice !== undefined) return { entityId: choice.entity.id, confidence: choice.confidence }
  return { candidates: candidates.map((entity) => entity.id).sort(), confidence: 0.3 }
}

/** How far around a mention the people beside it count as its company, in characters. */
const COMPANY_DISTANCE = 300

/**
 * A second pass over the mentions left ambiguous: now that the rest are resolved, the people named beside each one
 * (within COMPANY_DISTANCE characters, resolved without doubt) are context too.
 */
function resolveByCompany(
  ordered: readonly NameMention[],
  resolutions: Map<NameMention, Resolution>,
  entities: readonly Entity[],
  state: {
    chosen: Map<string, Set<string>>
    chosenInSource: Set<string>
    byDocument: Map<string, Mention[]>
    text?: string
  },
) {
  const byId = new Map(entities.map((entity) => [entity.id, entity]))
  const sure = [...resolutions]
    .filter(([, found]) => found.entityId !== undefined && found.confidence >= 0.85)
    .map(([mention, found]) => ({ start: mention.span.start, entity: byId.get(found.entityId ?? '') }))
    .filter((item): item is { start: number; entity: Entity } => item.entity !== undefined)
    .sort((a, b) => a.start - b.start)
  for (const mention of ordered) {
    const found = resolutions.get(mention)
    if (found?.candidates === undefined || found.entityId !== undefined) continue
    const candidates = found.candidates.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined)
    const neighbours = sure
      .filter((item) => Math.abs(item.start - mention.span.start) <= COMPANY_DISTANCE)
      .map((item) => item.entity)
    if (neighbours.length === 0) continue
    const choice = chooseByContext(candidates, {
      chosenInDocument: state.chosen.get(mention.documentId ?? '') ?? new Set(),
      chosenInSource: state.chosenInSource,
      years: documentYears(state.byDocument.get(mention.documentId ?? '') ?? []),
      neighbours,
      ...(state.text === undefined ? {} : { window: windowOf(state.text, mention) }),
    })
    if (choice !== undefined)
      resolutions.set(mention, { entityId: choice.entity.id, confidence: choice.confidence })
  }
}

/** "Kobyzev" that a note identifies as Kolosov: every mention of the name in that document goes to Kolosov. */
function applyAliases(
  names: readonly NameMention[],
  resolutions: Map<NameMention, Resolution>,
  options: ResolveOptions,
) {
  if (options.text === undefined) return
  for (const alias of findNameAliases(names, options.text, options.segments)) {
    const target = resolutions.get(alias.to)?.entityId
    if (target === undefined) continue
    for (const mention of names) {
      if (mention.key !== alias.from.key || mention.documentId !== alias.from.documentId) continue
      resolutions.set(mention, { entityId: target, confidence: 0.75 })
    }
  }
}

function referredEntities(
  mentions: readonly Mention[],
  authority: readonly Entity[],
  text: readonly Entity[],
) {
  const referred = new Set(
    mentions.flatMap((m) => (m.type === 'date' || m.type === 'citation' ? [] : [m.entityId ?? ''])),
  )
  const kept = authority.filter(
    (entity) =>
      referred.has(entity.id) || (entity.type === 'person' && /^(?:glossary|index)/.test(entity.origin)),
  )
  return [...kept, ...text.filter((entity) => referred.has(entity.id))]
}

function groupByDocument(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const list = groups.get(mention.documentId ?? '') ?? []
    list.push(mention)
    groups.set(mention.documentId ?? '', list)
  }
  return groups
}

function givenCount(mention: NameMention): number {
  return mention.type === 'person' ? parsePersonName(mention.surface).given.length : 0
}

function windowOf(text: string, mention: NameMention): string {
  return text.slice(Math.max(0, mention.span.start - 80), Math.min(text.length, mention.span.end + 80))
}
