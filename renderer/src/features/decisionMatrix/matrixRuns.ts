import { decisionMatrix, type MatrixPoint } from '../../../../shared/decisions'
import { compilePortfolio, type PortfolioResult } from '../../../../shared/engine'
import { runScenario } from '../../../../shared/engine/scenarios'
import type { Portfolio } from '../../../../shared/model'
import type { Quadrant } from '../../../../shared/decisions'

/**
 * The chosen scenario evaluated as the scenarios view and the compare command do: its levers applied
 * to the baseline's compiled inputs and run through the engine's own evaluate(). Null for the
 * baseline (the store already holds its results) or when the scenario no longer exists.
 */
export function scenarioResult(portfolio: Portfolio, scenarioId: string | null): PortfolioResult | null {
  if (scenarioId === null) return null
  const scenario = (portfolio.scenarios ?? []).find((s) => s.id === scenarioId)
  if (!scenario) return null
  return runScenario(portfolio, compilePortfolio(portfolio), scenario).result
}

export interface MatrixPoints {
  /** Positions under the baseline. */
  baseline: MatrixPoint[]
  /** Positions under the chosen scenario (the baseline's when none is chosen). */
  chosen: MatrixPoint[]
}

export function matrixPoints(
  portfolio: Portfolio,
  baseline: PortfolioResult,
  scenario: PortfolioResult | null,
  today: string,
): MatrixPoints {
  const base = decisionMatrix(portfolio, baseline, today)
  return { baseline: base, chosen: scenario ? decisionMatrix(portfolio, scenario, today) : base }
}

/** An initiative that moves between the baseline and the scenario. */
export interface Move {
  id: string
  name: string
  from: [number, number]
  to: [number, number]
  quadrantFrom: Quadrant | null
  quadrantTo: Quadrant | null
}

/** Moves shorter than this (in score points) are not drawn: an arrow that short is only a dot. */
const MIN_MOVE = 0.5

/** Initiatives placed under both cases whose position changes by at least MIN_MOVE. */
export function movesBetween(baseline: readonly MatrixPoint[], chosen: readonly MatrixPoint[]): Move[] {
  const byId = new Map(chosen.map((p) => [p.id, p]))
  const moves: Move[] = []
  for (const b of baseline) {
    const c = byId.get(b.id)
    if (!c || b.x === null || b.y === null || c.x === null || c.y === null) continue
    if (Math.hypot(c.x - b.x, c.y - b.y) < MIN_MOVE) continue
    moves.push({
      id: b.id,
      name: b.name,
      from: [b.x, b.y],
      to: [c.x, c.y],
      quadrantFrom: b.quadrant,
      quadrantTo: c.quadrant,
    })
  }
  return moves
}
