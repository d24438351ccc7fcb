import type { AllocationRule } from '../model'
import type { Driver } from '../model/drivers'

/**
 * The engine's compiled inputs: flat numeric records that the month loops read.
 * compile*() builds them from a Portfolio; evaluate() turns them into results.
 * A scenario module transforms these records (never the Portfolio) and calls the
 * same evaluate code, so baseline and scenarios share one implementation.
 */

/** Bits of PriceTable.unknown: a set bit means that price is null (unpriced). */
export const PRICE_INPUT = 1
export const PRICE_CACHED = 2
export const PRICE_CACHE_WRITE = 4
export const PRICE_OUTPUT = 8
export const PRICE_ALL = PRICE_INPUT | PRICE_CACHED | PRICE_CACHE_WRITE | PRICE_OUTPUT
/** The long-context tier's bits are the base bits shifted left by this. */
export const TIER_SHIFT = 4

/** The price table's arrays of prices per token: what a price lever or a price factor scales (batch discount, tier thresholds and unknown flags stay). */
export const PER_TOKEN_PRICE_ARRAYS = [
  'input',
  'cachedInput',
  'cacheWrite',
  'output',
  'tierInput',
  'tierCachedInput',
  'tierCacheWrite',
  'tierOutput',
] as const

/**
 * Prices in force per model and month. Every array holds models x months values at
 * [modelIndex * months + t]. Unknown prices are stored as 0 and flagged in `unknown`,
 * so a missing price adds nothing to a cost but is always reported.
 */
export interface PriceTable {
  months: number
  modelIds: readonly string[]
  modelIndex: ReadonlyMap<string, number>
  /** Prices per million tokens. */
  input: Float64Array
  cachedInput: Float64Array
  cacheWrite: Float64Array
  output: Float64Array
  /** Batch discount (0..1) of the price in force; 0 when no price is in force. */
  batchDiscount: Float64Array
  /** Input tokens per request above which the tier applies; Infinity when the price has no tier. */
  tierThreshold: Float64Array
  tierInput: Float64Array
  tierCachedInput: Float64Array
  tierCacheWrite: Float64Array
  tierOutput: Float64Array
  /** Bit flags (PRICE_* and PRICE_* << TIER_SHIFT) of prices that are unknown that month. */
  unknown: Uint8Array
}

/**
 * Optional month-by-month adjustments of one initiative (arrays of length `months`).
 * Absent arrays mean "as entered". Factors multiply; rates replace the entered rate.
 * This is the seam for scenario levers that start at a month or follow a curve.
 */
export interface InitiativeAdjustments {
  usersFactor?: Float64Array
  queriesPerUserFactor?: Float64Array
  inputTokensFactor?: Float64Array
  outputTokensFactor?: Float64Array
  cacheHitRate?: Float64Array
  cacheWriteRate?: Float64Array
  batchShare?: Float64Array
  /** Mix shares per month at [mixEntry * months + t], replacing mixShares. */
  mixShares?: Float64Array
  outcomesFactor?: Float64Array
  /** Multiplies value per outcome and fixed monthly value. */
  valueFactor?: Float64Array
  /** Multiplies a driver's cost month by month (shared pools are adjusted on the pool). */
  costFactor?: CostFactors
}

type CostFactors = Partial<Record<Exclude<Driver, 'shared'>, Float64Array>>

/** One initiative as numbers; field names follow the model's usage, costs and value. */
export interface InitiativeInputs {
  id: string
  launchMonth: number
  usersAtLaunch: number
  /** The users the ramp reaches (the model's rampTargetUsers: users at launch when no target is set). */
  targetUsers: number
  rampMonths: number
  userGrowthPerYear: number
  queriesPerUserPerMonth: number
  inputTokensPerQuery: number
  outputTokensPerQuery: number
  promptGrowthPerYear: number
  cacheHitRate: number
  cacheWriteRate: number
  batchShare: number
  /** Price-table model index of each mix entry (-1: not in the price book). */
  mixModels: readonly number[]
  /** Model id of each mix entry, to name unpriced models. */
  mixModelIds: readonly string[]
  mixShares: readonly number[]
  /** Every cost driver's inputs (shared/model/drivers), each at its position (driverPlan.ts costInputPosition). */
  costInputs: readonly number[]
  outcomesPerQuery: number
  valuePerOutcome: number
  monthsToFullValue: number
  fixedMonthlyValue: number
  adjust: InitiativeAdjustments | null
}

export interface PoolInputs {
  id: string
  monthlyCost: number
  startMonth: number
  rule: AllocationRule
  /** With rule 'fixed': share per initiative, aligned with CompiledPortfolio.initiatives. */
  fixedShares: Float64Array | null
  /** Optional month-by-month multiplier of the pool's cost. */
  costFactor: Float64Array | null
}

export interface CompiledPortfolio {
  months: number
  discountRateAnnual: number
  priceTable: PriceTable
  initiatives: InitiativeInputs[]
  pools: PoolInputs[]
}
