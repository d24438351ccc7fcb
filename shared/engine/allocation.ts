import type { PoolInputs } from './compiled'
import { M_INFERENCE, M_OWN_COST, M_OWN_NET, M_QUERIES } from './layout'

/** A 'fixed' pool reduced to its month-by-month cost per unit of share. */
interface FixedPool {
  shares: Float64Array
  perShare: Float64Array
}

/**
 * Every pool of a month reduced to rates, so an initiative's shared cost is
 *   inference(t) * perInference[t] + queries(t) * perQuery[t] + perInitiative[t]
 *   + sum over fixed pools of share * perShare[t].
 */
export interface PoolRates {
  perInference: Float64Array
  perQuery: Float64Array
  perInitiative: Float64Array
  fixed: FixedPool[]
  /** Pool cost no initiative could carry (a portfolio with no initiatives). */
  unallocated: Float64Array
  /**
   * Every pool's cost per month: what the initiatives' shared costs add up to (plus unallocated),
   * so the portfolio's figures need no initiative's shared cost.
   */
  cost: Float64Array
}

/**
 * The portfolio's sums per month that the steps after the initiatives need: inference and queries
 * (the pools' allocation bases), own cost and own net (value less own cost). Views of a month
 * block (layout.ts) whose numbers chunks.ts adds up.
 */
export interface MonthSums {
  inference: Float64Array
  queries: Float64Array
  ownCost: Float64Array
  ownNet: Float64Array
}

/** The series of a month block at 0, by name. */
export function monthSumsOf(block: Float64Array, months: number): MonthSums {
  const view = (s: number) => block.subarray(s * months, (s + 1) * months)
  return { inference: view(M_INFERENCE), queries: view(M_QUERIES), ownCost: view(M_OWN_COST), ownNet: view(M_OWN_NET) }
}

/**
 * Pool cost is monthlyCost from startMonth (times its optional factor), allocated by share of
 * that month's inference cost or queries, evenly over all initiatives, or by fixedShares
 * (normalised by their sum). A month whose basis sums to 0 falls back to an equal split.
 */
export function poolRates(pools: readonly PoolInputs[], n: number, months: number, basis: MonthSums): PoolRates {
  const rates: PoolRates = {
    perInference: new Float64Array(months),
    perQuery: new Float64Array(months),
    perInitiative: new Float64Array(months),
    fixed: [],
    unallocated: new Float64Array(months),
    cost: new Float64Array(months),
  }
  for (const pool of pools) {
    const cost = new Float64Array(months)
    for (let t = Math.max(0, pool.startMonth); t < months; t++) {
      cost[t] = pool.monthlyCost * (pool.costFactor ? (pool.costFactor[t] ?? 1) : 1)
    }
    for (let t = 0; t < months; t++) rates.cost[t] = (rates.cost[t] ?? 0) + (cost[t] ?? 0)
    const fixedTotal = pool.rule === 'fixed' && pool.fixedShares ? sumOf(pool.fixedShares) : 0
    if (n === 0) {
      for (let t = 0; t < months; t++) rates.unallocated[t] = (rates.unallocated[t] ?? 0) + (cost[t] ?? 0)
    } else if (pool.rule === 'inference' || pool.rule === 'queries') {
      const byInference = pool.rule === 'inference'
      const sums = byInference ? basis.inference : basis.queries
      const target = byInference ? rates.perInference : rates.perQuery
      for (let t = 0; t < months; t++) {
        const c = cost[t] ?? 0
        const rate = c / (sums[t] ?? 0)
        // A basis of 0 (or so tiny that cost / basis overflows) falls back to an equal split.
        if (Number.isFinite(rate)) target[t] = (target[t] ?? 0) + rate
        else rates.perInitiative[t] = (rates.perInitiative[t] ?? 0) + c / n
      }
    } else if (pool.fixedShares && fixedTotal > 0) {
      const perShare = new Float64Array(months)
      for (let t = 0; t < months; t++) perShare[t] = (cost[t] ?? 0) / fixedTotal
      rates.fixed.push({ shares: pool.fixedShares, perShare })
    } else {
      // 'even', or 'fixed' whose shares name no initiative left in the portfolio.
      for (let t = 0; t < months; t++) rates.perInitiative[t] = (rates.perInitiative[t] ?? 0) + (cost[t] ?? 0) / n
    }
  }
  return rates
}

/** The fixed pools that name initiative i, with its share; null when none does (the usual case). */
export function fixedSharesOf(rates: PoolRates, i: number): { share: number; perShare: Float64Array }[] | null {
  let mine: { share: number; perShare: Float64Array }[] | null = null
  for (const f of rates.fixed) {
    const share = f.shares[i] ?? 0
    if (share !== 0) (mine ??= []).push({ share, perShare: f.perShare })
  }
  return mine
}

/** Writes initiative i's shared cost for each month into out[offset + t], from its month block at 0. */
export function fillShared(
  i: number,
  block: Float64Array,
  H: number,
  rates: PoolRates,
  out: Float64Array,
  offset: number,
): void {
  const buf = block
  const oI = M_INFERENCE * H
  const oQ = M_QUERIES * H
  const { perInference, perQuery, perInitiative } = rates
  for (let t = 0; t < H; t++) {
    out[offset + t] =
      (buf[oI + t] ?? 0) * (perInference[t] ?? 0) + (buf[oQ + t] ?? 0) * (perQuery[t] ?? 0) + (perInitiative[t] ?? 0)
  }
  for (const f of rates.fixed) {
    const share = f.shares[i] ?? 0
    if (share === 0) continue
    for (let t = 0; t < H; t++) out[offset + t] = (out[offset + t] ?? 0) + share * (f.perShare[t] ?? 0)
  }
}

function sumOf(a: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i] ?? 0
  return s
}
