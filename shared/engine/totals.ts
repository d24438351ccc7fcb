import type { DriverData } from './drivers'
import { paybackMonth, roi } from './finance'
import {
  F_BUILD,
  F_COMPLIANCE,
  F_DATA,
  F_EVALUATION,
  F_INFERENCE,
  F_INTEGRATION,
  F_OUTCOMES,
  F_OWN_COST,
  F_PLATFORM,
  F_QUERIES,
  F_UNPRICED,
  F_VALUE,
  L_OWN_NET,
  leanSumIndex,
} from './layout'
import type { DriverTotals, Totals } from './types'

/**
 * Horizon totals of one initiative once its shared cost is known (shared[offset + t]):
 * net(t) = (value(t) - own cost(t)) - shared(t); NPV = sum of net(t) * discount[t];
 * payback = first month t >= from whose cumulative net is >= 0. Adds net into portfolioNet.
 */
export function initiativeTotals(
  d: DriverData,
  shared: Float64Array,
  offset: number,
  discount: Float64Array,
  from: number,
  portfolioNet: Float64Array,
): Totals {
  const H = d.months
  const { lean, base } = d
  const oN = base + L_OWN_NET * H
  let sharedSum = 0
  let npv = 0
  let cumulative = 0
  let payback: number | null = null
  for (let t = 0; t < H; t++) {
    const s = shared[offset + t] ?? 0
    const net = (lean[oN + t] ?? 0) - s
    sharedSum += s
    cumulative += net
    npv += net * (discount[t] ?? 0)
    portfolioNet[t] = (portfolioNet[t] ?? 0) + net
    if (payback === null && t >= from && cumulative >= 0) payback = t
  }
  const i = leanSumIndex(base, H, 0)
  const cost = (lean[i + F_OWN_COST] ?? 0) + sharedSum
  const value = lean[i + F_VALUE] ?? 0
  return {
    costByDriver: {
      inference: lean[i + F_INFERENCE] ?? 0,
      build: lean[i + F_BUILD] ?? 0,
      integration: lean[i + F_INTEGRATION] ?? 0,
      platform: lean[i + F_PLATFORM] ?? 0,
      data: lean[i + F_DATA] ?? 0,
      evaluation: lean[i + F_EVALUATION] ?? 0,
      compliance: lean[i + F_COMPLIANCE] ?? 0,
      shared: sharedSum,
    },
    cost,
    value,
    net: value - cost,
    npv,
    roi: roi(value, cost),
    paybackMonth: payback,
    queries: lean[i + F_QUERIES] ?? 0,
    outcomes: lean[i + F_OUTCOMES] ?? 0,
    unpriced: (lean[i + F_UNPRICED] ?? 0) > 0,
  }
}

/**
 * The portfolio's totals: the sum of its initiatives' totals plus unallocated pool cost.
 * NPV and payback come from the portfolio's monthly net (turned here into net minus
 * unallocated pool cost); payback counts from `from` (the first launch), null without initiatives.
 */
export function portfolioTotals(
  list: readonly Totals[],
  unallocated: Float64Array,
  net: Float64Array,
  discount: Float64Array,
  from: number | null,
): Totals {
  const byDriver: DriverTotals = {
    inference: 0,
    build: 0,
    integration: 0,
    platform: 0,
    data: 0,
    evaluation: 0,
    compliance: 0,
    shared: 0,
  }
  let value = 0
  let queries = 0
  let outcomes = 0
  let unpriced = false
  for (const t of list) {
    const c = t.costByDriver
    byDriver.inference += c.inference
    byDriver.build += c.build
    byDriver.integration += c.integration
    byDriver.platform += c.platform
    byDriver.data += c.data
    byDriver.evaluation += c.evaluation
    byDriver.compliance += c.compliance
    byDriver.shared += c.shared
    value += t.value
    queries += t.queries
    outcomes += t.outcomes
    unpriced ||= t.unpriced
  }
  let npv = 0
  const cumulative = new Float64Array(net.length)
  let running = 0
  for (let t = 0; t < net.length; t++) {
    const u = unallocated[t] ?? 0
    byDriver.shared += u
    const n = (net[t] ?? 0) - u
    net[t] = n
    running += n
    cumulative[t] = running
    npv += n * (discount[t] ?? 0)
  }
  const cost =
    byDriver.inference +
    byDriver.build +
    byDriver.integration +
    byDriver.platform +
    byDriver.data +
    byDriver.evaluation +
    byDriver.compliance +
    byDriver.shared
  return {
    costByDriver: byDriver,
    cost,
    value,
    net: value - cost,
    npv,
    roi: roi(value, cost),
    paybackMonth: from === null ? null : paybackMonth(cumulative, from),
    queries,
    outcomes,
    unpriced,
  }
}
