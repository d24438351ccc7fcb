import type { Initiative } from '../../model/initiative'
import type { Portfolio } from '../../model/portfolio'
import type { Lever } from '../../model/scenario'
import type { CompiledPortfolio, InitiativeAdjustments, InitiativeInputs, PoolInputs } from '../compiled'
import type { Driver } from '../types'
import { priceTableWithVariants } from './prices'
import { leversWithScope, targetsModel } from './scope'
import { additiveSeries, factorSeries, intensity, productOf } from './timing'

type FactorField =
  'usersFactor' | 'queriesPerUserFactor' | 'inputTokensFactor' | 'outputTokensFactor' | 'outcomesFactor' | 'valueFactor'
type CostDriver = Exclude<Driver, 'inference' | 'shared'>

/** Where a multiplicative lever lands in the engine's adjustments. */
function factorTarget(lever: Lever): FactorField | { cost: CostDriver } | null {
  switch (lever.kind) {
    case 'tokens':
      return lever.tokens === 'input' ? 'inputTokensFactor' : 'outputTokensFactor'
    case 'volume':
      return lever.volume === 'users' ? 'usersFactor' : 'queriesPerUserFactor'
    case 'value':
      return lever.value === 'outcomesPerQuery' ? 'outcomesFactor' : 'valueFactor'
    case 'cost':
      return lever.driver === 'shared' ? null : { cost: lever.driver }
    default:
      return null
  }
}

function actsOnInitiative(lever: Lever): boolean {
  return lever.kind !== 'discountRate' && !(lever.kind === 'cost' && lever.driver === 'shared')
}

/** Per-lever month series, computed once per scenario and shared by every initiative in scope. */
interface Prepared {
  lever: Lever
  covers: Uint8Array
  /** Multiplier (factor levers, price levers), points added ('rate' add), or intensity ('rate' set, routing). */
  series: Float64Array
}

function prepare(lever: Lever, covers: Uint8Array, H: number): Prepared {
  let series: Float64Array
  if (lever.kind === 'rate')
    series = lever.mode === 'add' ? additiveSeries(lever.timing, lever.amount, H) : intensity(lever.timing, H)
  else if (lever.kind === 'routing') series = intensity(lever.timing, H)
  else if ('timing' in lever && 'amount' in lever) series = factorSeries(lever.timing, lever.amount, H)
  else series = new Float64Array(0)
  return { lever, covers, series }
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x
}

/**
 * Cache hit rate or batch share month by month after the scenario's rate levers, in lever order:
 * 'add' adds its points, 'set' moves the rate towards the target by w(t); clamped after each lever
 * to [0, max] (cache hits leave room for the entered cache-write share).
 */
function rateSeries(start: Float64Array | number, levers: readonly Prepared[], max: number, H: number): Float64Array {
  const r = new Float64Array(H)
  for (let t = 0; t < H; t++) r[t] = typeof start === 'number' ? start : (start[t] ?? 0)
  for (const p of levers) {
    if (p.lever.kind !== 'rate') continue
    const { mode, amount } = p.lever
    for (let t = 0; t < H; t++) {
      const now = r[t] ?? 0
      const s = p.series[t] ?? 0
      r[t] = clamp(mode === 'add' ? now + s : now + s * (amount - now), 0, max)
    }
  }
  return r
}

/** Mix shares month by month after routing levers, in lever order; adds the target model to the mix if needed. */
function routeMix(
  inp: InitiativeInputs,
  levers: readonly Prepared[],
  modelIndex: ReadonlyMap<string, number>,
  offset: number,
  H: number,
): Partial<InitiativeInputs> {
  const models = [...inp.mixModels]
  const ids = [...inp.mixModelIds]
  const base = [...inp.mixShares]
  for (const p of levers) {
    if (p.lever.kind !== 'routing' || ids.includes(p.lever.toModelId)) continue
    const k = modelIndex.get(p.lever.toModelId)
    models.push(k === undefined ? -1 : k + offset)
    ids.push(p.lever.toModelId)
    base.push(0)
  }
  const n = ids.length
  const shares = new Float64Array(n * H)
  const existing = inp.adjust?.mixShares
  for (let j = 0; j < n; j++) {
    for (let t = 0; t < H; t++)
      shares[j * H + t] = existing && j < inp.mixShares.length ? (existing[j * H + t] ?? 0) : (base[j] ?? 0)
  }
  for (const p of levers) {
    if (p.lever.kind !== 'routing') continue
    const to = ids.indexOf(p.lever.toModelId)
    const from = p.lever.fromModelId === null ? -1 : ids.indexOf(p.lever.fromModelId)
    if (p.lever.fromModelId !== null && from < 0) continue
    const share = p.lever.share
    for (let t = 0; t < H; t++) {
      const s = share * (p.series[t] ?? 0)
      if (s === 0) continue
      for (let j = 0; j < n; j++) {
        if (j === to || (from >= 0 && j !== from)) continue
        const moved = (shares[j * H + t] ?? 0) * s
        shares[j * H + t] = (shares[j * H + t] ?? 0) - moved
        shares[to * H + t] = (shares[to * H + t] ?? 0) + moved
      }
    }
  }
  return {
    mixModels: models,
    mixModelIds: ids,
    mixShares: base,
    adjust: { ...inp.adjust, mixShares: shares },
  }
}

