import { fillShared, type PoolRates } from './allocation'
import type { DriverData } from './drivers'
import { fillInitiativeMonths } from './initiativeMonths'
import {
  FIELD_COUNT,
  F_BUILD,
  F_COMPLIANCE,
  F_DATA,
  F_EVALUATION,
  F_INFERENCE,
  F_INPUT_TOKENS,
  F_INTEGRATION,
  F_OUTCOMES,
  F_PLATFORM,
  F_QUERIES,
  F_UNPRICED,
  F_USERS,
  F_VALUE,
  L_OWN_COST,
  L_OWN_NET,
} from './layout'
import type { Series } from './types'

/**
 * The portfolio's Series: the month-by-month sum of its initiatives plus unallocated pool
 * cost. Each initiative's months are computed again (the same code and numbers as its own
 * Series) and added straight into the sums, so reading the portfolio's months builds no
 * initiative Series; own cost and value minus own cost come from the lean blocks. Input tokens
 * per query is the query-weighted average (0 without queries).
 */
export function portfolioSeries(
  drivers: readonly DriverData[],
  rates: PoolRates,
  unallocated: Float64Array,
  months: number,
): Series {
  const H = months
  const sums = new Float64Array(FIELD_COUNT * H)
  const view = (f: number): Float64Array => sums.subarray(f * H, (f + 1) * H)
  const derived = new Float64Array(4 * H)
  const sharedSum = derived.subarray(0, H)
  const totalCost = derived.subarray(H, 2 * H)
  const net = derived.subarray(2 * H, 3 * H)
  const cumulativeNet = derived.subarray(3 * H, 4 * H)
  const shared = new Float64Array(H)
  drivers.forEach((d, i) => {
    fillInitiativeMonths(d.inputs, d.table, null, null, 0, null, sums)
    fillShared(i, d, rates, shared, 0)
    const { lean } = d
    const oOwn = d.base + L_OWN_COST * H
    const oNet = d.base + L_OWN_NET * H
    for (let t = 0; t < H; t++) {
      const own = lean[oOwn + t] ?? 0
      const s = shared[t] ?? 0
      sharedSum[t] = (sharedSum[t] ?? 0) + s
      // The same expressions as an initiative's Series, so the sums match theirs exactly.
      totalCost[t] = (totalCost[t] ?? 0) + (own + s)
      net[t] = (net[t] ?? 0) + ((lean[oNet + t] ?? 0) - s)
    }
  })
  const queries = view(F_QUERIES)
  const tokens = view(F_INPUT_TOKENS)
  const flags = view(F_UNPRICED)
  const unpriced = new Uint8Array(H)
  let running = 0
  for (let t = 0; t < H; t++) {
    const q = queries[t] ?? 0
    tokens[t] = q > 0 ? (tokens[t] ?? 0) / q : 0
    unpriced[t] = (flags[t] ?? 0) > 0 ? 1 : 0
    const u = unallocated[t] ?? 0
    sharedSum[t] = (sharedSum[t] ?? 0) + u
    totalCost[t] = (totalCost[t] ?? 0) + u
    const n = (net[t] ?? 0) - u
    net[t] = n
    running += n
    cumulativeNet[t] = running
  }
  return {
    months: H,
    users: view(F_USERS),
    queries,
    outcomes: view(F_OUTCOMES),
    inputTokensPerQuery: tokens,
    cost: {
      inference: view(F_INFERENCE),
      build: view(F_BUILD),
      integration: view(F_INTEGRATION),
      platform: view(F_PLATFORM),
      data: view(F_DATA),
      evaluation: view(F_EVALUATION),
      compliance: view(F_COMPLIANCE),
      shared: sharedSum,
    },
    totalCost,
    value: view(F_VALUE),
    net,
    cumulativeNet,
    unpriced,
  }
}
