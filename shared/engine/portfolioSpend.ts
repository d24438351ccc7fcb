import { portfolioTotalCost } from './portfolioSeries'
import { U_OUTCOMES, U_UNPRICED, U_USERS, tailUnitIndex } from './layout'
import type { PortfolioResult, UnitCosts } from './types'
import { noUnitCosts, unitCosts, unitCostsAt } from './unitEconomics'

/** The portfolio's total cost per month and its unit costs in two months: what a comparison reads. */
export interface PortfolioSpend {
  totalCost: Float64Array
  /** Unit costs in the portfolio's first active month (PortfolioResult.firstActiveMonth). */
  unitFirst: UnitCosts
  unitLast: UnitCosts
}

/**
 * The portfolio's Series.totalCost and unit costs in its first active month and the last month,
 * with the same numbers as its Series, but from the month sums and the tails' unit inputs:
 * building the Series evaluates every initiative's months again, which made it most of the work
 * of comparing scenarios. Users and outcomes add up in initiative order like the Series' own; an
 * initiative adds nothing before its first active month (its users and outcomes are 0 there, and
 * it is not unpriced there), and the portfolio's first active month is the earliest of theirs,
 * so only the initiatives that start in it count in it.
 */
export function portfolioSpend(r: PortfolioResult): PortfolioSpend {
  const drivers = r.driverData
  const rates = r.poolRates
  const sums = r.monthSums
  const H = r.months
  const first = r.firstActiveMonth
  if (!drivers || !rates || !sums) {
    const s = r.series
    return { totalCost: s.totalCost, unitFirst: unitCostsAt(s, first), unitLast: unitCostsAt(s, H - 1) }
  }
  const totalCost = portfolioTotalCost(sums, rates)
  const last = H - 1
  let users0 = 0
  let out0 = 0
  let unpriced0 = false
  let usersL = 0
  let outL = 0
  let unpricedL = false
  for (const d of drivers) {
    const { tail, tailAt } = d
    const t0 = Math.max(0, d.launchMonth)
    if (t0 === first) {
      const at = tailUnitIndex(tailAt, 0, 0)
      users0 += tail[at + U_USERS] ?? 0
      out0 += tail[at + U_OUTCOMES] ?? 0
      if ((tail[at + U_UNPRICED] ?? 0) > 0) unpriced0 = true
    }
    if (t0 <= last) {
      const at = tailUnitIndex(tailAt, 1, 0)
      usersL += tail[at + U_USERS] ?? 0
      outL += tail[at + U_OUTCOMES] ?? 0
      if ((tail[at + U_UNPRICED] ?? 0) > 0) unpricedL = true
    }
  }
  const valid = first >= 0 && first < H
  const at = (a: Float64Array, t: number) => a[t] ?? 0
  return {
    totalCost,
    unitFirst: valid
      ? unitCosts(at(sums.inference, first), at(totalCost, first), at(sums.queries, first), users0, out0, unpriced0)
      : noUnitCosts(),
    unitLast:
      H > 0
        ? unitCosts(at(sums.inference, last), at(totalCost, last), at(sums.queries, last), usersL, outL, unpricedL)
        : noUnitCosts(),
  }
}
