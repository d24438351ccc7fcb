import { fillShared, emptyMonthSums, leanMonthSums, poolRates, type MonthSums, type PoolRates } from './allocation'
import type { CompiledPortfolio, PoolInputs } from './compiled'
import { evaluateDrivers, leanBuffer, type DriverData } from './drivers'
import { discountFactors } from './finance'
import {
  L_INFERENCE,
  L_OWN_COST,
  L_OWN_NET,
  L_QUERIES,
  U_INFERENCE,
  U_OUTCOMES,
  U_OWN_COST,
  U_QUERIES,
  U_USERS,
  leanStride,
  leanUnitIndex,
} from './layout'
import { portfolioSeries } from './portfolioSeries'
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
 * `reuse` (another evaluation's driverData, e.g. the baseline's for a scenario) lends the
 * drivers of initiatives whose inputs and price table are the very same objects: compiled inputs
 * are never changed once built, so their figures are the same numbers (a scenario scoped to a
 * few initiatives then evaluates only those).
 */
export function evaluate(compiled: CompiledPortfolio, reuse: readonly DriverData[] | null = null): PortfolioResult {
  const { months, priceTable } = compiled
  const lean = leanBuffer(compiled.initiatives.length, months)
  const stride = leanStride(months)
  // The month sums (the pools' bases, own cost and own net) are added up while each initiative's months are in registers.
  const basis = emptyMonthSums(months)
  const drivers = compiled.initiatives.map((inp, i) => {
    const old = reuse?.[i]
    if (old?.inputs === inp && old.table === priceTable && old.months === months) {
      addToSums(basis, old)
      return old
    }
    return evaluateDrivers(inp, priceTable, lean, i * stride, basis)
  })
  return finishPortfolio(compiled, drivers, basis)
}

/** Adds a reused initiative's months into the sums, in initiative order as the month loop does. */
function addToSums(sums: MonthSums, d: DriverData): void {
  const H = d.months
  const { lean } = d
  const oI = d.base + L_INFERENCE * H
  const oQ = d.base + L_QUERIES * H
  const oC = d.base + L_OWN_COST * H
  const oN = d.base + L_OWN_NET * H
  const { inference, queries, ownCost, ownNet } = sums
  for (let t = 0; t < H; t++) {
    inference[t] = (inference[t] ?? 0) + (lean[oI + t] ?? 0)
    queries[t] = (queries[t] ?? 0) + (lean[oQ + t] ?? 0)
    ownCost[t] = (ownCost[t] ?? 0) + (lean[oC + t] ?? 0)
    ownNet[t] = (ownNet[t] ?? 0) + (lean[oN + t] ?? 0)
  }
}

function unitAt(d: DriverData, which: 0 | 1, t: number, shared: number): UnitCosts {
  const H = d.months
  if (t < 0 || t >= H) return noUnitCosts()
  const { lean, base } = d
  const at = leanUnitIndex(base, H, which, 0)
  return unitCosts(
    lean[at + U_INFERENCE] ?? 0,
    (lean[at + U_OWN_COST] ?? 0) + shared,
    lean[at + U_QUERIES] ?? 0,
    lean[at + U_USERS] ?? 0,
    lean[at + U_OUTCOMES] ?? 0,
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
      const shared = new Float64Array(this.#d.months)
      fillShared(this.#i, this.#d, this.#rates, shared, 0)
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
    const d = this.#d
    const H = d.months
    fillShared(this.#i, d, this.#rates, out, 0)
    const { lean } = d
    const o = d.base + L_OWN_COST * H
    // Same expression as the Series (own + shared), so the numbers are equal.
    for (let t = 0; t < H; t++) out[t] = (lean[o + t] ?? 0) + (out[t] ?? 0)
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
export function finishPortfolio(
  frame: PortfolioFrame,
  drivers: readonly DriverData[],
  basis: MonthSums | null = null,
): PortfolioResult {
  const { months } = frame
  const sums = basis ?? leanMonthSums(drivers, months)
  const rates = poolRates(frame.pools, drivers.length, months, sums)
  const discount = discountFactors(frame.discountRateAnnual, months)
  const rows = new TotalsRows(drivers.length, rates, discount)
  let firstLaunch = months
  const initiatives = drivers.map((d, i): InitiativeResult => {
    firstLaunch = Math.min(firstLaunch, Math.max(0, d.launchMonth))
    return new InitiativeResultImpl(d, i, rates, rows)
  })
  const net = portfolioNet(sums.ownNet, rates)
  const totals = portfolioTotals(drivers, rates, net, discount, drivers.length > 0 ? firstLaunch : null)
  let series: Series | null = null
  // Built on first use: evaluations for a comparison or a tornado never look initiatives up by id.
  let byId: Map<string, InitiativeResult> | null = null
  return {
    months,
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
    poolRates: rates,
    monthSums: sums,
  }
}
