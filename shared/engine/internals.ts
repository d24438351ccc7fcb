import type { MonthSums, PoolRates } from './allocation'
import type { DriverData } from './drivers'
import type { PortfolioResult } from './types'

/**
 * What an evaluation keeps for the engine's own later use, beside the results the UI reads: each
 * initiative's figures before pool allocation and its chunks' month sums (a recompute reuses them
 * for initiatives that did not change), the pools' rates and the month sums (a comparison reads
 * the portfolio's spend from them without building its Series).
 */
export interface EvaluationInternals {
  drivers: readonly DriverData[]
  chunkSums: Float64Array
  poolRates: PoolRates
  monthSums: MonthSums
}

/** Results built by the engine, with their internals; a result built elsewhere has none. */
const internals = new WeakMap<PortfolioResult, EvaluationInternals>()

export function keepInternals(result: PortfolioResult, kept: EvaluationInternals): PortfolioResult {
  internals.set(result, kept)
  return result
}

/** The internals of a result the engine built, or null (a result built elsewhere: recompute everything). */
export function internalsOf(result: PortfolioResult): EvaluationInternals | null {
  return internals.get(result) ?? null
}
