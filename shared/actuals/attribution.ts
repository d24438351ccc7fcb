import { platformOfId } from '../modelNames/platforms'
import { gradeOf, providerKey, rankOf } from './costOfRecord'
import { moneyFromNumber } from './decimal'
import type { ActualLine, AttributionKey, LineTokens } from './line'
import type {
  AttributedBy,
  AttributedCost,
  ActualsSummary,
  CostStanding,
  ProviderMonth,
  UnallocatedKeys,
} from './results'
import { RuleSet, type RulePart } from './ruleMatch'
import type { AttributionRule, StoredActualLine } from './stored'

/**
 * Attribution: stored lines and the rules as they are now give each month's cost per initiative,
 * provider and model, in whole cents of the portfolio's currency. Nothing of it is stored, so a new
 * rule re-attributes every month without re-importing. Per provider and month the cost of record
 * (costOfRecord.ts) is divided: by the rules matching each line's keys, else by each key's priced
 * token share of the other sources of that provider and month, else it stays Unallocated with its
 * keys. The parts add up to the cost of record exactly (largest remainders, in cents).
 */

export type AttributableLine = Pick<
  StoredActualLine,
  | 'month'
  | 'provider'
  | 'model'
  | 'priceModelId'
  | 'tokens'
  | 'requests'
  | 'cost'
  | 'costBasis'
  | 'portfolioCost'
  | 'keys'
> & { lineage: Pick<ActualLine['lineage'], 'format'> }

export interface AttributionOptions {
  currency: string
  /**
   * What a usage line's tokens would cost at the price book's prices (in the portfolio's currency),
   * used as its weight when a cost is split by token share; null when its model has no price.
   */
  priceOf?: (line: AttributableLine) => number | null
}

const TOKEN_FIELDS = ['uncachedInput', 'cacheRead', 'cacheWrite', 'output', 'inputUnsplit'] as const
const noTokens = (): LineTokens => ({
  uncachedInput: null,
  cacheRead: null,
  cacheWrite: null,
  output: null,
  inputUnsplit: null,
})

/** Exact cents of a line's cost in the portfolio's currency, as a float (the group total is rounded once). */
const exactCents = (line: AttributableLine): number => (line.portfolioCost ?? 0) * 100

/** Whole cents of a sum of costs, rounded half away from zero once, from the exact decimal sum. */
function totalCents(lines: readonly AttributableLine[]): number {
  let sum = 0n
  for (const l of lines) sum += moneyFromNumber(l.portfolioCost ?? 0) ?? 0n
  const unit = 10n ** 10n
  const half = unit / 2n
  const cents = sum >= 0n ? (sum + half) / unit : -((-sum + half) / unit)
  return Number(cents)
}

interface Entry {
  bucket: string
  exact: number
  /** Set for Unallocated parts: the keys to write a rule for. */
  unallocated?: { keys: readonly AttributionKey[]; format: AttributableLine['lineage']['format'] }
}

/** Rounds each entry to whole cents so that they add up to `target` exactly (largest remainders). */
function apportion(entries: readonly Entry[], target: number): number[] {
  const floors = entries.map((e) => Math.floor(e.exact))
  let left = target - floors.reduce((s, f) => s + f, 0)
  const order = entries.map((e, i) => ({ i, rest: e.exact - Math.floor(e.exact) })).sort((a, b) => b.rest - a.rest)
  const cents = [...floors]
  // Float error can leave `left` outside [0, n): walk the order as many times as needed, either way.
  for (let k = 0; left !== 0 && order.length > 0; k++) {
    const at = order[k % order.length]
    if (!at) break
    const step = left > 0 ? 1 : -1
    cents[at.i] = (cents[at.i] ?? 0) + step
    left -= step
  }
  return cents
}

type Bucket = AttributedCost

class Buckets {
  readonly byKey = new Map<string, Bucket>()

  key(b: Omit<AttributedCost, 'cents' | 'tokens' | 'requests'>): string {
    const k = [b.month, b.initiativeId ?? '', b.provider, b.model, b.priceModelId ?? '', b.standing, b.by].join(
      '\u001f',
    )
    if (!this.byKey.has(k)) this.byKey.set(k, { ...b, cents: 0, tokens: noTokens(), requests: null })
    return k
  }

