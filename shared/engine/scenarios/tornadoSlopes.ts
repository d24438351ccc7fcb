import type { CompiledPortfolio } from '../compiled'
import { discountFactors } from '../finance'
import { addParts } from '../monthPass'
import { PART_SERIES, P_BUILD, P_FIXED, P_INFERENCE, P_OUTCOME_VALUE, P_VOLUME_COST } from '../layout'

/** The tornado's drivers that the portfolio's NPV depends on linearly. */
export type LinearDriver =
  'prices' | 'users' | 'queriesPerUser' | 'build' | 'fixed' | 'valuePerOutcome' | 'outcomesPerQuery'

/**
 * The portfolio's NPV moves in proportion to these drivers: multiplying one by 1 + x adds
 * x * slope to the NPV, exactly in arithmetic (docs/cost-model.md, "Tornado"), because
 * - every price times 1 + x is inference times 1 + x (tiers switch on tokens, not prices);
 * - users or queries per user times 1 + x is queries, inference, cost per query (data per query)
 *   and value from outcomes times 1 + x;
 * - build, the other fixed drivers, value per outcome and outcomes per query scale their own part;
 * and the pools' cost, which the portfolio carries whatever the allocation, moves with none of them.
 * So one pass over the months that adds up those parts gives the NPV of every move of these
 * drivers, where moving each one and evaluating again took two passes per driver.
 */
export function portfolioSlopes(compiled: CompiledPortfolio): Record<LinearDriver, number> {
  const H = compiled.months
  const parts = new Float64Array(PART_SERIES * H)
  for (const inp of compiled.initiatives) addParts(inp, compiled.priceTable, parts)
  const discount = discountFactors(compiled.discountRateAnnual, H)
  const npv = (series: number): number => {
    let x = 0
    for (let t = 0; t < H; t++) x += (parts[series * H + t] ?? 0) * (discount[t] ?? 0)
    return x
  }
  const inference = npv(P_INFERENCE)
  const outcomeValue = npv(P_OUTCOME_VALUE)
  const volume = outcomeValue - inference - npv(P_VOLUME_COST)
  return {
    prices: -inference,
    users: volume,
    queriesPerUser: volume,
    build: -npv(P_BUILD),
    fixed: -npv(P_FIXED),
    valuePerOutcome: outcomeValue,
    outcomesPerQuery: outcomeValue,
  }
}
