import type { InitiativeResult, PortfolioResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import { DEFAULT_STRATEGY } from '../model/strategyDefaults'
import { reserveAmount, spendByYear } from './budget'
import type { MatrixPoint } from './matrix'
import { frontier, optimise, resolutionFor, type Candidate, type FrontierPoint } from './optimiser'

export type Constraint = 'horizon' | 'peakYear'
export type Objective = 'npv' | 'strategicNpv'

export interface ReallocationOptions {
  constraint: Constraint
  objective: Objective
  /** Smallest money step of the optimiser (default 1,000). */
  resolution?: number
  /** Points of the efficient frontier (default 200). */
  frontierPoints?: number
}

export interface Reallocation {
  /** The constraint in words, e.g. "horizon spend ≤ 10,800,000 (annual budget less reserve × 3 years)". */
  constraintText: string
  /** Money available to the optimiser after the experimentation reserve. */
  available: number
  resolution: number
  funded: string[]
  cut: string[]
  feasible: boolean
  /** Objective over all initiatives as planned, and over the suggested portfolio. */
  currentValue: number
  suggestedValue: number
  /** NPV (not weighted) of both, and the gain. */
  currentNpv: number
  suggestedNpv: number
  npvGained: number
  /** Horizon spend of initiatives recommended to pull back. */
  pullBackSpend: number
  pullBackIds: string[]
  frontier: FrontierPoint[]
}

/** Strategic weighting: importance 0..100 scales a gain by 0.5..1.5 and divides a loss by it. */
export function strategicWeightedNpv(npv: number, strategic: number | null): number {
  const m = 0.5 + (strategic ?? 0) / 100
  return npv >= 0 ? npv * m : npv / m
}

/**
 * What one initiative's spend counts as against the budget: its horizon cost, or its peak
 * calendar-year spend. The optimiser and the views read this one figure.
 */
export function constrainedSpend(
  r: InitiativeResult | undefined,
  portfolio: Portfolio,
  constraint: Constraint,
): number {
  if (constraint === 'horizon') return r?.totals.cost ?? 0
  const monthly = r?.series.totalCost ?? new Float64Array(0)
  return Math.max(0, ...spendByYear(monthly, portfolio.settings).map((y) => y.spend))
}

/**
 * Suggests the portfolio under the budget (after the experimentation reserve) that
 * maximises NPV or strategic-weighted NPV over whole initiatives, honouring locks.
 * Returns null without an annual budget.
 */
export function reallocate(
  portfolio: Portfolio,
  result: PortfolioResult,
  points: readonly MatrixPoint[],
  options: ReallocationOptions,
): Reallocation | null {
  const budget = portfolio.settings.annualBudget
  if (budget === null) return null
  const perYear = Math.max(0, budget - reserveAmount(budget, portfolio.settings.experimentationReserve))
  const years = portfolio.settings.horizonMonths / 12
  const available = options.constraint === 'horizon' ? perYear * years : perYear
  const pointById = new Map(points.map((p) => [p.id, p]))
  const candidates: Candidate[] = portfolio.initiatives.map((init) => {
    const r = result.byId.get(init.id)
    const npv = r?.totals.npv ?? 0
    return {
      id: init.id,
      cost: constrainedSpend(r, portfolio, options.constraint),
      value: options.objective === 'npv' ? npv : strategicWeightedNpv(npv, pointById.get(init.id)?.y ?? null),
      lock: (init.strategy ?? DEFAULT_STRATEGY).lock,
    }
  })
  const resolution = resolutionFor(available, options.resolution ?? 1000)
  const selection = optimise(candidates, available, resolution)
  const npvOf = (ids: Iterable<string>): number => {
    let s = 0
    for (const id of ids) s += result.byId.get(id)?.totals.npv ?? 0
    return s
  }
  const currentNpv = npvOf(portfolio.initiatives.map((i) => i.id))
  const suggestedNpv = npvOf(selection.funded)
  const pullBack = points.filter((p) => p.recommendation.action === 'pull_back')
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US')
  return {
    constraintText:
      options.constraint === 'horizon'
        ? `horizon spend ≤ ${fmt(available)} (annual budget ${fmt(budget)} less the experimentation reserve, × ${years} years)`
        : `each initiative's peak calendar-year spend, summed, ≤ ${fmt(available)} (annual budget ${fmt(budget)} less the experimentation reserve)`,
    available,
    resolution,
    funded: selection.funded,
    cut: selection.cut,
    feasible: selection.feasible,
    currentValue: candidates.reduce((s, c) => s + c.value, 0),
    suggestedValue: selection.value,
    currentNpv,
    suggestedNpv,
    npvGained: suggestedNpv - currentNpv,
    pullBackSpend: pullBack.reduce((s, p) => s + p.spend, 0),
    pullBackIds: pullBack.map((p) => p.id),
    frontier: frontier(candidates, options.frontierPoints ?? 200, options.resolution ?? 1000),
  }
}
