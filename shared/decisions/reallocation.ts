import type { InitiativeResult, PortfolioResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import { formatMoney } from '../display/numberFormat'
import { DEFAULT_STRATEGY } from '../model/strategyDefaults'
import { spendByYear } from '../engine/calendar'
import { reserveAmount } from './budget'
import type { MatrixPoint } from './matrix'
import { moneyText } from './moneyText'
import { frontier, optimise, resolutionFor, type Candidate, type FrontierPoint } from './optimiser'
import {
  FOLLOW_RECOMMENDATIONS,
  treatCandidates,
  type RecommendationTreatment,
  type ProveValueFunding,
  type TreatedCandidates,
} from './treatment'

export type Constraint = 'horizon' | 'peakYear'
export type Objective = 'npv' | 'strategicNpv'

export interface ReallocationOptions {
  constraint: Constraint
  objective: Objective
  /** Smallest money step of the optimiser (default 1,000). */
  resolution?: number
  /** Points of the efficient frontier (default 200). */
  frontierPoints?: number
  /** How the recommendations are treated (default: followed, FOLLOW_RECOMMENDATIONS). */
  treatment?: RecommendationTreatment
}

export interface Reallocation {
  /** The constraint in words, e.g. "horizon spend ≤ $10,800,000 (annual budget $4,000,000 less the experimentation reserve, × 3 years)". */
  constraintText: string
  /** Money available to the optimiser after the experimentation reserve. */
  available: number
  treatment: RecommendationTreatment
  /** How the recommendations were treated, in words, with what it did. */
  treatmentText: string
  /** Prove value initiatives funded first, from the experimentation reserve and then the budget. */
  proveValue: ProveValueFunding
  /** Pull back initiatives the treatment left out. */
  excludedIds: string[]
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
  /** Over the initiatives that compete for the budget (not those funded from the reserve or left out). */
  frontier: FrontierPoint[]
}

/** Strategic weighting: importance 0..100 scales a gain by 0.5..1.5 and divides a loss by it. */
function strategicWeightedNpv(npv: number, strategic: number | null): number {
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
  const treatment = options.treatment ?? FOLLOW_RECOMMENDATIONS
  const reservePerYear = Math.min(budget, reserveAmount(budget, portfolio.settings.experimentationReserve))
  const treated = treatCandidates(
    candidates,
    (id) => pointById.get(id)?.recommendation.action ?? null,
    { reserve: options.constraint === 'horizon' ? reservePerYear * years : reservePerYear, budget: available },
    treatment,
  )
  const resolution = resolutionFor(available, options.resolution ?? 1000)
  const selection = optimise(treated.main, treated.budget, resolution)
  const first = treated.proveValue
  const fundedIds = new Set([...selection.funded, ...first.funded])
  const npvOf = (ids: Iterable<string>): number => {
    let s = 0
    for (const id of ids) s += result.byId.get(id)?.totals.npv ?? 0
    return s
  }
  const currentNpv = npvOf(portfolio.initiatives.map((i) => i.id))
  const suggestedNpv = npvOf(fundedIds)
  const pullBack = points.filter((p) => p.recommendation.action === 'pull_back')
  const fmt = (x: number): string => formatMoney(Math.round(x), portfolio.settings.currency)
  return {
    constraintText:
      options.constraint === 'horizon'
        ? `horizon spend ≤ ${fmt(available)} (annual budget ${fmt(budget)} less the experimentation reserve, × ${years} years)`
        : `each initiative's peak calendar-year spend, summed, ≤ ${fmt(available)} (annual budget ${fmt(budget)} less the experimentation reserve)`,
    available,
    treatment,
    treatmentText: treatmentText(treatment, treated, points, options.objective, portfolio.settings.currency),
    proveValue: first,
    excludedIds: treated.excluded,
    resolution,
    funded: candidates.filter((c) => fundedIds.has(c.id)).map((c) => c.id),
    cut: candidates.filter((c) => !fundedIds.has(c.id)).map((c) => c.id),
    feasible: selection.feasible,
    currentValue: candidates.reduce((s, c) => s + c.value, 0),
    suggestedValue: selection.value + first.value,
    currentNpv,
    suggestedNpv,
    npvGained: suggestedNpv - currentNpv,
    pullBackSpend: pullBack.reduce((s, p) => s + p.spend, 0),
    pullBackIds: pullBack.map((p) => p.id),
    // The optimiser's frontier, shifted by what the Prove value initiatives funded first take from the budget.
    frontier: frontier(treated.main, options.frontierPoints ?? 200, options.resolution ?? 1000).map((p) => ({
      budget: p.budget + first.fromBudget,
      value: p.value + first.value,
    })),
  }
}

/** "Pull back is left out unless locked in (3 left out); Prove value is funded first from the reserve: …" */
function treatmentText(
  treatment: RecommendationTreatment,
  { proveValue, excluded }: Pick<TreatedCandidates, 'proveValue' | 'excluded'>,
  points: readonly MatrixPoint[],
  objective: Objective,
  currency: string,
): string {
  const parts: string[] = []
  parts.push(
    treatment.excludePullBack
      ? `Pull back initiatives are left out unless locked in (${String(excluded.length)} left out)`
      : 'Pull back initiatives compete like any other',
  )
  const proving = points.filter((p) => p.recommendation.action === 'prove_value').length
  const money = (x: number) => moneyText(x, currency)
  const taken = `${String(proveValue.funded.length)} of ${String(proving)}`
  const rest = proveValue.unfunded.length > 0 ? '; the rest compete for the budget' : ''
  if (treatment.proveValue === 'reserve') {
    parts.push(
      `Prove value initiatives are funded first within the ${money(proveValue.reserve)} experimentation reserve (${taken}, ${money(proveValue.fromReserve)})${rest}`,
    )
  } else if (treatment.proveValue === 'reserveThenBudget') {
    parts.push(
      `Prove value initiatives are funded first (${taken}): ${money(proveValue.fromReserve)} of the ${money(proveValue.reserve)} experimentation reserve${proveValue.fromBudget > 0 ? ` and ${money(proveValue.fromBudget)} of the budget` : ''}${rest}`,
    )
  } else {
    parts.push(
      'Prove value initiatives compete for the budget like any other; the experimentation reserve is not spent',
    )
  }
  const unscored = points.filter((p) => p.recommendation.action === 'not_scored').length
  if (unscored > 0) {
    parts.push(
      objective === 'npv'
        ? `${String(unscored)} not scored compete on NPV alone`
        : `${String(unscored)} not scored count as importance 0 in the weighting`,
    )
  }
  return `${parts.join('; ')}.`
}
