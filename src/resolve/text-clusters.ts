import type { Entity, NameMention } from '../core/index.ts'
import { entitySlug, givenInitials, initialsCompatible, nameKey, parsePersonName } from '../core/index.ts'

interface Cluster {
  readonly id: string
  readonly type: NameMention['type']
  name: string
  readonly variants: Set<string>
  readonly surnameKey: string
  readonly initials: readonly string[]
}

/**
 * Names that no authority knows, clustered by key across the source into new entities (`person:text-<key slug>`):
 * never dropped. A surname-only mention joins the one cluster with that surname and compatible initials.
 */
export class TextClusters {
  readonly #clusters = new Map<string, Cluster>()

  /** The cluster a person mention belongs to by surname, when exactly one fits. */
  find(mention: NameMention, surnameKey: string, initials: readonly string[]): string | undefined {
    const fits = [...this.#clusters.values()].filter(
      (cluster) =>
        cluster.type === mention.type &&
        cluster.surnameKey === surnameKey &&
        surnameKey !== '' &&
        initialsCompatible(cluster.initials, initials),
    )
    const [only] = fits
    if (fits.length !== 1 || only === undefined) return undefined
    only.variants.add(mention.surface)
    return only.id
  }

  /** Adds the mention to the cluster of its key (made if new) and returns the cluster's id. */
  add(mention: NameMention): string {
    const key = nameKey(mention.surface) || mention.surface
    const slug = key.replace(/ /g, '-')
    const id = `${mention.type}:text-${slug === '' ? entitySlug(mention.surface) : slug}`
    const existing = this.#clusters.get(id)
    if (existing !== undefined) {
      existing.variants.add(mention.surface)
      if (mention.surface.length > existing.name.length) existing.name = mention.surface
      return id
    }
    const parsed = parsePersonName(mention.surface)
    this.#clusters.set(id, {
      id,
      type: mention.type,
      name: mention.surface,
      variants: new Set([mention.surface]),
      surnameKey: mention.type === 'person' ? nameKey(parsed.surname) : '',
      initials: mention.type === 'person' ? givenInitials(parsed.given) : [],
    })
    return id
  }

  /** The clusters as entities. */
  entities(): Entity[] {
    return [...this.#clusters.values()].map((cluster) => ({
      id: cluster.id,
      type: cluster.type,
      name: cluster.name,
      variants: [...cluster.variants].filter((variant) => variant !== cluster.name),
      origin: 'text',
    }))
  }
}