/** Memoises products of lever series by the levers involved, so initiatives in the same scope share arrays. */
function productCache(H: number) {
  const cache = new Map<string, Float64Array | undefined>()
  return (key: string, series: readonly Float64Array[]): Float64Array | undefined => {
    if (!cache.has(key)) cache.set(key, productOf(series, H))
    return cache.get(key)
  }
}

function applyToInitiative(
  inp: InitiativeInputs,
  i: number,
  prepared: readonly Prepared[],
  product: ReturnType<typeof productCache>,
  priceOffset: number,
  modelIndex: ReadonlyMap<string, number>,
  H: number,
): InitiativeInputs {
  // Discount-rate and shared-pool levers act after the initiatives: an initiative they alone
  // cover keeps its compiled inputs, so the evaluation reuses the baseline's figures for it.
  const mine = prepared.filter((p) => p.covers[i] === 1 && actsOnInitiative(p.lever))
  if (mine.every((p) => p.lever.kind === 'price'))
    return priceOffset === 0 ? inp : { ...inp, mixModels: inp.mixModels.map((k) => (k < 0 ? k : k + priceOffset)) }
  const out: InitiativeInputs = { ...inp, mixModels: inp.mixModels.map((k) => (k < 0 ? k : k + priceOffset)) }
  const adjust: InitiativeAdjustments = { ...inp.adjust, costFactor: { ...inp.adjust?.costFactor } }
  applyFactors(adjust, mine, prepared, product, H)
  applyRates(adjust, inp, mine, H)
  const routing = mine.filter((p) => p.lever.kind === 'routing')
  let routed: Partial<InitiativeInputs> = {}
  if (routing.length > 0) {
    routed = routeMix(out, routing, modelIndex, priceOffset, H)
    adjust.mixShares = routed.adjust?.mixShares
  }
  applyRamps(out, mine)
  return { ...out, ...routed, adjust }
}

/**
 * The factor levers (volumes, tokens, value, a driver's cost) into `adjust`: the levers on one
 * field multiply together, and with any factor the field had already.
 */
function applyFactors(
  adjust: InitiativeAdjustments,
  mine: readonly Prepared[],
  prepared: readonly Prepared[],
  product: ReturnType<typeof productCache>,
  H: number,
): void {
  const groups = new Map<string, { key: string; series: Float64Array[] }>()
  mine.forEach((p) => {
    const target = factorTarget(p.lever)
    if (target === null) return
    const field = typeof target === 'string' ? target : `cost:${target.cost}`
    const g = groups.get(field) ?? { key: field, series: [] }
    g.key += `,${prepared.indexOf(p)}`
    g.series.push(p.series)
    groups.set(field, g)
  })
  for (const [field, g] of groups) {
    const existing = field.startsWith('cost:')
      ? adjust.costFactor?.[field.slice(5) as CostDriver]
      : adjust[field as FactorField]
    const f = existing ? productOf([existing, ...g.series], H) : product(g.key, g.series)
    if (field.startsWith('cost:')) (adjust.costFactor ??= {})[field.slice(5) as CostDriver] = f
    else adjust[field as FactorField] = f
  }
}

/** The cache-hit and batch-share levers into `adjust`: month-by-month rates replacing the entered ones. */
function applyRates(adjust: InitiativeAdjustments, inp: InitiativeInputs, mine: readonly Prepared[], H: number): void {
  const rates = mine.filter((p) => p.lever.kind === 'rate')
  const cache = rates.filter((p) => p.lever.kind === 'rate' && p.lever.rate === 'cacheHitRate')
  const batch = rates.filter((p) => p.lever.kind === 'rate' && p.lever.rate === 'batchShare')
  if (cache.length > 0)
    adjust.cacheHitRate = rateSeries(
      inp.adjust?.cacheHitRate ?? inp.cacheHitRate,
      cache,
      Math.max(0, 1 - inp.cacheWriteRate),
      H,
    )
  if (batch.length > 0) adjust.batchShare = rateSeries(inp.adjust?.batchShare ?? inp.batchShare, batch, 1, H)
}

