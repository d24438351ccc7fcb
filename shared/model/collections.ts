import type { ValidationIssue } from './validation'

/**
 * The portfolio's lists: what a message calls the list and each item in it, and how many items it
 * may hold. A rule about a list as a whole (too many items) names the list, e.g.
 * `Price book: must hold 500 models or fewer`, the same words on open, import and every write.
 */
export const COLLECTIONS = {
  priceBook: { label: 'Price book', item: 'Model', items: 'models', max: 500 },
  costPools: { label: 'Cost pools', item: 'Cost pool', items: 'cost pools', max: 200 },
  initiatives: { label: 'Initiatives', item: 'Initiative', items: 'initiatives', max: 5000 },
  scenarios: { label: 'Scenarios', item: 'Scenario', items: 'scenarios', max: 100 },
} as const

export type CollectionKey = keyof typeof COLLECTIONS

export function isCollectionKey(key: unknown): key is CollectionKey {
  return typeof key === 'string' && Object.hasOwn(COLLECTIONS, key)
}

/** The rule of a list's length, e.g. 'must hold 5,000 initiatives or fewer'. */
export function collectionLimitRule(key: CollectionKey): string {
  const { max, items } = COLLECTIONS[key]
  return `must hold ${max.toLocaleString('en-US')} ${items} or fewer`
}

/** A broken rule of a whole list, e.g. `Cost pools: must hold 200 cost pools or fewer`. */
export function collectionIssue(key: CollectionKey, rule: string): ValidationIssue {
  const entity = COLLECTIONS[key].label
  return { path: [key], field: '', entity, rule, message: `${entity}: ${rule}` }
}

/** The lists among `counts` that hold more than they may, as issues worded as when the file is opened. */
export function collectionLimitIssues(counts: Partial<Record<CollectionKey, number>>): ValidationIssue[] {
  return (Object.keys(COLLECTIONS) as CollectionKey[])
    .filter((key) => (counts[key] ?? 0) > COLLECTIONS[key].max)
    .map((key) => collectionIssue(key, collectionLimitRule(key)))
}
