import { fixedSharesOf } from './allocation'
import { L_INFERENCE, L_OWN_COST, L_QUERIES, U_USERS, U_OUTCOMES, leanUnitIndex } from './layout'
import type { PortfolioResult, UnitCosts } from './types'
import { noUnitCosts, unitCosts, unitCostsAt } from './unitEconomics'

/** The portfolio's total cost per month and its unit costs in two months: what a comparison reads. */
export interface PortfolioSpend {
  totalCost: Float64Array
  unitFirst: UnitCosts
  unitLast: UnitCosts
}

/**
 * The portfolio's Series.totalCost and unit costs in month `first` and the last month, with the
 * same numbers as its Series, but from the lean blocks: building the Series evaluates every
 * initiative's months again, which made it most of the work of comparing scenarios.
 * Sums run in initiative order like the Series' own; an initiative adds nothing before its
 * first active month (its users and outcomes are 0 there), so `first` must be at most every
 * initiative's first active month (the comparison passes the earliest).
 */
export function portfolioSpend(r: PortfolioResult, first: number): PortfolioSpend {
  const drivers = r.driverData
  const rates = r.poolRates
  const H = r.months
  if (!drivers || !rates) {
    const s = r.series
    return { totalCost: s.totalCost, unitFirst: unitCostsAt(s, first), unitLast: unitCostsAt(s, H - 1) }
  }
  const totalCost = new Float64Array(H)
  const last = H - 1
  let inf0 = 0
  let q0 = 0
  let users0 = 0
  let out0 = 0
  let infL = 0
  let qL = 0
  let usersL = 0
  let outL = 0
  const { perInference, perQuery, perInitiative } = rates
  drivers.forEach((d, i) => {
    const { lean, base } = d
    const oOwn = base + L_OWN_COST * H
    const oI = base + L_INFERENCE * H
    const oQ = base + L_QUERIES * H
    const fixed = fixedSharesOf(rates, i)
    // Shared cost as fillShared computes it (the same expression, in a local), added to own cost.
    for (let t = 0; t < H; t++) {
      let s =
        (lean[oI + t] ?? 0) * (perInference[t] ?? 0) +
        (lean[oQ + t] ?? 0) * (perQuery[t] ?? 0) +
        (perInitiative[t] ?? 0)
      if (fixed) for (const f of fixed) s = s + f.share * (f.perShare[t] ?? 0)
      totalCost[t] = (totalCost[t] ?? 0) + ((lean[oOwn + t] ?? 0) + s)
    }
    const t0 = Math.max(0, d.launchMonth)
    if (first >= 0 && first < H) {
      inf0 += lean[base + L_INFERENCE * H + first] ?? 0
      q0 += lean[base + L_QUERIES * H + first] ?? 0
      if (t0 === first) {
        const at = leanUnitIndex(base, H, 0, 0)
        users0 += lean[at + U_USERS] ?? 0
        out0 += lean[at + U_OUTCOMES] ?? 0
      }
    }
    infL += lean[base + L_INFERENCE * H + last] ?? 0
    qL += lean[base + L_QUERIES * H + last] ?? 0
    if (t0 <= last) {
      const at = leanUnitIndex(base, H, 1, 0)
      usersL += lean[at + U_USERS] ?? 0
      outL += lean[at + U_OUTCOMES] ?? 0
    }
  })
  const unallocated = rates.unallocated
  for (let t = 0; t < H; t++) totalCost[t] = (totalCost[t] ?? 0) + (unallocated[t] ?? 0)
  const valid = Number.isInteger(first) && first >= 0 && first < H
  return {
    totalCost,
    unitFirst: valid ? unitCosts(inf0, totalCost[first] ?? 0, q0, users0, out0) : noUnitCosts(),
    unitLast: H > 0 ? unitCosts(infL, totalCost[last] ?? 0, qL, usersL, outL) : noUnitCosts(),
  }
}
