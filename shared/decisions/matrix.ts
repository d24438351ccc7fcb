import type { PortfolioResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../model/strategyDefaults'
import { governanceFlags, type GovernanceFlag } from './flags'
import { ACTIONS, quadrantOf, recommend, type Action, type Quadrant, type Recommendation } from './recommendations'
import { scaleEconomics, type ScaleEconomics } from './scaleEconomics'
import { strategicScore, type StrategicScore } from './strategicScore'

/** The money beside a recommendation, from the engine's totals over the horizon. */
interface PointMoney {
  npv: number
  /** (value - cost) / cost; null without cost. */
  roi: number | null
  /** Month index of payback; null when it does not pay back within the horizon. */
  paybackMonth: number | null
}

/** One initiative's place in the decision matrix, with everything that put it there. */
export interface MatrixPoint {
  id: string
  name: string
  /** x: scale-economics score (-100..100); null when too few months after launch. */
  x: number | null
  /** y: strategic importance (0..100); null when unscored. */
  y: number | null
  /** Bubble size: horizon spend. */
  spend: number
  money: PointMoney
  economics: ScaleEconomics | null
  strategic: StrategicScore
  /** Null when the initiative is off the matrix (not scored, or too new to judge). */
  quadrant: Quadrant | null
  recommendation: Recommendation
  flags: GovernanceFlag[]
}

/** Places every initiative of one evaluated portfolio (baseline or a scenario) in the matrix. */
export function decisionMatrix(portfolio: Portfolio, result: PortfolioResult, today: string): MatrixPoint[] {
  const model = portfolio.scoring ?? DEFAULT_SCORING_MODEL
  const currency = portfolio.settings.currency
  return portfolio.initiatives.map((init): MatrixPoint => {
    const r = result.byId.get(init.id)
    if (!r) throw new Error(`No result for initiative ${init.id}`)
    const strategy = init.strategy ?? DEFAULT_STRATEGY
    const economics = scaleEconomics(r)
    const strategic = strategicScore(strategy, model)
    const x = economics?.score ?? null
    const y = strategic.score
    const { npv, roi, paybackMonth } = r.totals
    return {
      id: init.id,
      name: init.name,
      x,
      y,
      spend: r.totals.cost,
      money: { npv, roi, paybackMonth },
      economics,
      strategic,
      quadrant: x === null || y === null ? null : quadrantOf(x, y, model.thresholds),
      recommendation: recommend(
        {
          economics,
          strategic: y,
          evidence: strategy.userValueEvidence,
          qualityPassRate: strategy.qualityPassRate,
          commoditised: strategy.commoditised,
          gate: {
            npv,
            hasNarrative: init.governance.strategicNarrative.trim() !== '',
            reviewDate: init.governance.reviewDate,
            today,
            currency,
          },
        },
        model.thresholds,
        model.rules,
      ),
      flags: governanceFlags(init, r.totals, portfolio.settings, today),
    }
  })
}

/**
 * How many initiatives each recommendation (or status) has, in reading order, leaving out those
 * nobody has: the counts every view and export shows.
 */
export function recommendationCounts(points: readonly MatrixPoint[]): { action: Action; count: number }[] {
  const counts = new Map<Action, number>()
  for (const p of points) counts.set(p.recommendation.action, (counts.get(p.recommendation.action) ?? 0) + 1)
  return ACTIONS.filter((a) => counts.has(a)).map((action) => ({ action, count: counts.get(action) ?? 0 }))
}
