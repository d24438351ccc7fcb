import { fillShared, type PoolRates } from './allocation'
import { fillFullBlock, scratchBlock, type DriverData } from './drivers'
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
} from './layout'
import type { Series } from './types'

/**
 * The portfolio's Series: the month-by-month sum of its initiatives plus unallocated pool
 * cost. Each initiative's months are rebuilt in one reused scratch block (the same code and
 * numbers as its own Series), so reading the portfolio's months does not build a thousand
 * initiative Series. Input tokens per query is the query-weighted average (0 without queries).
 */
export function portfolioSeries(
  drivers: readonly DriverData[],
  rates: PoolRates,
  unallocated: Float64Array,
  months: number,
): Series {
  const H = months
  const f = (): Float64Array => new Float64Array(H)
  const sum: Series = {
    months: H,
    users: f(),
    queries: f(),
    outcomes: f(),
    inputTokensPerQuery: f(),
    cost: {
      inference: f(),
      build: f(),
      integration: f(),
      platform: f(),
      data: f(),
      evaluation: f(),
      compliance: f(),
      shared: f(),
    },
    totalCost: f(),
    value: f(),
    net: f(),
    cumulativeNet: f(),
    unpriced: new Uint8Array(H),
  }
  const block = scratchBlock(H)
  const shared = new Float64Array(H)
  const fields: [number, Float64Array][] = [
    [F_USERS, sum.users],
    [F_QUERIES, sum.queries],
    [F_OUTCOMES, sum.outcomes],
    [F_INFERENCE, sum.cost.inference],
    [F_BUILD, sum.cost.build],
    [F_INTEGRATION, sum.cost.integration],
    [F_PLATFORM, sum.cost.platform],
    [F_DATA, sum.cost.data],
    [F_EVALUATION, sum.cost.evaluation],
    [F_COMPLIANCE, sum.cost.compliance],
    [F_VALUE, sum.value],
  ]
  const tokens = sum.inputTokensPerQuery
  drivers.forEach((d, i) => {
    fillFullBlock(d.inputs, d.table, block)
    fillShared(i, d, rates, shared, 0)
    for (const [field, target] of fields) {
      const o = field * H
      for (let t = 0; t < H; t++) target[t] = (target[t] ?? 0) + (block[o + t] ?? 0)
    }
    for (let t = 0; t < H; t++) {
      const own = block[F_OWN_COST * H + t] ?? 0
      const s = shared[t] ?? 0
      sum.cost.shared[t] = (sum.cost.shared[t] ?? 0) + s
      // The same expressions as an initiative's Series, so the sums match theirs exactly.
      sum.totalCost[t] = (sum.totalCost[t] ?? 0) + (own + s)
      sum.net[t] = (sum.net[t] ?? 0) + ((block[F_VALUE * H + t] ?? 0) - own - s)
      tokens[t] = (tokens[t] ?? 0) + (block[F_QUERIES * H + t] ?? 0) * (block[F_INPUT_TOKENS * H + t] ?? 0)
      if ((block[F_UNPRICED * H + t] ?? 0) > 0) sum.unpriced[t] = 1
    }
  })
  let running = 0
  for (let t = 0; t < H; t++) {
    const q = sum.queries[t] ?? 0
    tokens[t] = q > 0 ? (tokens[t] ?? 0) / q : 0
    const u = unallocated[t] ?? 0
    sum.cost.shared[t] = (sum.cost.shared[t] ?? 0) + u
    sum.totalCost[t] = (sum.totalCost[t] ?? 0) + u
    const n = (sum.net[t] ?? 0) - u
    sum.net[t] = n
    running += n
    sum.cumulativeNet[t] = running
  }
  return sum
}
