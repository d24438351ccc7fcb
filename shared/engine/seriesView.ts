import { COST_DRIVERS } from '../model/drivers'
import type { DriverData } from './drivers'
import { writeFullBlock, computeMonths } from './initiativeMonths'
import { FIELD, driverField, fullStride } from './layout'
import { MonthFigures } from './months/monthFigures'
import type { DriverSeries, Series } from './types'

/**
 * The Series of one initiative, rebuilt from its inputs (the same code and numbers as the
 * evaluation) with its shared cost per month, plus total cost, net and cumulative net.
 * Called on first read only (see portfolio.ts): most readers of a recompute (grid totals,
 * scenario KPIs) never read the months, so an evaluation does not keep them.
 */
export function initiativeSeries(d: DriverData, shared: Float64Array): Series {
  const H = d.months
  const figures = new MonthFigures(H)
  computeMonths(d.inputs, d.table, figures)
  const block = new Float64Array(fullStride(H))
  writeFullBlock(figures, block)
  const own = monthView(block, H, FIELD.ownCost)
  const value = monthView(block, H, FIELD.value)
  const flags = monthView(block, H, FIELD.unpriced)
  const derived = new Float64Array(3 * H)
  const totalCost = derived.subarray(0, H)
  const net = derived.subarray(H, 2 * H)
  const cumulativeNet = derived.subarray(2 * H, 3 * H)
  const unpriced = new Uint8Array(H)
  let running = 0
  for (let t = 0; t < H; t++) {
    const ownCost = own[t] ?? 0
    const sharedCost = shared[t] ?? 0
    // Same expression as the totals pass, so the months add up to the totals exactly.
    const monthNet = (value[t] ?? 0) - ownCost - sharedCost
    running += monthNet
    totalCost[t] = ownCost + sharedCost
    net[t] = monthNet
    cumulativeNet[t] = running
    unpriced[t] = (flags[t] ?? 0) > 0 ? 1 : 0
  }
  return seriesOfBlock(block, H, { shared, totalCost, net, cumulativeNet, unpriced })
}

/** The H months of field f in a full block (layout.ts) starting at 0. */
export function monthView(block: Float64Array, H: number, f: number): Float64Array {
  return block.subarray(f * H, (f + 1) * H)
}

/**
 * A Series whose month fields are views of a full block's months (an initiative's, or the
 * portfolio's sums), with the figures its builder computes beside them.
 */
export function seriesOfBlock(
  block: Float64Array,
  H: number,
  rest: Pick<Series, 'totalCost' | 'net' | 'cumulativeNet' | 'unpriced'> & { shared: Float64Array },
): Series {
  const cost = {} as DriverSeries
  for (const d of COST_DRIVERS)
    cost[d.id] = d.cost.kind === 'pools' ? rest.shared : monthView(block, H, driverField(d.id))
  return {
    months: H,
    users: monthView(block, H, FIELD.users),
    queries: monthView(block, H, FIELD.queries),
    outcomes: monthView(block, H, FIELD.outcomes),
    inputTokensPerQuery: monthView(block, H, FIELD.inputTokens),
    cost,
    totalCost: rest.totalCost,
    value: monthView(block, H, FIELD.value),
    net: rest.net,
    cumulativeNet: rest.cumulativeNet,
    unpriced: rest.unpriced,
  }
}
