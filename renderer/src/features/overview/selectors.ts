/**
 * Picks from the engine's results for the overview. The spend per calendar year comes from the
 * shared budget module (it only groups the engine's monthly total cost by year).
 */
import { spendByYear, type YearSpend } from '../../../../shared/engine/calendar'
import type { InitiativeResult, PortfolioResult } from '../../../../shared/engine'
import type { Initiative, PortfolioSettings } from '../../../../shared/model'

export function portfolioSpendByYear(results: PortfolioResult, settings: PortfolioSettings): YearSpend[] {
  return spendByYear(results.series.totalCost, settings)
}

export type RankBy = 'cost' | 'npv'

export interface RankedInitiative {
  initiative: Initiative
  result: InitiativeResult
}

/** The initiatives with the largest horizon cost or NPV, largest first. */
export function topInitiatives(
  initiatives: readonly Initiative[],
  results: PortfolioResult,
  by: RankBy,
  limit: number,
): RankedInitiative[] {
  const rows: RankedInitiative[] = []
  for (const initiative of initiatives) {
    const result = results.byId.get(initiative.id)
    if (result) rows.push({ initiative, result })
  }
  const key = (r: RankedInitiative) => (by === 'cost' ? r.result.totals.cost : r.result.totals.npv)
  return rows.sort((a, b) => key(b) - key(a)).slice(0, limit)
}