  addTokens(key: string, line: AttributableLine, share: number): void {
    const b = this.byKey.get(key)
    if (!b) return
    for (const f of TOKEN_FIELDS) {
      const n = line.tokens[f]
      if (n !== null) b.tokens[f] = (b.tokens[f] ?? 0) + Math.round(n * share)
    }
    if (line.requests !== null) b.requests = (b.requests ?? 0) + Math.round(line.requests * share)
  }
}

/** The provider a line's cost is grouped under: its seller, or the platform of its price-book model when the source names none. */
function groupProvider(line: AttributableLine): string {
  const key = providerKey(line.provider)
  if ((key === 'unknown' || key === '') && line.priceModelId !== null)
    return providerKey(platformOfId(line.priceModelId) ?? key)
  return key
}

interface Split {
  entries: { initiativeId: string | null; weight: number; line: AttributableLine }[]
  total: number
}

/** Weights of the lines that split a cost lacking a key: each key's priced tokens (or its estimate). */
function splitOf(
  lines: readonly AttributableLine[],
  model: AttributableLine,
  parts: (l: AttributableLine) => RulePart[],
  priceOf: AttributionOptions['priceOf'],
): Split | null {
  const sameModel = lines.filter(
    (l) =>
      (model.priceModelId !== null && l.priceModelId === model.priceModelId) ||
      (model.model !== '' && l.model === model.model),
  )
  const pool = sameModel.length > 0 ? sameModel : lines
  const entries: Split['entries'] = []
  let total = 0
  for (const line of pool) {
    const weight =
      line.portfolioCost !== null
        ? line.portfolioCost
        : (priceOf?.(line) ?? TOKEN_FIELDS.reduce((s, f) => s + (line.tokens[f] ?? 0), 0))
    if (!(weight > 0)) continue
    for (const p of parts(line)) {
      entries.push({ initiativeId: p.initiativeId, weight: weight * p.share, line })
      total += weight * p.share
    }
  }
  return total > 0 ? { entries, total } : null
}

interface GroupResult {
  providerMonth: ProviderMonth
  entries: Entry[]
}

function attributeGroup(
  lines: readonly AttributableLine[],
  rules: RuleSet,
  buckets: Buckets,
  priceOf: AttributionOptions['priceOf'],
): GroupResult {
  const ranked = lines.map((l) => ({ line: l, rank: rankOf(gradeOf(l)) }))
  const best = Math.min(...ranked.map((r) => r.rank))
  const record = ranked.filter((r) => r.rank === best && r.line.cost !== null).map((r) => r.line)
  const others = ranked.filter((r) => r.rank !== best || r.line.cost === null).map((r) => r.line)
  const standing: CostStanding = best === rankOf('estimate') ? 'estimated' : 'record'
  const first = record[0] ?? lines[0]
  const month = first?.month ?? ''
  const provider = first?.provider ?? ''
  const partsCache = new Map<AttributableLine, RulePart[] | null>()
  const partsOf = (l: AttributableLine): RulePart[] | null => {
    if (!partsCache.has(l)) partsCache.set(l, rules.partsOf(l))
    return partsCache.get(l) ?? null
  }
  const entries: Entry[] = []
  let splitByTokenShare = false
  const bucketOf = (line: AttributableLine, initiativeId: string | null, by: AttributedBy): string =>
    buckets.key({ month, initiativeId, provider, model: line.model, priceModelId: line.priceModelId, standing, by })
  for (const line of record) {
    const parts = partsOf(line)
    const split =
      parts === null ? splitOf(others, line, (l) => partsOf(l) ?? [{ initiativeId: null, share: 1 }], priceOf) : null
    if (parts !== null) {
      for (const p of parts) {
        const bucket = bucketOf(line, p.initiativeId, 'rule')
        entries.push({
          bucket,
          exact: exactCents(line) * p.share,
          ...(p.initiativeId === null ? { unallocated: { keys: line.keys, format: line.lineage.format } } : {}),
        })
      }
    } else if (split !== null) {
      splitByTokenShare = true
      for (const s of split.entries) {
        const bucket = bucketOf(line, s.initiativeId, 'tokenShare')
        entries.push({
          bucket,
          exact: (exactCents(line) * s.weight) / split.total,
          ...(s.initiativeId === null ? { unallocated: { keys: s.line.keys, format: s.line.lineage.format } } : {}),
        })
      }
    } else {
      entries.push({
        bucket: bucketOf(line, null, 'none'),
        exact: exactCents(line),
        unallocated: { keys: line.keys, format: line.lineage.format },
      })
    }
  }
  // Tokens: from the usage reports when there are any (they count exactly), else from the cost lines, else the estimates.
  const usage = others.filter((l) => gradeOf(l) === 'usage')
  const tokenLines = usage.length > 0 ? usage : record.length > 0 ? record : others
  for (const line of tokenLines) {
    for (const p of partsOf(line) ?? [{ initiativeId: null, share: 1 }])
      buckets.addTokens(
        bucketOf(line, p.initiativeId, p.initiativeId === null && partsOf(line) === null ? 'none' : 'rule'),
        line,
        p.share,
      )
  }
  const cents = record.length > 0 ? totalCents(record) : 0
  const estimates = others.filter((l) => gradeOf(l) === 'estimate')
  return {
    providerMonth: {
      month,
      provider,
      recordFormat: record[0]?.lineage.format ?? null,
      standing,
      cents,
      estimateCents: standing === 'record' ? totalCents(estimates) : 0,
      splitByTokenShare,
    },
    entries,
  }
}

