import { SCHEDULED_DRIVERS, amountOf, type CostInput, type ScheduleTerm } from '../../model/drivers'
import type { InitiativeInputs } from '../compiled'
import { growthAfter, monthlyFactor } from '../growth'
import type { MonthFigures } from './monthFigures'

/**
 * The cost of every scheduled driver (shared/model/drivers), month by month: the sum of its
 * terms in the order declared, times the driver's scenario factor when it has one. Each term's
 * amount is computed once from the initiative's inputs; its months follow from the launch month.
 * The per-query terms, after the factor, are added into `volumeCost` as well (a tornado part).
 */
export function fillScheduledCosts(inp: InitiativeInputs, out: MonthFigures): void {
  const { driverPerQuery, volumeCost } = out
  for (const driver of SCHEDULED_DRIVERS) {
    const cost = out.cost(driver.id)
    driverPerQuery.fill(0)
    for (const term of driver.terms) addTerm(term, inp, out, cost, driverPerQuery)
    const factor = inp.adjust?.costFactor?.[driver.id as Exclude<typeof driver.id, 'shared'>]
    if (factor) for (let t = 0; t < cost.length; t++) cost[t] = (cost[t] ?? 0) * (factor[t] ?? 1)
    if (driver.perQuery) {
      for (let t = 0; t < cost.length; t++) {
        const perQuery = driverPerQuery[t] ?? 0
        volumeCost[t] = (volumeCost[t] ?? 0) + (factor ? perQuery * (factor[t] ?? 1) : perQuery)
      }
    }
  }
}

/** Adds one term's months into `cost` (per-query terms into `perQueryCost` too). */
function addTerm(
  term: ScheduleTerm<CostInput>,
  inp: InitiativeInputs,
  out: MonthFigures,
  cost: Float64Array,
  perQueryCost: Float64Array,
): void {
  const months = out.months
  const launch = inp.launchMonth
  const firstLive = Math.max(0, launch)
  const add = (t: number, amount: number): void => {
    cost[t] = (cost[t] ?? 0) + amount
  }
  switch (term.when) {
    case 'overBuild': {
      const total = amountOf(term.total, inp.costs)
      const buildMonths = inp.costs[term.months]
      const perMonth = buildMonths > 0 ? total / buildMonths : total
      const from = Math.max(0, buildMonths > 0 ? launch - buildMonths : launch)
      const to = Math.min(months - 1, buildMonths > 0 ? launch - 1 : launch)
      for (let t = from; t <= to; t++) add(t, perMonth)
      return
    }
    case 'monthBeforeLaunch':
      if (launch - 1 >= 0 && launch - 1 < months) add(launch - 1, amountOf(term.amount, inp.costs))
      return
    case 'everyMonth': {
      const amount = amountOf(term.amount, inp.costs)
      for (let t = firstLive; t < months; t++) add(t, amount)
      return
    }
    case 'yearly': {
      const amount = amountOf(term.amount, inp.costs)
      for (let t = firstLive; t < months; t++) if (t - launch > 0 && (t - launch) % 12 === 0) add(t, amount)
      return
    }
    case 'perQuery':
      addPerQuery(term, inp, out, cost, perQueryCost)
      return
  }
}

/** amount * queries from launch; a yearly decline compounds monthly from launch. */
function addPerQuery(
  term: Extract<ScheduleTerm<CostInput>, { when: 'perQuery' }>,
  inp: InitiativeInputs,
  out: MonthFigures,
  cost: Float64Array,
  perQueryCost: Float64Array,
): void {
  const amount = amountOf(term.amount, inp.costs)
  const firstLive = Math.max(0, inp.launchMonth)
  const yearlyChange = term.yearlyDecline === undefined ? undefined : -inp.costs[term.yearlyDecline]
  const step = yearlyChange === undefined ? 1 : monthlyFactor(yearlyChange)
  let change = yearlyChange === undefined ? 1 : growthAfter(yearlyChange, firstLive - inp.launchMonth)
  for (let t = firstLive; t < out.months; t++) {
    const monthCost =
      yearlyChange === undefined ? amount * (out.queries[t] ?? 0) : amount * change * (out.queries[t] ?? 0)
    change *= step
    cost[t] = (cost[t] ?? 0) + monthCost
    perQueryCost[t] = (perQueryCost[t] ?? 0) + monthCost
  }
}
