import { DEFAULT_UNCERTAINTY, type Portfolio } from '../model'
import { simulate, type SimulationResult } from './simulation/simulate'

export interface SimulationJobParams {
  portfolio: Portfolio
  /** The case: a scenario's id, or null for the baseline. */
  scenarioId: string | null
  /** Defaults: the portfolio's saved seed and draw count (DEFAULT_UNCERTAINTY without them). */
  seed?: number
  draws?: number
}

/**
 * The ranges of one case simulated from the portfolio itself (the worker holds no state): the
 * progress callback receives a stratified estimate after each nested level (125, 250, 500 of 1,000
 * draws), so the page shows figures after the first eighth of the work.
 */
export function simulationJob(
  { portfolio, scenarioId, seed, draws }: SimulationJobParams,
  progress?: (partial: SimulationResult) => void,
): SimulationResult {
  const saved = portfolio.uncertainty ?? DEFAULT_UNCERTAINTY
  return simulate(portfolio, { seed: seed ?? saved.seed, draws: draws ?? saved.draws, scenarioId }, progress)
}
