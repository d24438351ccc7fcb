import type { CompiledPortfolio } from '../compiled'
import { discountFactors } from '../finance'
import { addToParts, computeMonths } from '../initiativeMonths'
import { PART_SERIES, P_INFERENCE, P_OUTCOME_VALUE, P_VOLUME_COST, TORNADO_PARTS, barPart } from '../layout'
import { MonthFigures } from '../months/monthFigures'

/**
 * The tornado's bars that the portfolio's NPV depends on linearly: prices, users, queries per
 * user, value per outcome, outcomes per query, and the bar of every scheduled cost driver.
 */
export type LinearDriver = 'prices' | 'users' | 'queriesPerUser' | 'valuePerOutcome' | 'outcomesPerQuery' | string

/**
 * The portfolio's NPV moves in proportion to these drivers: multiplying one by 1 + x adds
 * x * slope to the NPV, exactly in arithmetic (docs/cost-model.md, "Tornado"), because
 * - every price times 1 + x is inference times 1 + x (tiers switch on tokens, not prices);
 * - users or queries per user times 1 + x is queries, inference, every per-query cost and value
 *   from outcomes times 1 + x;
 * - a scheduled driver's bar scales inputs its cost is proportional to; value per outcome and
 *   outcomes per query scale value from outcomes;
 * and the pools' cost, which the portfolio carries whatever the allocation, moves with none of them.
 * So one pass over the months that adds up those parts gives the NPV of every move of these
 * drivers, where moving each one and evaluating again took two passes per driver.
 */
export function portfolioSlopes(compiled: CompiledPortfolio): Map<LinearDriver, number> {
  const H = compiled.months
  const parts = new Float64Array(PART_SERIES * H)
  const figures = new MonthFigures(H)
  for (const inp of compiled.initiatives) {
    computeMonths(inp, compiled.priceTable, figures)
    addToParts(figures, parts)
  }
  const discount = discountFactors(compiled.discountRateAnnual, H)
  const npv = (series: number): number => {
    let x = 0
    for (let t = 0; t < H; t++) x += (parts[series * H + t] ?? 0) * (discount[t] ?? 0)
    return x
  }
  const inference = npv(P_INFERENCE)
  const outcomeValue = npv(P_OUTCOME_VALUE)
  const volume = outcomeValue - inference - npv(P_VOLUME_COST)
  const slopes = new Map<LinearDriver, number>([
    ['prices', -inference],
    ['users', volume],
    ['queriesPerUser', volume],
    ['valuePerOutcome', outcomeValue],
    ['outcomesPerQuery', outcomeValue],
  ])
  for (const bar of TORNADO_PARTS) slopes.set(bar, -npv(barPart(bar)))
  return slopes
}
