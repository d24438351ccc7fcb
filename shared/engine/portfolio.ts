import { fillShared, poolRates, type PoolRates } from './allocation'
import { evaluateInChunks, sumChunks, type Chunked } from './chunks'
import type { CompiledPortfolio, PoolInputs } from './compiled'
import { driverMonths, evaluateDrivers, type DriverData } from './drivers'
import { discountFactors } from './finance'
import { checkFiniteFigures } from './finiteFigures'
import {
  M_OWN_COST,
  U_INFERENCE,
  U_OUTCOMES,
  U_OWN_COST,
  U_QUERIES,
  U_UNPRICED,
  U_USERS,
  tailUnitIndex,
} from './layout'
import { portfolioSeries, portfolioTotalCost } from './portfolioSeries'
import { initiativeSeries } from './seriesView'
import {
  TOTALS_STRIDE,
  T_SHARED_FIRST,
  T_SHARED_LAST,
  TotalsRows,
  portfolioNet,
  portfolioTotals,
  totalsOf,
} from './totals'
import type { InitiativeResult, PortfolioResult, Series, Totals, UnitCosts } from './types'
import { noUnitCosts, unitCosts } from './unitEconomics'

/** What the portfolio-wide steps need besides each initiative's drivers. */
export interface PortfolioFrame {
  months: number
  discountRateAnnual: number
  pools: readonly PoolInputs[]
}

/**
 * Evaluates compiled inputs: every initiative's drivers, then pools, totals and NPV.
 * `reuse` (another evaluation, e.g. the baseline's for a scenario) lends the drivers of
 * initiatives whose inputs and price table are the very same objects: compiled inputs are never
 * changed once built, so their figures are the same numbers (a scenario that moves only pools or
 * the discount rate evaluates no initiative again; chunks.ts says what a partial one does).
 */
export function evaluate(compiled: CompiledPortfolio, reuse: PortfolioResult | null = null): PortfolioResult {
  const { months, priceTable, initiatives } = compiled
  const old = reuse?.driverData
  const oldChunks = reuse?.chunkSums
  const kept = (i: number): DriverData | null => {
    const d = old?.[i]
    return d && d.inputs === initiatives[i] && d.table === priceTable && d.months === months ? d : null
  }
  const chunked = evaluateInChunks(
    initiatives.length,
    months,
    kept,
    (i, tail, tailAt, sums, sumsAt) => {
      const inp = initiatives[i]
      if (!inp) throw new RangeError(`no initiative at ${i}`)
      return evaluateDrivers(inp, priceTable, tail, tailAt, sums, sumsAt)
    },
    old && oldChunks ? { drivers: old, chunks: oldChunks } : null,
  )
  return finishPortfolio(compiled, chunked)
}

function unitAt(d: DriverData, which: 0 | 1, t: number, shared: number): UnitCosts {
  const H = d.months
  if (t < 0 || t >= H) return noUnitCosts()
  const { tail } = d
  const at = tailUnitIndex(d.tailAt, which, 0)
  return unitCosts(
    tail[at + U_INFERENCE] ?? 0,
    (tail[at + U_OWN_COST] ?? 0) + shared,
    tail[at + U_QUERIES] ?? 0,
    tail[at + U_USERS] ?? 0,
    tail[at + U_OUTCOMES] ?? 0,
    (tail[at + U_UNPRICED] ?? 0) > 0,
  )
}

/**
 * One initiative's result. Totals, months (series) and unit costs are built on first read:
 * most readers of a recompute never read the months, and few small objects per initiative
 * keep a recompute of thousands of initiatives fast (see totals.ts). Getters live on the prototype,
 * so read the fields; do not spread or JSON.stringify the object itself.
 */
class InitiativeResultImpl implements InitiativeResult {
  readonly id: string
  readonly firstActiveMonth: number
  readonly unpricedModels: readonly string[]
  readonly #d: DriverData
  readonly #i: number
  readonly #rates: PoolRates
  readonly #rows: TotalsRows
  #totals: Totals | null = null
  #series: Series | null = null
  #unitFirst: UnitCosts | null = null
  #unitLast: UnitCosts | null = null