/** The ramp levers: months added to the users' ramp or to the time to full value, floored at 0. */
function applyRamps(out: InitiativeInputs, mine: readonly Prepared[]): void {
  for (const p of mine) {
    if (p.lever.kind !== 'ramp') continue
    if (p.lever.ramp === 'users') out.rampMonths = Math.max(0, out.rampMonths + p.lever.months)
    else out.monthsToFullValue = Math.max(0, out.monthsToFullValue + p.lever.months)
  }
}

/** Price variants: initiatives covered by the same set of price levers share one set of scaled rows. */
function priceVariants(portfolio: Portfolio, base: CompiledPortfolio, prepared: readonly Prepared[]) {
  const H = base.months
  const priceLevers = prepared.filter((p) => p.lever.kind === 'price')
  const keys = portfolio.initiatives.map((_, i) =>
    priceLevers
      .map((p, j) => (p.covers[i] === 1 ? j : -1))
      .filter((j) => j >= 0)
      .join(','),
  )
  const distinct = [...new Set(keys.filter((k) => k !== ''))]
  if (distinct.length === 0) return { table: base.priceTable, offsetOf: () => 0 }
  const n = base.priceTable.modelIds.length
  const factors = distinct.map((key) => {
    const f = new Float64Array(n * H).fill(1)
    for (const j of key.split(',').map(Number)) {
      const p = priceLevers[j]
      if (!p || p.lever.kind !== 'price') continue
      const target = p.lever.target
      portfolio.priceBook.forEach((model, k) => {
        if (!targetsModel(target, model)) return
        for (let t = 0; t < H; t++) f[k * H + t] = (f[k * H + t] ?? 1) * (p.series[t] ?? 1)
      })
    }
    return f
  })
  const replaceBase = distinct.length === 1 && keys.every((k) => k !== '')
  const { table, offsets } = priceTableWithVariants(base.priceTable, factors, replaceBase)
  return { table, offsetOf: (i: number) => (keys[i] === '' ? 0 : (offsets[distinct.indexOf(keys[i] ?? '')] ?? 0)) }
}

function scaledPools(pools: readonly PoolInputs[], prepared: readonly Prepared[], H: number): PoolInputs[] {
  const shared = prepared.filter((p) => p.lever.kind === 'cost' && p.lever.driver === 'shared').map((p) => p.series)
  if (shared.length === 0) return [...pools]
  return pools.map((pool) => ({
    ...pool,
    costFactor: productOf(pool.costFactor ? [pool.costFactor, ...shared] : shared, H) ?? null,
  }))
}

function discountRate(annual: number, levers: readonly Lever[]): number {
  let r = annual
  for (const lever of levers) {
    if (lever.kind === 'discountRate' && lever.enabled)
      r = clamp(lever.mode === 'set' ? lever.amount : r + lever.amount, 0, 1)
  }
  return r
}

/**
 * The compiled inputs of a scenario: the baseline's compiled inputs (compilePortfolio of the same
 * portfolio) with the levers applied, to be evaluated by the engine's own evaluate(). The
 * portfolio is only read (for scopes, providers); nothing of it is copied or changed.
 * With no enabled lever the baseline's compiled inputs come back as they are.
 * Composition order (docs/cost-model.md, "Scenarios and levers"): prices, then routing, then cache/batch rates (each in
 * lever order), then factors (multiplied, so order-free), ramps (added), pools, discount rate.
 */
export function compileScenario(
  portfolio: Portfolio,
  base: CompiledPortfolio,
  levers: readonly Lever[],
): CompiledPortfolio {
  const H = base.months
  const initiatives: readonly Initiative[] = portfolio.initiatives
  const prepared = leversWithScope(levers, initiatives).map(({ lever, covers }) => prepare(lever, covers, H))
  if (prepared.length === 0) return base
  const { table, offsetOf } = priceVariants(portfolio, base, prepared)
  const product = productCache(H)
  const modelIndex = base.priceTable.modelIndex
  return {
    ...base,
    priceTable: table,
    discountRateAnnual: discountRate(base.discountRateAnnual, levers),
    initiatives: base.initiatives.map((inp, i) =>
      applyToInitiative(inp, i, prepared, product, offsetOf(i), modelIndex, H),
    ),
    pools: scaledPools(base.pools, prepared, H),
  }
}
