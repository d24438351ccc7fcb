import type { MonthSums, PoolRates } from './allocation'
import type { DriverData } from './drivers'
import { addToSeriesBlock, computeMonths } from './initiativeMonths'
import { FIELD, FIELD_COUNT, driverField } from './layout'
import { MonthFigures } from './months/monthFigures'
import { monthView, seriesOfBlock } from './seriesView'
import type { Series } from './types'

/**
 * The portfolio's Series: the month-by-month sum of its initiatives, with every pool's cost as its
 * shared cost (what the initiatives' shared costs add up to, plus what no initiative could carry).
 * Each initiative's months are computed again (the same code and numbers as its own Series) and
 * added straight into the sums, so reading the portfolio's months builds no initiative Series.
 * Inference and queries are the month sums (`sums`, added up by chunk: chunks.ts), the numbers
 * the pools, total cost and the portfolio's unit costs come from; total cost is own cost
 * (sums.ownCost) plus the pools' cost; net is `net` (portfolioNet, the numbers the portfolio's NPV
 * and payback come from). Input tokens per query is the query-weighted average (0 without queries).
 */
export function portfolioSeries(
  drivers: readonly DriverData[],
  sums: MonthSums,
  rates: PoolRates,
  net: Float64Array,
  months: number,
): Series {
  const H = months
  const fields = new Float64Array(FIELD_COUNT * H)
  const figures = new MonthFigures(H)
  for (const d of drivers) {
    computeMonths(d.inputs, d.table, figures)
    addToSeriesBlock(figures, fields)
  }
  const shared = rates.cost.slice()
  const totalCost = portfolioTotalCost(sums, rates)
  const cumulativeNet = new Float64Array(H)
  const queries = monthView(fields, H, FIELD.queries)
  queries.set(sums.queries)
  monthView(fields, H, driverField('inference')).set(sums.inference)
  const tokens = monthView(fields, H, FIELD.inputTokens)
  const flags = monthView(fields, H, FIELD.unpriced)
  const unpriced = new Uint8Array(H)
  let running = 0
  for (let t = 0; t < H; t++) {
    const q = queries[t] ?? 0
    tokens[t] = q > 0 ? (tokens[t] ?? 0) / q : 0
    unpriced[t] = (flags[t] ?? 0) > 0 ? 1 : 0
    running += net[t] ?? 0
    cumulativeNet[t] = running
  }
  return seriesOfBlock(fields, H, { shared, totalCost, net: net.slice(), cumulativeNet, unpriced })
}

/** The portfolio's total cost per month: its initiatives' own cost plus every pool's cost. */
export function portfolioTotalCost(sums: MonthSums, rates: PoolRates): Float64Array {
  const out = new Float64Array(sums.ownCost.length)
  for (let t = 0; t < out.length; t++) out[t] = (sums.ownCost[t] ?? 0) + (rates.cost[t] ?? 0)
  return out
}
