import { COST_DRIVERS, type CostInput, type TornadoBarSpec } from '../../model/drivers'
import { PER_TOKEN_PRICE_ARRAYS, type CompiledPortfolio, type InitiativeInputs } from '../compiled'
import { costInputPosition } from '../driverPlan'
import { internalsOf } from '../internals'
import { evaluateNpv } from '../npvOnly'
import { evaluate, finishPortfolio } from '../portfolio'
import { portfolioSlopes } from './tornadoSlopes'
import type { PortfolioResult } from '../types'

/** The bars that move usage, tokens and prices (inference has no bar of its own: these move it). */
const USAGE_BARS = [
  { key: 'prices', label: 'Model prices' },
  { key: 'inputTokens', label: 'Input tokens per query' },
  { key: 'outputTokens', label: 'Output tokens per query' },
  { key: 'cacheHitRate', label: 'Cache hit rate' },
  { key: 'users', label: 'Users' },
  { key: 'queriesPerUser', label: 'Queries per user' },
] as const
const VALUE_BARS = [
  { key: 'valuePerOutcome', label: 'Value per outcome' },
  { key: 'outcomesPerQuery', label: 'Outcomes per query' },
  { key: 'discountRate', label: 'Discount rate' },
] as const

/** Each cost driver's bar (drivers that name the same bar move together), in declaration order. */
const DRIVER_BARS: readonly TornadoBarSpec[] = [
  ...new Map(COST_DRIVERS.flatMap((d) => (d.tornado ? [[d.tornado.bar.key, d.tornado.bar] as const] : []))).values(),
]

/** Every bar of the tornado, in the order ties keep. */
export const TORNADO_DRIVERS: readonly TornadoBarSpec[] = [...USAGE_BARS, ...DRIVER_BARS, ...VALUE_BARS]
export type TornadoDriver = string

/** The inputs each driver bar scales (a bar of the pools scales their monthly cost instead). */
const BAR_INPUTS = new Map(
  DRIVER_BARS.map((bar) => [
    bar.key,
    COST_DRIVERS.flatMap((d) => (d.tornado?.bar.key === bar.key ? d.tornado.scales : [])) as CostInput[],
  ]),
)
const POOL_BARS = new Set(
  COST_DRIVERS.flatMap((d) => (d.cost.kind === 'pools' && d.tornado ? [d.tornado.bar.key] : [])),
)

export interface TornadoBar {
  key: TornadoDriver
  label: string
  /** NPV with the driver moved down by the percentage. */
  low: number
  /** NPV with the driver moved up by the percentage. */
  high: number
  /** |high - low|. */
  swing: number
}

export interface Tornado {
  /** Initiative id, or null for the portfolio. */
  target: string | null
  /** The move, e.g. 0.2 for ±20%. */
  percent: number
  /** NPV with every driver as it is. */
  center: number
  /** Sorted by swing, largest first (ties keep the driver order). */
  bars: TornadoBar[]
}

type UsageField =
  | 'inputTokensPerQuery'
  | 'outputTokensPerQuery'
  | 'usersAtLaunch'
  | 'targetUsers'
  | 'queriesPerUserPerMonth'
  | 'valuePerOutcome'
  | 'outcomesPerQuery'

function scaleInputs(list: readonly InitiativeInputs[], f: number, fields: readonly UsageField[]): InitiativeInputs[] {
  return list.map((inp) => {
    const out = { ...inp }
    for (const k of fields) out[k] = inp[k] * f
    return out
  })
}

function scaleCosts(list: readonly InitiativeInputs[], f: number, names: readonly CostInput[]): InitiativeInputs[] {
  return list.map((inp) => {
    const costInputs = inp.costInputs.slice()
    for (const name of names) {
      const k = costInputPosition(name)
      costInputs[k] = (inp.costInputs[k] ?? 0) * f
    }
    return { ...inp, costInputs }
  })
}

/** Cache hit rates times f, kept within [0, 1 - cache write rate], month arrays included. */
function scaleCache(list: readonly InitiativeInputs[], f: number): InitiativeInputs[] {
  return list.map((inp) => {
    const max = Math.max(0, 1 - inp.cacheWriteRate)
    const clampRate = (x: number) => Math.min(max, Math.max(0, x * f))
    const months = inp.adjust?.cacheHitRate
    return {
      ...inp,
      cacheHitRate: clampRate(inp.cacheHitRate),
      adjust: months ? { ...inp.adjust, cacheHitRate: months.map(clampRate) } : inp.adjust,
    }
  })
}

