import type { Series, UnitCosts } from './types'

function per(amount: number, denominator: number): number | null {
  if (denominator === 0) return null
  const x = amount / denominator
  return Number.isFinite(x) ? x : null
}

const NO_UNIT_COSTS: UnitCosts = {
  inferencePerQuery: null,
  fullPerQuery: null,
  inferencePerUser: null,
  fullPerUser: null,
  inferencePerOutcome: null,
  fullPerOutcome: null,
  unpriced: false,
}

/**
 * Cost per query, active user and business outcome, inference only and fully loaded
 * (every driver including shared pools); null where the volume is zero. `unpriced`: the month
 * leaves out an unknown price, so the figures are lower bounds and say so.
 */
export function unitCosts(
  inference: number,
  full: number,
  queries: number,
  users: number,
  outcomes: number,
  unpriced: boolean,
): UnitCosts {
  return {
    inferencePerQuery: per(inference, queries),
    fullPerQuery: per(full, queries),
    inferencePerUser: per(inference, users),
    fullPerUser: per(full, users),
    inferencePerOutcome: per(inference, outcomes),
    fullPerOutcome: per(full, outcomes),
    unpriced,
  }
}

/** Unit costs of month t of a series; all null when t lies outside the horizon. */
export function unitCostsAt(series: Series, t: number): UnitCosts {
  if (!Number.isInteger(t) || t < 0 || t >= series.months) return { ...NO_UNIT_COSTS }
  return unitCosts(
    series.cost.inference[t] ?? 0,
    series.totalCost[t] ?? 0,
    series.queries[t] ?? 0,
    series.users[t] ?? 0,
    series.outcomes[t] ?? 0,
    (series.unpriced[t] ?? 0) > 0,
  )
}

/** Unit costs with every figure null, for a month outside the horizon. */
export function noUnitCosts(): UnitCosts {
  return { ...NO_UNIT_COSTS }
}
