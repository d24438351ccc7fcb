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
 * The Series of one initiative, rebuilt from its inputs (the same code and numbers as the
 * evaluation) with its shared cost per month, plus total cost, net and cumulative net.
 * Called on first read only (see portfolio.ts): most readers of a recompute (grid totals,
 * scenario KPIs) never read the months, so an evaluation does not keep them.
 */
export function initiativeSeries(d: DriverData, shared: Float64Array): Series {
  const H = d.months
  const buf = scratchBlock(H)
  fillFullBlock(d.inputs, d.table, buf)
  const view = (f: number): Float64Array => buf.subarray(f * H, (f + 1) * H)
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
      shared,
    },
    totalCost,
    value,
    net,
    cumulativeNet,
    unpriced,
  }
}

/**
 * The portfolio's Series: the month-by-month sum of its initiatives plus unallocated pool
 * cost. Input tokens per query is the query-weighted average (0 in a month with no queries).
 */
export function portfolioSeries(list: readonly Series[], unallocated: Float64Array, months: number): Series {
  const f = (): Float64Array => new Float64Array(months)
  const sum: Series = {
    months,
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
    unpriced: new Uint8Array(months),
  }
  const add = (target: Float64Array, source: Float64Array): void => {
    for (let t = 0; t < months; t++) target[t] = (target[t] ?? 0) + (source[t] ?? 0)
  }
  const tokens = sum.inputTokensPerQuery
  for (const s of list) {
    add(sum.users, s.users)
    add(sum.queries, s.queries)
    add(sum.outcomes, s.outcomes)
    add(sum.value, s.value)
    add(sum.totalCost, s.totalCost)
    add(sum.net, s.net)
    add(sum.cost.inference, s.cost.inference)
    add(sum.cost.build, s.cost.build)
    add(sum.cost.integration, s.cost.integration)
    add(sum.cost.platform, s.cost.platform)
    add(sum.cost.data, s.cost.data)
    add(sum.cost.evaluation, s.cost.evaluation)
    add(sum.cost.compliance, s.cost.compliance)
    add(sum.cost.shared, s.cost.shared)
    for (let t = 0; t < months; t++) {
      tokens[t] = (tokens[t] ?? 0) + (s.queries[t] ?? 0) * (s.inputTokensPerQuery[t] ?? 0)
      sum.unpriced[t] = (sum.unpriced[t] ?? 0) | (s.unpriced[t] ?? 0)
    }
  }
  let running = 0
  for (let t = 0; t < months; t++) {
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
