import { decisionMatrix, reallocate, type Reallocation } from '../decisions'
import type { Constraint, Objective } from '../decisions/reallocation'
import type { RecommendationTreatment } from '../decisions/treatment'
import { compilePortfolio } from '../engine'
import { runBaseline, runScenario } from '../engine/scenarios'
import type { Portfolio } from '../model'

export interface ReallocationJobParams {
  portfolio: Portfolio
  /** The case: a scenario's id, or null (or a scenario that is gone) for the baseline. */
  scenarioId: string | null
  objective: Objective
  constraint: Constraint
  treatment: RecommendationTreatment
  /** ISO date the decision matrix judges reviews by. */
  today: string
}

/**
 * The budget's suggested reallocation of one case — the optimiser and its efficient frontier over the
 * decision matrix's points — evaluated from the portfolio itself; null without an annual budget.
 */
export function reallocationJob(params: ReallocationJobParams): Reallocation | null {
  const { portfolio, scenarioId, objective, constraint, treatment, today } = params
  const compiled = compilePortfolio(portfolio)
  const scenario = scenarioId === null ? undefined : portfolio.scenarios?.find((s) => s.id === scenarioId)
  const run = scenario ? runScenario(portfolio, compiled, scenario) : runBaseline(portfolio, compiled)
  const points = decisionMatrix(portfolio, run.result, today)
  return reallocate(portfolio, run.result, points, { objective, constraint, treatment })
}
