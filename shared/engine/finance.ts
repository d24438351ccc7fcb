/**
 * End-of-month discount factors 1 / (1 + r)^(t + 1) with the monthly rate
 * r = (1 + annual)^(1/12) - 1, so month 0 is discounted once, as a spreadsheet's NPV does.
 * Built by repeated multiplication (one Math.pow per call, not per month).
 */
export function discountFactors(annualRate: number, months: number): Float64Array {
  const monthlyGrowth = Math.pow(Math.max(0, 1 + annualRate), 1 / 12)
  const step = monthlyGrowth > 0 ? 1 / monthlyGrowth : 1
  const factors = new Float64Array(months)
  let f = 1
  for (let t = 0; t < months; t++) {
    f *= step
    factors[t] = f
  }
  return factors
}

/** The monthly rate equivalent to an annual rate: (1 + annual)^(1/12) - 1. */
export function monthlyRate(annualRate: number): number {
  return Math.pow(Math.max(0, 1 + annualRate), 1 / 12) - 1
}

/** Spreadsheet NPV: sum_t values[t] / (1 + rate)^(t + 1). */
export function npv(rate: number, values: ArrayLike<number>): number {
  const step = 1 + rate > 0 ? 1 / (1 + rate) : 1
  let f = 1
  let sum = 0
  for (let t = 0; t < values.length; t++) {
    f *= step
    sum += (values[t] ?? 0) * f
  }
  return sum
}

/** sum_t net[t] * factors[t]. */
export function discountedSum(net: Float64Array, factors: Float64Array): number {
  let sum = 0
  for (let t = 0; t < net.length; t++) sum += (net[t] ?? 0) * (factors[t] ?? 0)
  return sum
}

/** (value - cost) / cost; null when cost is zero (no investment, no return ratio). */
export function roi(value: number, cost: number): number | null {
  if (cost === 0) return null
  const r = (value - cost) / cost
  return Number.isFinite(r) ? r : null
}

/**
 * The payback month: the first month t >= from by which money has been spent (cumulative cost
 * above 0) and recovered (cumulative net >= 0); null when none in the horizon. A cumulative net
 * of 0 with nothing spent (before anything happens, or a month whose only cost is an unknown
 * price counted as 0) pays nothing back.
 */
export function paybackMonth(net: ArrayLike<number>, cost: ArrayLike<number>, from: number): number | null {
  let cumulativeNet = 0
  let spent = 0
  for (let t = 0; t < net.length; t++) {
    cumulativeNet += net[t] ?? 0
    spent += cost[t] ?? 0
    if (t >= from && spent > 0 && cumulativeNet >= 0) return t
  }
  return null
}
