import type { PriceBookModel } from '../model/priceBook'
import type { ModelAlias } from './aliases'
import { KNOWN_ALIASES } from './knownAliases'
import { nameKey, withoutRelease } from './nameKey'
import { isKnownPlatform, modelPartOfId, platformOf, platformOfId } from './platforms'

/**
 * How a name was matched, strongest first:
 * - saved: the person chose it once (a saved alias; it may say "none of the price book's models");
 * - id: the name is a price-book id ("openai:gpt-4.1");
 * - known: a name the app knows for a default price-book model ("amazon.nova-pro-v1:0");
 * - provider: provider and model as the id writes them ("openai/gpt-4.1", or "gpt-4.1" billed by OpenAI);
 * - name: the model part of an id or a model's display name, where the source names no provider;
 * - release: the same without a release suffix ("gpt-4o-2024-08-06" is gpt-4o): worth a look.
 */
export const MATCH_KINDS = ['saved', 'id', 'known', 'provider', 'name', 'release'] as const
export type MatchKind = (typeof MATCH_KINDS)[number]

/** Lower is stronger. */
export const matchRank = (kind: MatchKind): number => MATCH_KINDS.indexOf(kind)

type NameMatch =
  | { kind: MatchKind; modelId: string }
  /** A saved "none of the price book's models". */
  | { kind: 'saved'; modelId: null }
  /** Several models match equally well: the person chooses. */
  | { kind: 'ambiguous'; candidates: string[] }

/** A model's name as a source writes it, and who bills it when the source says (LiteLLM's litellm_provider...). */
interface SourceName {
  name: string
  platform?: string | null
}

export interface ModelMatcher {
  /** The price-book model `source` means, and how that was found; null when none matches. */
  match(source: SourceName): NameMatch | null
}

interface BookEntry {
  id: string
  name: string
  platform: string | null
}

/** Price-book models by one of their keys. */
type KeyIndex = Map<string, BookEntry[]>

function indexBy(book: readonly BookEntry[], keys: (b: BookEntry) => readonly string[]): KeyIndex {
  const index: KeyIndex = new Map()
  for (const b of book) {
    for (const key of new Set(keys(b))) index.set(key, [...(index.get(key) ?? []), b])
  }
  return index
}

/** Cross-region inference prefixes of Amazon Bedrock ids ("us.anthropic.claude-..."). */
const REGION_PREFIX = /^(us|eu|apac|jp|au|ca|global|us-gov)\./i

/** The platform a name is billed by and the name without that platform's prefix ("openai/gpt-4o" -> openai, gpt-4o). */
function split(source: SourceName): { platform: string | null; part: string } {
  const slash = source.name.indexOf('/')
  const head = slash > 0 ? source.name.slice(0, slash) : ''
  const rest = slash > 0 ? source.name.slice(slash + 1) : source.name
  if (source.platform) {
    const platform = platformOf(source.platform)
    return { platform, part: head !== '' && platformOf(head) === platform ? rest : source.name }
  }
  if (head !== '' && isKnownPlatform(head)) return { platform: platformOf(head), part: rest }
  return { platform: null, part: source.name }
}

/** One model found, several (ambiguous), or none (null). */
function decide(ids: readonly string[], kind: MatchKind): NameMatch | null {
  const distinct = [...new Set(ids)]
  if (distinct.length === 0) return null
  const [only] = distinct
  return distinct.length === 1 && only !== undefined
    ? { kind, modelId: only }
    : { kind: 'ambiguous', candidates: distinct }
}

/**
 * Matches model names written by price files, provider exports and gateways to the price book's ids.
 * Rules are tried strongest first (MATCH_KINDS) and the first that finds anything decides. It never
 * guesses across providers: a name billed by Azure never matches an OpenAI model. Saved aliases
 * naming a model the price book no longer holds are ignored.
 */
export function modelMatcher(
  priceBook: readonly Pick<PriceBookModel, 'id' | 'name'>[],
  aliases: readonly ModelAlias[] = [],
): ModelMatcher {
  const ids = new Set(priceBook.map((m) => m.id))
  const saved = new Map<string, string | null>()
  for (const a of aliases) if (a.modelId === null || ids.has(a.modelId)) saved.set(nameKey(a.name), a.modelId)
  const exact = new Map(priceBook.map((m) => [m.id.toLowerCase(), m.id]))
  const known = new Map<string, { id: string; platform: string | null }>()
  for (const [id, names] of Object.entries(KNOWN_ALIASES)) {
    if (!ids.has(id)) continue
    for (const n of names) known.set(nameKey(n.name), { id, platform: n.platform ?? platformOfId(id) })
  }
  const book: BookEntry[] = priceBook.map((m) => ({ id: m.id, name: m.name, platform: platformOfId(m.id) }))
  const byFullKey = indexBy(book, (b) => [nameKey(b.id)])
  const byPartKey = indexBy(book, (b) => [nameKey(modelPartOfId(b.id))])
  const byDisplayKey = indexBy(book, (b) => [nameKey(b.name)])
  const byRelease = indexBy(book, (b) => [nameKey(withoutRelease(modelPartOfId(b.id))), nameKey(withoutRelease(b.id))])

  return {
    match(source) {
      const key = nameKey(source.name)
      if (key === '') return null
      const chosen = saved.get(key)
      if (chosen !== undefined)
        return chosen === null ? { kind: 'saved', modelId: null } : { kind: 'saved', modelId: chosen }
      const id = exact.get(source.name.trim().toLowerCase())
      if (id !== undefined) return { kind: 'id', modelId: id }
      const { platform, part: modelPart } = split(source)
      const partKey = nameKey(modelPart)
      const knownName = known.get(key) ?? known.get(partKey)
      // A known name is the model only where it is billed as the app knows it (not a reseller's copy).
      if (knownName && (platform === null || platform === knownName.platform))
        return { kind: 'known', modelId: knownName.id }

      // Models under `keys` in `index`, of the name's platform when it has one.
      const look = (index: KeyIndex, ...keys: string[]): string[] =>
        keys
          .flatMap((k) => index.get(k) ?? [])
          .filter((b) => platform === null || b.platform === platform)
          .map((b) => b.id)
      const provider = decide(
        [...look(byFullKey, key), ...(platform === null ? [] : look(byPartKey, partKey))],
        'provider',
      )
      if (provider) return provider
      if (platform === null) {
        const byName = decide([...look(byPartKey, key), ...look(byDisplayKey, key)], 'name')
        if (byName) return byName
      }
      const bare = nameKey(withoutRelease(modelPart))
      const bareFull = nameKey(withoutRelease(source.name.trim().replace(REGION_PREFIX, '')))
      return decide(
        [...look(byRelease, bare, bareFull), ...(platform === null ? look(byDisplayKey, bare) : [])],
        'release',
      )
    },
  }
}
