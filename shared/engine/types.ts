import type { MonthSums, PoolRates } from './allocation'
import type { DriverData } from './drivers'
import { COST_LEVER_DRIVERS } from '../model/scenario'

/**
 * Shapes of the engine's results. Series are Float64Arrays of length `months`
 * (index 0 = the portfolio's start month). Figures with no defined value
 * (cost per query in a month with no queries, ROI of a zero cost) are null, never NaN.
 */

/** Inference, then the drivers a scenario's cost lever can move (shared/model's list, in its order). */
export const DRIVERS = ['inference', ...COST_LEVER_DRIVERS] as const
export type Driver = (typeof DRIVERS)[number]

export const DRIVER_LABELS: Record<Driver, string> = {
  inference: 'Model inference',
  build: 'Engineering build',
  integration: 'Integration upkeep',
  platform: 'Platform & hosting',
  data: 'Data & tooling',
  evaluation: 'Evaluation & safety',
  compliance: 'Risk & compliance',
  shared: 'Shared cost pools',
}

export type DriverSeries = Record<Driver, Float64Array>
export type DriverTotals = Record<Driver, number>

/** Monthly series of one initiative or of the portfolio. */
export interface Series {
  months: number
  users: Float64Array
  queries: Float64Array
  outcomes: Float64Array
  /** Input tokens per query in force that month (after prompt growth); 0 before launch. */
  inputTokensPerQuery: Float64Array
  cost: DriverSeries
  totalCost: Float64Array
  value: Float64Array
  net: Float64Array
  cumulativeNet: Float64Array
  /** 1 where a figure of that month depends on an unknown (unpriced) model price. */
  unpriced: Uint8Array
}

export interface Totals {
  costByDriver: DriverTotals
  cost: number
  value: number
  net: number
  /** NPV of monthly net at the monthly rate, end-of-month discounting (first month discounted once). */
  npv: number
  /** (value - cost) / cost; null when cost is zero. */
  roi: number | null
  /** First month index (at or after launch) whose cumulative net is >= 0; null when none in the horizon. */
  paybackMonth: number | null
  queries: number
  outcomes: number
  /** True when any figure depends on an unknown price. */
  unpriced: boolean
  /**
   * Build and one-off costs that fell before month 0 (sunk): not in cost, NPV, ROI or payback,
   * which cover the horizon only, and reported beside them.
   */
  costBeforeHorizon: number
}

/**
 * The one name of the month whose unit costs are shown beside the last month's, everywhere (app,
 * exports, command line, docs): an initiative's launch month, or month 0 when it launched before
 * the horizon; the portfolio's is the earliest of its initiatives'.
 */
export const FIRST_ACTIVE_MONTH_LABEL = 'First active month'

/** Unit costs of one month; null where the denominator is zero. */
export interface UnitCosts {
  inferencePerQuery: number | null
  fullPerQuery: number | null
  inferencePerUser: number | null
  fullPerUser: number | null
  inferencePerOutcome: number | null
  fullPerOutcome: number | null
  /**
   * True when the month is unpriced: a needed model price is unknown and counted as 0, so these
   * figures are lower bounds, never a true cost (docs/cost-model.md, section 9).
   */
  unpriced: boolean
}

/** The figures of UnitCosts (every field but its unpriced flag). */
export type UnitCostKey = Exclude<keyof UnitCosts, 'unpriced'>

export interface InitiativeResult {
  id: string
  /** First active month: the launch month, or month 0 when launched before the horizon. */
  firstActiveMonth: number
  series: Series
  totals: Totals
  /** Unit costs in the first active month (firstActiveMonth) and in the last month of the horizon. */
  unitFirst: UnitCosts
  unitLast: UnitCosts
  /** Model ids whose unknown prices make figures unpriced. */
  unpricedModels: readonly string[]
}

export interface PortfolioResult {
  months: number
  /**
   * The portfolio's first active month: the earliest of its initiatives' first active months
   * (month 0 without initiatives). The portfolio's unit costs "in the first active month" are
   * this month's, and its payback counts from it.
   */
  firstActiveMonth: number
  initiatives: InitiativeResult[]
  byId: ReadonlyMap<string, InitiativeResult>
  /** Sum of initiatives month by month, with every pool's cost as shared cost (what their shares add up to, plus any no initiative could carry). */
  series: Series
  totals: Totals
  /** Pool cost that had no initiative to carry it (a portfolio with no initiatives). */
  unallocatedShared: Float64Array
  /**
   * Engine-internal: each initiative's driver figures before pool allocation, which
   * recomputeInitiatives reuses for initiatives that did not change. Read-only; absent in
   * results not built by the engine (recomputeInitiatives then recomputes everything).
   */
  driverData?: readonly DriverData[]
  /** Engine-internal: the month sums of each chunk of initiatives (chunks.ts), which recomputes reuse with driverData. */
  chunkSums?: Float64Array
  /**
   * Engine-internal: the pools' allocation rates per month of this evaluation, with driverData
   * what a comparison reads the portfolio's spend from without building its Series.
   */
  poolRates?: PoolRates
  /** Engine-internal: the initiatives' inference, queries, own cost and own net added up per month. */
  monthSums?: MonthSums
}
