import { fixedSharesOf, type PoolRates } from './allocation'
import { costBeforeHorizon } from './costBeforeHorizon'
import { MonthBlockReader, type DriverData } from './drivers'
import { paybackMonth, roi } from './finance'
import { COST_DRIVERS } from '../model/drivers'
import { FIELD, FIELD_COUNT, M_INFERENCE, M_OWN_COST, M_OWN_NET, M_QUERIES, driverField } from './layout'
import type { DriverTotals, Totals } from './types'

/**
 * Each initiative's horizon totals are kept as a row of numbers in one Float64Array per
 * evaluation and turned into a Totals object on first read: thousands of objects full of
 * boxed numbers would otherwise dominate the garbage collector's work in a recompute.
 * A row is filled when its initiative's figures are first read (TotalsRows): its shared cost
 * depends on every initiative through the pools, so it is one more pass over the initiative's
 * months, and the portfolio's own figures never need it (portfolioTotals).
 */
export const T_SHARED = 0
export const T_NPV = 1
/** Payback month, or -1 for none. */
export const T_PAYBACK = 2
/** The shared cost of the first active and the last month (for unit costs). */
export const T_SHARED_FIRST = 3
export const T_SHARED_LAST = 4
export const TOTALS_STRIDE = 5

/**
 * Fills row `row` of `table` for initiative `i` from its month block (at 0 in `block`) once the
 * pools' rates are known: shared(t) as allocation.ts's fillShared computes it (the same
 * expression, so the Series agree), net(t) = (value(t) - own cost(t)) - shared(t); NPV = sum of
 * net(t) * discount[t]; payback = first month t >= from by which cost has been spent and the
 * cumulative net is >= 0 (finance.ts's paybackMonth).
 * One pass over the month block, with shared(t) in a local rather than a month array.
 */
export function fillTotalsRow(
  block: Float64Array,
  d: Pick<DriverData, 'months' | 'launchMonth'>,
  i: number,
  rates: PoolRates,
  discount: Float64Array,
  from: number,
  table: Float64Array,
  row: number,
): void {
  const H = d.months
  const oI = M_INFERENCE * H
  const oQ = M_QUERIES * H
  const oN = M_OWN_NET * H
  const oC = M_OWN_COST * H
  const { perInference, perQuery, perInitiative } = rates
  const fixed = fixedSharesOf(rates, i)
  const firstActive = Math.max(0, d.launchMonth)
  let sharedSum = 0
  let npv = 0
  let cumulative = 0
  let spent = 0
  let payback = -1
  let sharedFirst = 0
  let sharedLast = 0
  for (let t = 0; t < H; t++) {
    let s =
      (block[oI + t] ?? 0) * (perInference[t] ?? 0) +
      (block[oQ + t] ?? 0) * (perQuery[t] ?? 0) +
      (perInitiative[t] ?? 0)
    if (fixed) for (const f of fixed) s = s + f.share * (f.perShare[t] ?? 0)
    const net = (block[oN + t] ?? 0) - s
    sharedSum += s
    cumulative += net
    spent += (block[oC + t] ?? 0) + s
    npv += net * (discount[t] ?? 0)
    if (payback < 0 && t >= from && spent > 0 && cumulative >= 0) payback = t
    if (t === firstActive) sharedFirst = s
    sharedLast = s
  }
  const o = row * TOTALS_STRIDE
  table[o + T_SHARED] = sharedSum
  table[o + T_NPV] = npv
  table[o + T_PAYBACK] = payback
  table[o + T_SHARED_FIRST] = sharedFirst
  table[o + T_SHARED_LAST] = sharedLast
}

/** The Totals object of one initiative from its driver sums and its totals row. */
export function totalsOf(d: DriverData, table: Float64Array, row: number): Totals {
  const sums = d.tail.subarray(d.tailAt, d.tailAt + FIELD_COUNT)
  const o = row * TOTALS_STRIDE
  const sharedSum = table[o + T_SHARED] ?? 0
  const cost = (sums[FIELD.ownCost] ?? 0) + sharedSum
  const value = sums[FIELD.value] ?? 0
  const payback = table[o + T_PAYBACK] ?? -1
  return {
    costByDriver: costByDriver(sums, sharedSum),
    cost,
    value,
    net: value - cost,
    npv: table[o + T_NPV] ?? 0,
    roi: roi(value, cost),
    paybackMonth: payback < 0 ? null : payback,
    queries: sums[FIELD.queries] ?? 0,
    outcomes: sums[FIELD.outcomes] ?? 0,
    unpriced: (sums[FIELD.unpriced] ?? 0) > 0,
    costBeforeHorizon: costBeforeHorizon(d.inputs),
  }
}

