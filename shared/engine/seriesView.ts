import type { DriverData } from './drivers'
import {
  F_BUILD,
  F_COMPLIANCE,
  F_DATA,
  F_EVALUATION,
  F_INFERENCE,
  F_INPUT_TOKENS,
  F_INTEGRATION,
  F_OUTCOMES,
  F_OWN_COST,
  F_PLATFORM,
  F_QUERIES,
  F_UNPRICED,
  F_USERS,
  F_VALUE,
  fullStride,
} from './layout'
import { fullMonths } from './monthPass'
import type { Series } from './types'

/**
 * The Series of one initiative, rebuilt from its inputs (the same code and numbers as the
 * evaluation) with its shared cost per month, plus total cost, net and cumulative net.
 * Called on first read only (see portfolio.ts): most readers of a recompute (grid totals,
 * scenario KPIs) never read the months, so an evaluation does not keep them.
 */
export function initiativeSeries(d: DriverData, shared: Float64Array): Series {
  const H = d.months
  const buf = new Float64Array(fullStride(H))
  fullMonths(d.inputs, d.table, buf)
  const view = (f: number): Float64Array => monthView(buf, H, f)
  const own = view(F_OWN_COST)
  const value = view(F_VALUE)
  const derived = new Float64Array(3 * H)
  const totalCost = derived.subarray(0, H)
  const net = derived.subarray(H, 2 * H)
  const cumulativeNet = derived.subarray(2 * H, 3 * H)
  const unpriced = new Uint8Array(H)
  const flags = view(F_UNPRICED)
  let running = 0
  for (let t = 0; t < H; t++) {
    const o = own[t] ?? 0
    const s = shared[t] ?? 0
    // Same expression as the totals pass, so the months add up to the totals exactly.
    const n = (value[t] ?? 0) - o - s
    running += n
    totalCost[t] = o + s
    net[t] = n
    cumulativeNet[t] = running
    unpriced[t] = (flags[t] ?? 0) > 0 ? 1 : 0
  }
  return seriesOfBlock(buf, H, { shared, totalCost, net, cumulativeNet, unpriced })
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
  const view = (f: number): Float64Array => monthView(block, H, f)
  return {
    months: H,
    users: view(F_USERS),
    queries: view(F_QUERIES),
    outcomes: view(F_OUTCOMES),
    inputTokensPerQuery: view(F_INPUT_TOKENS),
    cost: {
      inference: view(F_INFERENCE),
      build: view(F_BUILD),
      integration: view(F_INTEGRATION),
      platform: view(F_PLATFORM),
      data: view(F_DATA),
      evaluation: view(F_EVALUATION),
      compliance: view(F_COMPLIANCE),
      shared: rest.shared,
    },
    totalCost: rest.totalCost,
    value: view(F_VALUE),
    net: rest.net,
    cumulativeNet: rest.cumulativeNet,
    unpriced: rest.unpriced,
  }
}