/** Attributes the lines with the rules: costs per month, initiative, provider and model, and what stays unallocated. */
export function attributeActuals(
  lines: readonly AttributableLine[],
  rules: readonly AttributionRule[],
  options: AttributionOptions,
): ActualsSummary {
  const ruleSet = new RuleSet(rules)
  const groups = new Map<string, AttributableLine[]>()
  for (const line of lines) {
    const key = `${line.month}\u001f${groupProvider(line)}`
    const group = groups.get(key)
    if (group) group.push(line)
    else groups.set(key, [line])
  }
  const buckets = new Buckets()
  const providerMonths: ProviderMonth[] = []
  const unallocated = new Map<string, UnallocatedKeys>()
  for (const key of [...groups.keys()].sort()) {
    const { providerMonth, entries } = attributeGroup(groups.get(key) ?? [], ruleSet, buckets, options.priceOf)
    providerMonths.push(providerMonth)
    const cents = apportion(entries, providerMonth.cents)
    entries.forEach((e, i) => {
      const c = cents[i] ?? 0
      const bucket = buckets.byKey.get(e.bucket)
      if (bucket) bucket.cents += c
      if (!e.unallocated) return
      const keys = [...e.unallocated.keys].sort(
        (a, b) => a.type.localeCompare(b.type) || a.value.localeCompare(b.value),
      )
      const k = `${providerMonth.month}\u001f${providerMonth.provider}\u001f${e.unallocated.format}\u001f${JSON.stringify(keys)}`
      const u = unallocated.get(k) ?? {
        month: providerMonth.month,
        provider: providerMonth.provider,
        format: e.unallocated.format,
        keys,
        cents: 0,
        lines: 0,
      }
      u.cents += c
      u.lines++
      unallocated.set(k, u)
    })
  }
  const unmapped = new Map<string, { provider: string; model: string; lines: number }>()
  for (const l of lines) {
    if (l.model === '' || l.priceModelId !== null) continue
    const k = `${l.provider}\u001f${l.model}`
    const u = unmapped.get(k) ?? { provider: l.provider, model: l.model, lines: 0 }
    u.lines++
    unmapped.set(k, u)
  }
  return {
    currency: options.currency,
    costs: [...buckets.byKey.values()].filter((b) => b.cents !== 0 || TOKEN_FIELDS.some((f) => b.tokens[f] !== null)),
    providerMonths,
    unallocated: [...unallocated.values()],
    unmappedModels: [...unmapped.values()],
  }
}