/** The compiled inputs with one driver times f (cache hit rates clamped to what the cache-write share leaves). */
export function moveDriver(c: CompiledPortfolio, key: TornadoDriver, f: number): CompiledPortfolio {
  const inits = c.initiatives
  if (POOL_BARS.has(key)) return { ...c, pools: c.pools.map((p) => ({ ...p, monthlyCost: p.monthlyCost * f })) }
  const costInputs = BAR_INPUTS.get(key)
  if (costInputs) return { ...c, initiatives: scaleCosts(inits, f, costInputs) }
  switch (key) {
    case 'prices': {
      const table = { ...c.priceTable }
      for (const a of PER_TOKEN_PRICE_ARRAYS) table[a] = c.priceTable[a].map((x) => x * f)
      return { ...c, priceTable: table }
    }
    case 'inputTokens':
      return { ...c, initiatives: scaleInputs(inits, f, ['inputTokensPerQuery']) }
    case 'outputTokens':
      return { ...c, initiatives: scaleInputs(inits, f, ['outputTokensPerQuery']) }
    case 'cacheHitRate':
      return { ...c, initiatives: scaleCache(inits, f) }
    case 'users':
      return { ...c, initiatives: scaleInputs(inits, f, ['usersAtLaunch', 'targetUsers']) }
    case 'queriesPerUser':
      return { ...c, initiatives: scaleInputs(inits, f, ['queriesPerUserPerMonth']) }
    case 'valuePerOutcome':
      return { ...c, initiatives: scaleInputs(inits, f, ['valuePerOutcome']) }
    case 'outcomesPerQuery':
      return { ...c, initiatives: scaleInputs(inits, f, ['outcomesPerQuery']) }
    case 'discountRate':
      return { ...c, discountRateAnnual: c.discountRateAnnual * f }
  }
  throw new RangeError(`No tornado bar has the key "${key}"`)
}

function npvOf(result: PortfolioResult, target: string | null): number {
  if (target === null) return result.totals.npv
  const r = result.byId.get(target)
  if (!r) throw new RangeError(`No initiative has the id "${target}"`)
  return r.totals.npv
}

/**
 * NPV of a moved copy, exactly as evaluate() would report it. Pools and the discount rate act
 * only in the portfolio-wide steps, so those reuse the centre's per-initiative driver figures;
 * the other drivers go through evaluateNpv, which builds no results. (For the portfolio's NPV,
 * tornado() takes the drivers it depends on linearly from their slopes instead.)
 */
function npvMoved(
  c: CompiledPortfolio,
  center: PortfolioResult,
  key: TornadoDriver,
  f: number,
  target: string | null,
): number {
  const moved = moveDriver(c, key, f)
  const kept = internalsOf(center)
  if ((POOL_BARS.has(key) || key === 'discountRate') && kept)
    return npvOf(finishPortfolio(moved, { drivers: kept.drivers, chunks: kept.chunkSums }), target)
  const npv = evaluateNpv(moved, target)
  if (npv === null) throw new RangeError(`No initiative has the id "${target}"`)
  return npv
}

/**
 * Sensitivity of NPV (portfolio, or one initiative) to each driver moved down and up by
 * `percent` one at a time, everything else as in `compiled` (the baseline's or a scenario's).
 * For the portfolio, the drivers its NPV depends on linearly are the centre's NPV -/+ percent
 * times their slope (tornadoSlopes.ts; equal to evaluating the moved inputs, to rounding): one
 * pass over the months instead of fourteen.
 */
export function tornado(
  compiled: CompiledPortfolio,
  percent = 0.2,
  target: string | null = null,
  center: PortfolioResult = evaluate(compiled),
): Tornado {
  if (!Number.isFinite(percent) || percent < 0 || percent > 1)
    throw new RangeError('The tornado percentage must be between 0% and 100%')
  const centerNpv = npvOf(center, target)
  const slopes: ReadonlyMap<TornadoDriver, number> = target === null ? portfolioSlopes(compiled) : new Map()
  const bars = TORNADO_DRIVERS.map(({ key, label }): TornadoBar => {
    const slope = slopes.get(key)
    const low = slope === undefined ? npvMoved(compiled, center, key, 1 - percent, target) : centerNpv - percent * slope
    const high =
      slope === undefined ? npvMoved(compiled, center, key, 1 + percent, target) : centerNpv + percent * slope
    return { key, label, low, high, swing: Math.abs(high - low) }
  })
  const order = new Map(bars.map((b, i) => [b.key, i]))
  bars.sort((a, b) => b.swing - a.swing || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0))
  return { target, percent, center: centerNpv, bars }
}