  constructor(d: DriverData, i: number, rates: PoolRates, rows: TotalsRows) {
    this.id = d.id
    this.firstActiveMonth = Math.max(0, d.launchMonth)
    this.unpricedModels = d.unpricedModels
    this.#d = d
    this.#i = i
    this.#rates = rates
    this.#rows = rows
  }

  get totals(): Totals {
    return (this.#totals ??= totalsOf(this.#d, this.#rows.table, this.#rows.rowOf(this.#d, this.#i)))
  }

  #sharedAt(field: number): number {
    return this.#rows.table[this.#rows.rowOf(this.#d, this.#i) * TOTALS_STRIDE + field] ?? 0
  }

  get series(): Series {
    if (!this.#series) {
      const H = this.#d.months
      const shared = new Float64Array(H)
      fillShared(this.#i, driverMonths(this.#d), H, this.#rates, shared, 0)
      this.#series = initiativeSeries(this.#d, shared)
    }
    return this.#series
  }

  get unitFirst(): UnitCosts {
    return (this.#unitFirst ??= unitAt(this.#d, 0, this.firstActiveMonth, this.#sharedAt(T_SHARED_FIRST)))
  }

  get months(): number {
    return this.#d.months
  }

  /** Total cost per month into out[0..months): own cost + shared, the numbers of series.totalCost. */
  totalCostInto(out: Float64Array): Float64Array {
    const H = this.#d.months
    const block = driverMonths(this.#d)
    fillShared(this.#i, block, H, this.#rates, out, 0)
    const o = M_OWN_COST * H
    // Same expression as the Series (own + shared), so the numbers are equal.
    for (let t = 0; t < H; t++) out[t] = (block[o + t] ?? 0) + (out[t] ?? 0)
    return out
  }

  get unitLast(): UnitCosts {
    return (this.#unitLast ??= unitAt(this.#d, 1, this.#d.months - 1, this.#sharedAt(T_SHARED_LAST)))
  }
}

/**
 * An initiative's total cost per month (its Series.totalCost numbers) in `out`, without building
 * its Series when the engine built the result: a comparison of thousands of initiatives only
 * needs their spend per month.
 */
export function totalCostMonths(r: InitiativeResult, out?: Float64Array): Float64Array {
  if (r instanceof InitiativeResultImpl) return r.totalCostInto(out ?? new Float64Array(r.months))
  const months = r.series.totalCost
  if (!out) return months.slice()
  out.set(months)
  return out
}

/**
 * The steps that span initiatives: allocate the shared pools, then the portfolio's totals.
 * Each initiative's totals, NPV, payback and unit costs follow on first read (TotalsRows).
 */
export function finishPortfolio(frame: PortfolioFrame, chunked: Chunked): PortfolioResult {
  const { months } = frame
  const { drivers, chunks } = chunked
  const sums = sumChunks(chunks, months)
  const rates = poolRates(frame.pools, drivers.length, months, sums)
  const discount = discountFactors(frame.discountRateAnnual, months)
  const rows = new TotalsRows(drivers.length, rates, discount)
  let firstLaunch = months
  const initiatives = drivers.map((d, i): InitiativeResult => {
    firstLaunch = Math.min(firstLaunch, Math.max(0, d.launchMonth))
    return new InitiativeResultImpl(d, i, rates, rows)
  })
  const net = portfolioNet(sums.ownNet, rates)
  const firstActiveMonth = drivers.length > 0 ? firstLaunch : 0
  const totals = portfolioTotals(
    drivers,
    rates,
    net,
    portfolioTotalCost(sums, rates),
    discount,
    drivers.length > 0 ? firstActiveMonth : null,
  )
  checkFiniteFigures(totals, sums, rates)
  let series: Series | null = null
  // Built on first use: evaluations for a comparison or a tornado never look initiatives up by id.
  let byId: Map<string, InitiativeResult> | null = null
  return {
    months,
    firstActiveMonth,
    initiatives,
    get byId(): Map<string, InitiativeResult> {
      return (byId ??= new Map(initiatives.map((r) => [r.id, r])))
    },
    get series(): Series {
      return (series ??= portfolioSeries(drivers, sums, rates, net, months))
    },
    totals,
    unallocatedShared: rates.unallocated,
    driverData: drivers,
    chunkSums: chunks,
    poolRates: rates,
    monthSums: sums,
  }
}