/** Each driver's horizon sum from a full block's sums (`sums`), and the shared pools' from `shared`. */
function costByDriver(sums: Float64Array, shared: number): DriverTotals {
  const byDriver = {} as DriverTotals
  for (const d of COST_DRIVERS) byDriver[d.id] = d.cost.kind === 'pools' ? shared : (sums[driverField(d.id)] ?? 0)
  return byDriver
}

/** The totals rows of one evaluation, each filled by fillTotalsRow when first asked for. */
export class TotalsRows {
  readonly table: Float64Array
  /** Computes initiatives' month blocks again for their rows, Series and spend. */
  readonly reader: MonthBlockReader
  readonly #filled: Uint8Array
  readonly #rates: PoolRates
  readonly #discount: Float64Array

  constructor(count: number, rates: PoolRates, discount: Float64Array) {
    this.table = new Float64Array(count * TOTALS_STRIDE)
    this.#filled = new Uint8Array(count)
    this.#rates = rates
    this.#discount = discount
    this.reader = new MonthBlockReader(rates.cost.length)
  }

  /** Initiative i's row (its index), filled from its drivers d on first use. */
  rowOf(d: DriverData, i: number): number {
    if (this.#filled[i] === 0) {
      const block = this.reader.read(d)
      fillTotalsRow(block, d, i, this.#rates, this.#discount, Math.max(0, d.launchMonth), this.table, i)
      this.#filled[i] = 1
    }
    return i
  }
}

/**
 * The portfolio's net per month: its initiatives' value less own cost, added up month by month
 * (MonthSums.ownNet), less every pool's cost. The initiatives' shared costs add
 * up to the pools' cost (plus what is unallocated), so this is the sum of their nets less
 * unallocated pool cost, without computing any initiative's shared cost.
 */
export function portfolioNet(ownNet: Float64Array, rates: PoolRates): Float64Array {
  const net = new Float64Array(ownNet.length)
  for (let t = 0; t < net.length; t++) net[t] = (ownNet[t] ?? 0) - (rates.cost[t] ?? 0)
  return net
}

/** NPV of a net per month. */
export function npvOf(net: Float64Array, discount: Float64Array): number {
  let npv = 0
  for (let t = 0; t < net.length; t++) npv += (net[t] ?? 0) * (discount[t] ?? 0)
  return npv
}

/**
 * The portfolio's totals: its initiatives' driver sums plus every pool's cost as shared cost;
 * NPV and payback from its net and total cost per month (portfolioNet, portfolioTotalCost);
 * payback counts from `from` (the first active month), null without initiatives.
 */
export function portfolioTotals(
  drivers: readonly DriverData[],
  rates: PoolRates,
  net: Float64Array,
  totalCost: Float64Array,
  discount: Float64Array,
  from: number | null,
): Totals {
  const sums = new Float64Array(FIELD_COUNT)
  let before = 0
  for (const d of drivers) {
    const { tail, tailAt } = d
    for (let f = 0; f < FIELD_COUNT; f++) sums[f] = (sums[f] ?? 0) + (tail[tailAt + f] ?? 0)
    before += costBeforeHorizon(d.inputs)
  }
  let shared = 0
  for (let t = 0; t < net.length; t++) shared += rates.cost[t] ?? 0
  const npv = npvOf(net, discount)
  const byDriver = costByDriver(sums, shared)
  let cost = 0
  for (const d of COST_DRIVERS) cost += byDriver[d.id]
  const value = sums[FIELD.value] ?? 0
  return {
    costByDriver: byDriver,
    cost,
    value,
    net: value - cost,
    npv,
    roi: roi(value, cost),
    paybackMonth: from === null ? null : paybackMonth(net, totalCost, from),
    queries: sums[FIELD.queries] ?? 0,
    outcomes: sums[FIELD.outcomes] ?? 0,
    unpriced: (sums[FIELD.unpriced] ?? 0) > 0,
    costBeforeHorizon: before,
  }
}
