import type { PortfolioResult } from '../engine/types'
import type { Portfolio } from '../model/portfolio'
import { DEFAULT_SCORING_MODEL, DEFAULT_STRATEGY } from '../model/strategyDefaults'
import { governanceFlags, type GovernanceFlag } from './flags'
import { quadrantOf, recommend, type Quadrant, type Recommendation } from './recommendations'
import { scaleEconomics, type ScaleEconomics } from './scaleEconomics'
import { strategicScore, type StrategicScore } from './strategicScore'

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
  economics: ScaleEconomics | null
  strategic: StrategicScore
  quadrant: Quadrant | null
  recommendation: Recommendation
  flags: GovernanceFlag[]
}

/** Places every initiative of one evaluated portfolio (baseline or a scenario) in the matrix. */
export function decisionMatrix(portfolio: Portfolio, result: PortfolioResult, today: string): MatrixPoint[] {
  const model = portfolio.scoring ?? DEFAULT_SCORING_MODEL
  return portfolio.initiatives.map((init): MatrixPoint => {
    const r = result.byId.get(init.id)
    if (!r) throw new Error(`No result for initiative ${init.id}`)
    const strategy = init.strategy ?? DEFAULT_STRATEGY
    const economics = scaleEconomics(r)
    const strategic = strategicScore(strategy, model)
    const x = economics?.score ?? null
    const y = strategic.score
    return {
      id: init.id,
      name: init.name,
      x,
      y,
      spend: r.totals.cost,
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
        },
        model.thresholds,
        model.rules,
      ),
      flags: governanceFlags(init, r.totals, portfolio.settings, today),
    }
  })
}
