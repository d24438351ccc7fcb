import { ACTION_LABELS, type MatrixPoint } from '../decisions'
import { reserveAmount } from '../decisions/budget'
import { spendByYear } from '../engine/calendar'
import { constrainedSpend, reallocate, type Reallocation, type ReallocationOptions } from '../decisions/reallocation'
import type { PortfolioResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import { calendarYearLabels } from './deckData'

/**
 * Spend against the budget and the suggested reallocation, as the budget view computes them
 * (shared/decisions: the engine's monthly cost grouped into calendar years, the optimiser).
 */

interface BudgetYear {
  label: string
  spend: number
  /** The annual budget pro rata to the year's months in the horizon; null without a budget. */
  budget: number | null
  /** The budget less the experimentation reserve (both pro rata), never below 0; null without a budget. */
  available: number | null
}

export interface SpendAgainstBudget {
  years: BudgetYear[]
  horizonSpend: number
  /** Sums of the years' budget and available amounts; null without a budget. */
  horizonBudget: number | null
  horizonAvailable: number | null
  /** The experimentation reserve per year in money; null without a budget. */
  reservePerYear: number | null
}

export function spendAgainstBudget(portfolio: Portfolio, result: PortfolioResult): SpendAgainstBudget {
  const { settings } = portfolio
  const budget = settings.annualBudget
  const reserve = budget === null ? null : reserveAmount(budget, settings.experimentationReserve)
  const labels = calendarYearLabels(settings, result.months)
  const years = spendByYear(result.series.totalCost, settings).map((y, i) => ({
    label: labels[i] ?? String(y.year),
    spend: y.spend,
    budget: y.budget,
    available: budget === null || reserve === null ? null : (Math.max(0, budget - reserve) * y.months) / 12,
  }))
  const sum = (pick: (y: BudgetYear) => number | null): number | null =>
    budget === null ? null : years.reduce((s, y) => s + (pick(y) ?? 0), 0)
  return {
    years,
    horizonSpend: years.reduce((s, y) => s + y.spend, 0),
    horizonBudget: sum((y) => y.budget),
    horizonAvailable: sum((y) => y.available),
    reservePerYear: reserve,
  }
}

/** The budget view's first choice: maximise NPV within the horizon's budget, following the recommendations. */
export const DECK_REALLOCATION: ReallocationOptions = { objective: 'npv', constraint: 'horizon' }

interface ReallocationRow {
  name: string
  actionLabel: string
  /** Why it is left out: locked out, recommended to pull back, an NPV that is not positive, or no room in the budget. */
  reason: string
  /** What the initiative counts as against the budget (its horizon cost). */
  spend: number
  npv: number
}

export interface ReallocationView {
  reallocation: Reallocation
  fundedCount: number
  /** Cut initiatives, largest spend first. */
  cut: ReallocationRow[]
  /** Horizon spend of the funded initiatives. */
  fundedSpend: number
  /** Per calendar year: the funded initiatives' spend as allocated today (shared pools included). */
  fundedByYear: number[]
}

/** The optimiser's suggestion for the portfolio, or null without an annual budget. */
export function reallocationView(
  portfolio: Portfolio,
  result: PortfolioResult,
  points: readonly MatrixPoint[],
): ReallocationView | null {
  const reallocation = reallocate(portfolio, result, points, DECK_REALLOCATION)
  if (!reallocation) return null
  const actionOf = new Map(points.map((p) => [p.id, ACTION_LABELS[p.recommendation.action]]))
  const byId = new Map(portfolio.initiatives.map((i) => [i.id, i]))
  const spendOf = (id: string): number => constrainedSpend(result.byId.get(id), portfolio, DECK_REALLOCATION.constraint)
  const excluded = new Set(reallocation.excludedIds)
  const reasonOf = (id: string, npv: number): string =>
    byId.get(id)?.strategy?.lock === 'out'
      ? 'Locked out'
      : excluded.has(id)
        ? 'Recommended to pull back'
        : npv <= 0
          ? 'NPV not positive'
          : 'No room in the budget'
  const cut = reallocation.cut
    .map((id) => ({
      name: byId.get(id)?.name ?? id,
      actionLabel: actionOf.get(id) ?? '—',
      reason: reasonOf(id, result.byId.get(id)?.totals.npv ?? 0),
      spend: spendOf(id),
      npv: result.byId.get(id)?.totals.npv ?? 0,
    }))
    .sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name))
  const fundedByYear = spendByYear(new Float64Array(result.months), portfolio.settings).map(() => 0)
  for (const id of reallocation.funded) {
    const monthly = result.byId.get(id)?.series.totalCost
    if (monthly)
      spendByYear(monthly, portfolio.settings).forEach((y, i) => (fundedByYear[i] = (fundedByYear[i] ?? 0) + y.spend))
  }
  return {
    reallocation,
    fundedCount: reallocation.funded.length,
    cut,
    fundedSpend: reallocation.funded.reduce((s, id) => s + spendOf(id), 0),
    fundedByYear,
  }
}
