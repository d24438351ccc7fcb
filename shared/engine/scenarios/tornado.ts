import { adjustments, initiativeInputs, priceTableOf, type CompiledPortfolio, type InitiativeInputs } from '../compiled'
import { evaluateNpv } from '../npvOnly'
import { evaluate, finishPortfolio } from '../portfolio'
import { portfolioSlopes } from './tornadoSlopes'
import type { PortfolioResult } from '../types'

export const TORNADO_DRIVERS = [
  { key: 'prices', label: 'Model prices' },
  { key: 'inputTokens', label: 'Input tokens per query' },
  { key: 'outputTokens', label: 'Output tokens per query' },
  { key: 'cacheHitRate', label: 'Cache hit rate' },
  { key: 'users', label: 'Users' },
  { key: 'queriesPerUser', label: 'Queries per user' },
  { key: 'build', label: 'Engineering build cost' },
  { key: 'fixed', label: 'Integration, platform, data, evaluation and compliance costs' },
  { key: 'shared', label: 'Shared cost pools' },
  { key: 'valuePerOutcome', label: 'Value per outcome' },
  { key: 'outcomesPerQuery', label: 'Outcomes per query' },
  { key: 'discountRate', label: 'Discount rate' },
] as const
export type TornadoDriver = (typeof TORNADO_DRIVERS)[number]['key']

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

const PRICE_ARRAYS = [
  'input',
  'cachedInput',
  'cacheWrite',
  'output',
  'tierInput',
  'tierCachedInput',
  'tierCacheWrite',
  'tierOutput',
] as const
const FIXED_FIELDS = [
  'integrationFte',
  'platformPerMonth',
  'dataOneOff',
  'dataPerMonth',
  'dataPerQuery',
  'evalSetup',
  'evalPerMonth',
  'complianceOneOff',
  'complianceYearly',
] as const

function scaleInputs(
  list: readonly InitiativeInputs[],
  f: number,
  fields: readonly (keyof InitiativeInputs)[],
): InitiativeInputs[] {
  return list.map((inp) => {
    const out: Record<string, unknown> = { ...inp }
    for (const k of fields) out[k] = (inp[k] as number) * f
    return initiativeInputs(out as unknown as InitiativeInputs)
  })
}

/** Cache hit rates times f, kept within [0, 1 - cache write rate], month arrays included. */
function scaleCache(list: readonly InitiativeInputs[], f: number): InitiativeInputs[] {
  return list.map((inp) => {
    const max = Math.max(0, 1 - inp.cacheWriteRate)
    const clampRate = (x: number) => Math.min(max, Math.max(0, x * f))
    const months = inp.adjust?.cacheHitRate
    return initiativeInputs({
      ...inp,
      cacheHitRate: clampRate(inp.cacheHitRate),
      adjust: months ? adjustments({ ...inp.adjust, cacheHitRate: months.map(clampRate) }) : inp.adjust,
    })
  })
}

/** The compiled inputs with one driver times f (cache hit rates clamped to what the cache-write share leaves). */
export function moveDriver(c: CompiledPortfolio, key: TornadoDriver, f: number): CompiledPortfolio {
  const inits = c.initiatives
  switch (key) {
    case 'prices': {
      const table = { ...c.priceTable }
      for (const a of PRICE_ARRAYS) table[a] = c.priceTable[a].map((x) => x * f)
      return { ...c, priceTable: priceTableOf(table) }
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
    case 'build':
      return { ...c, initiatives: scaleInputs(inits, f, ['buildFteMonths']) }
    case 'fixed':
      return { ...c, initiatives: scaleInputs(inits, f, FIXED_FIELDS) }
    case 'shared':
      return { ...c, pools: c.pools.map((p) => ({ ...p, monthlyCost: p.monthlyCost * f })) }
    case 'valuePerOutcome':
      return { ...c, initiatives: scaleInputs(inits, f, ['valuePerOutcome']) }
    case 'outcomesPerQuery':
      return { ...c, initiatives: scaleInputs(inits, f, ['outcomesPerQuery']) }
    case 'discountRate':
      return { ...c, discountRateAnnual: c.discountRateAnnual * f }
  }
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
  const { driverData, chunkSums } = center
  if ((key === 'shared' || key === 'discountRate') && driverData && chunkSums)
    return npvOf(finishPortfolio(moved, { drivers: driverData, chunks: chunkSums }), target)
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
  const slopes: Partial<Record<TornadoDriver, number>> = target === null ? portfolioSlopes(compiled) : {}
  const bars = TORNADO_DRIVERS.map(({ key, label }): TornadoBar => {
    const slope = slopes[key]
    const low = slope === undefined ? npvMoved(compiled, center, key, 1 - percent, target) : centerNpv - percent * slope
    const high =
      slope === undefined ? npvMoved(compiled, center, key, 1 + percent, target) : centerNpv + percent * slope
    return { key, label, low, high, swing: Math.abs(high - low) }
  })
  const order = new Map(bars.map((b, i) => [b.key, i]))
  bars.sort((a, b) => b.swing - a.swing || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0))
  return { target, percent, center: centerNpv, bars }
}
