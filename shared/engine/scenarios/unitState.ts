import type { CompiledPortfolio, InitiativeInputs } from '../compiled'
import type { PortfolioResult } from '../types'

/** Prices of one model in one month, as the engine's price table holds them (unknown = 0). */
export interface ModelPrices {
  input: number
  cached: number
  cacheWrite: number
  output: number
  batchDiscount: number
  tierThreshold: number
  tierInput: number
  tierCached: number
  tierCacheWrite: number
  tierOutput: number
  /** Any of these prices is unknown (PriceTable.unknown bits). */
  unknown: boolean
}

/** What inference cost per query of one initiative in one month depends on, plus its volume and other costs. */
export interface UnitState {
  /** Mix share per model id. */
  shares: Map<string, number>
  /** Prices per model id, for every model either compared state uses. */
  prices: Map<string, ModelPrices>
  inputTokens: number
  outputTokens: number
  cacheHit: number
  cacheWrite: number
  batch: number
  /** The engine's optional month factor on inference cost (adjust.costFactor.inference); 1 when absent. */
  inferenceFactor: number
  /** Engine figures of that month: queries, inference cost and full cost (every driver, shared pools included). */
  queries: number
  inference: number
  full: number
}

const clampShare = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)

/** The offset the initiative's mix rows carry in a scenario's price table (scoped price levers add row copies). */
function rowOffset(inp: InitiativeInputs, compiled: CompiledPortfolio): number {
  for (let j = 0; j < inp.mixModels.length; j++) {
    const k = inp.mixModels[j] ?? -1
    const id = inp.mixModelIds[j] ?? ''
    const base = compiled.priceTable.modelIndex.get(id)
    if (k >= 0 && base !== undefined) return k - base
  }
  return 0
}

function pricesOf(compiled: CompiledPortfolio, row: number, t: number): ModelPrices {
  const pt = compiled.priceTable
  const i = row * pt.months + t
  return {
    input: pt.input[i] ?? 0,
    cached: pt.cachedInput[i] ?? 0,
    cacheWrite: pt.cacheWrite[i] ?? 0,
    output: pt.output[i] ?? 0,
    batchDiscount: pt.batchDiscount[i] ?? 0,
    tierThreshold: pt.tierThreshold[i] ?? Infinity,
    tierInput: pt.tierInput[i] ?? 0,
    tierCached: pt.tierCachedInput[i] ?? 0,
    tierCacheWrite: pt.tierCacheWrite[i] ?? 0,
    tierOutput: pt.tierOutput[i] ?? 0,
    unknown: (pt.unknown[i] ?? 0) !== 0,
  }
}

const NO_PRICES: ModelPrices = {
  input: 0,
  cached: 0,
  cacheWrite: 0,
  output: 0,
  batchDiscount: 0,
  tierThreshold: Infinity,
  tierInput: 0,
  tierCached: 0,
  tierCacheWrite: 0,
  tierOutput: 0,
  unknown: true,
}

/** The mix shares of an initiative in month t, by model id. */
export function sharesAt(inp: InitiativeInputs, t: number, months: number): Map<string, number> {
  const shares = new Map<string, number>()
  const mix = inp.adjust?.mixShares
  inp.mixModelIds.forEach((id, j) => {
    const s = mix ? (mix[j * months + t] ?? 0) : (inp.mixShares[j] ?? 0)
    shares.set(id, (shares.get(id) ?? 0) + s)
  })
  return shares
}

/**
 * The state of initiative `id` in month t of an evaluated run, with prices for `modelIds`.
 * Rates and tokens are read the way the engine reads them (months/inference.ts).
 */
export function unitStateAt(
  compiled: CompiledPortfolio,
  result: PortfolioResult,
  id: string,
  t: number,
  modelIds: Iterable<string>,
): UnitState {
  const index = compiled.initiatives.findIndex((i) => i.id === id)
  const inp = compiled.initiatives[index]
  const res = result.byId.get(id)
  if (!inp || !res) throw new RangeError(`No initiative has the id "${id}"`)
  const H = compiled.months
  const adj = inp.adjust
  const offset = rowOffset(inp, compiled)
  const prices = new Map<string, ModelPrices>()
  for (const m of modelIds) {
    const base = compiled.priceTable.modelIndex.get(m)
    prices.set(m, base === undefined ? NO_PRICES : pricesOf(compiled, base + offset, t))
  }
  const s = res.series
  return {
    shares: sharesAt(inp, t, H),
    prices,
    inputTokens: s.inputTokensPerQuery[t] ?? 0,
    outputTokens: inp.outputTokensPerQuery * (adj?.outputTokensFactor ? (adj.outputTokensFactor[t] ?? 1) : 1),
    cacheHit: clampShare(adj?.cacheHitRate ? (adj.cacheHitRate[t] ?? 0) : inp.cacheHitRate),
    cacheWrite: clampShare(adj?.cacheWriteRate ? (adj.cacheWriteRate[t] ?? 0) : inp.cacheWriteRate),
    batch: clampShare(adj?.batchShare ? (adj.batchShare[t] ?? 0) : inp.batchShare),
    inferenceFactor: adj?.costFactor?.inference ? (adj.costFactor.inference[t] ?? 1) : 1,
    queries: s.queries[t] ?? 0,
    inference: s.cost.inference[t] ?? 0,
    full: s.totalCost[t] ?? 0,
  }
}

/** Model ids a month's mix of the initiative names (for the union of two compared states). */
export function mixModelIds(compiled: CompiledPortfolio, id: string): string[] {
  return compiled.initiatives.find((i) => i.id === id)?.mixModelIds.slice() ?? []
}

/**
 * Inference cost per query as the engine computes it (months/inference.ts), from the factors:
 * sum_k share_k (1 - batch * bd_k) [Tin ((1-c-w) in_k + c cached_k + w write_k) + Tout out_k] / 1e6,
 * the long-context tier's prices for the whole request when Tin exceeds its threshold, times any
 * inference cost factor.
 */
export function inferencePerQuery(
  x: Pick<
    UnitState,
    'shares' | 'prices' | 'inputTokens' | 'outputTokens' | 'cacheHit' | 'cacheWrite' | 'batch' | 'inferenceFactor'
  >,
): number {
  const c = x.cacheHit
  const w = x.cacheWrite
  const u = Math.max(0, 1 - c - w)
  let perQuery = 0
  for (const [id, share] of x.shares) {
    if (share <= 0) continue
    const p = x.prices.get(id) ?? NO_PRICES
    const tier = x.inputTokens > p.tierThreshold
    const pin = tier ? p.tierInput : p.input
    const pc = tier ? p.tierCached : p.cached
    const pw = tier ? p.tierCacheWrite : p.cacheWrite
    const po = tier ? p.tierOutput : p.output
    perQuery +=
      share * (1 - x.batch * p.batchDiscount) * (x.inputTokens * (u * pin + c * pc + w * pw) + x.outputTokens * po)
  }
  return (perQuery * x.inferenceFactor) / 1e6
}
