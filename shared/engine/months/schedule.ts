import type { InitiativeInputs } from '../compiled'
import { DRIVER_PLANS, amountValue, type PlannedDriver, type PlannedTerm } from '../driverPlan'
import { growthAfter, monthlyFactor } from '../growth'
import type { MonthFigures } from './monthFigures'

/**
 * The cost of every scheduled driver (shared/model/drivers), month by month: the sum of its
 * terms in the order declared, times the driver's scenario factor when it has one, and its
 * horizon sum. Each term's amount is computed once from the initiative's inputs; its months
 * follow from the launch month. Each per-query term, times the factor, is added into `volumeCost`
 * as well (a tornado part).
 */
export function fillScheduledCosts(inp: InitiativeInputs, out: MonthFigures): void {
  for (const driver of DRIVER_PLANS) fillDriver(driver, inp, out)
}

function fillDriver(driver: PlannedDriver, inp: InitiativeInputs, out: MonthFigures): void {
  const cost = out.costRow(driver.row)
  const factor = inp.adjust?.costFactor?.[driver.id as Exclude<typeof driver.id, 'shared'>] ?? null
  // The first month any term added to: the months before it stay 0 (a driver with nothing to add
  // is a row of zeros, and its factor and sum pass is skipped).
  let from = out.months
  for (const term of driver.terms) {
    const first =
      term.when === 'perQuery' ? addPerQuery(term, inp, out, cost, factor) : addTerm(term, inp, out.months, cost)
    from = Math.min(from, first)
  }
  out.noteFiguresFrom(from)
  let costSum = 0
  for (let t = from; t < cost.length; t++) {
    const monthCost = factor ? (cost[t] ?? 0) * (factor[t] ?? 1) : (cost[t] ?? 0)
    cost[t] = monthCost
    costSum += monthCost
  }
  out.setSum(driver.field, costSum)
}

/** Adds the months of one term that is not per query into `cost`; returns the first month it added to (`months` if none). */
function addTerm(
  term: Exclude<PlannedTerm, { when: 'perQuery' }>,
  inp: InitiativeInputs,
  months: number,
  cost: Float64Array,
): number {
  const launch = inp.launchMonth
  const costs = inp.costInputs
  switch (term.when) {
    case 'overBuild': {
      const total = amountValue(term.total, costs)
      const buildMonths = costs[term.months] ?? 0
      const perMonth = buildMonths > 0 ? total / buildMonths : total
      const from = Math.max(0, buildMonths > 0 ? launch - buildMonths : launch)
      const to = Math.min(months - 1, buildMonths > 0 ? launch - 1 : launch)
      if (perMonth === 0 || from > to) return months
      for (let t = from; t <= to; t++) cost[t] = (cost[t] ?? 0) + perMonth
      return from
    }
    case 'monthBeforeLaunch': {
      const amount = amountValue(term.amount, costs)
      if (amount === 0 || launch - 1 < 0 || launch - 1 >= months) return months
      cost[launch - 1] = (cost[launch - 1] ?? 0) + amount
      return launch - 1
    }
    case 'everyMonth': {
      const amount = amountValue(term.amount, costs)
      const first = Math.max(0, launch)
      if (amount === 0 || first >= months) return months
      for (let t = first; t < months; t++) cost[t] = (cost[t] ?? 0) + amount
      return first
    }
    case 'yearly': {
      const amount = amountValue(term.amount, costs)
      // Months 12, 24, ... after launch, from the first of them inside the horizon.
      const first = launch + 12 * Math.max(1, Math.ceil(-launch / 12))
      if (amount === 0 || first >= months) return months
      for (let t = first; t < months; t += 12) cost[t] = (cost[t] ?? 0) + amount
      return first
    }
  }
}

/**
 * amount * queries from launch into `cost`, and times the driver's factor into `volumeCost`; a
 * yearly decline compounds monthly from launch. Returns the first month it added to (`months` if none).
 */
function addPerQuery(
  term: Extract<PlannedTerm, { when: 'perQuery' }>,
  inp: InitiativeInputs,
  out: MonthFigures,
  cost: Float64Array,
  factor: Float64Array | null,
): number {
  const amount = amountValue(term.amount, inp.costInputs)
  const firstLive = Math.max(0, inp.launchMonth)
  if (amount === 0 || firstLive >= out.months) return out.months
  const { queries, volumeCost } = out
  const yearlyChange = term.yearlyDecline === null ? 0 : -(inp.costInputs[term.yearlyDecline] ?? 0)
  const step = monthlyFactor(yearlyChange)
  let change = growthAfter(yearlyChange, firstLive - inp.launchMonth)
  for (let t = firstLive; t < out.months; t++) {
    const monthCost = term.yearlyDecline === null ? amount * (queries[t] ?? 0) : amount * change * (queries[t] ?? 0)
    change *= step
    cost[t] = (cost[t] ?? 0) + monthCost
    volumeCost[t] = (volumeCost[t] ?? 0) + (factor ? monthCost * (factor[t] ?? 1) : monthCost)
  }
  return firstLive
}
