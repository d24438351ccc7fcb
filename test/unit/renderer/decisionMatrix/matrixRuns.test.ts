import { describe, expect, it } from 'vitest'
import {
  isoDate,
  matrixPoints,
  movesBetween,
  scenarioResult,
} from '../../../../renderer/src/features/decisionMatrix/matrixRuns'
import { decisionMatrix } from '../../../../shared/decisions'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { compilePortfolio, computePortfolio } from '../../../../shared/engine'
import { runScenario } from '../../../../shared/engine/scenarios'
import { point } from './points'

describe('moves between the baseline and a scenario', () => {
  it('lists initiatives placed in both that move at least half a point, with their quadrants', () => {
    const base = [point('a', 10, 40, 1), point('b', 10, 40, 1), point('c', null, 40, 1), point('d', 5, 60, 1)]
    const chosen = [point('a', 10.3, 40.3, 1), point('b', -20, 40, 1), point('c', 10, 40, 1), point('d', 5, 60.5, 1)]
    // a moves hypot(0.3, 0.3) = 0.42 < 0.5; c has no baseline position; d moves exactly 0.5
    expect(movesBetween(base, chosen)).toEqual([
      { id: 'b', name: 'b', from: [10, 40], to: [-20, 40], quadrantFrom: 'harvest', quadrantTo: 'pull_back' },
      { id: 'd', name: 'd', from: [5, 60], to: [5, 60.5], quadrantFrom: 'double_down', quadrantTo: 'double_down' },
    ])
  })
})

describe('the chosen case', () => {
  it('is the baseline (null) without a scenario or for one that no longer exists', () => {
    const p = samplePortfolio()
    expect(scenarioResult(p, null)).toBeNull()
    expect(scenarioResult(p, 'gone')).toBeNull()
  })

  it('evaluates a scenario exactly as the scenario engine does, and places the matrix from it', () => {
    const p = samplePortfolio()
    const scenario = p.scenarios?.find((s) => s.id === 'scenario-prices-halve')
    if (!scenario) throw new Error('sample lost its scenario')
    const mine = scenarioResult(p, scenario.id)
    const theirs = runScenario(p, compilePortfolio(p), scenario).result
    expect(mine?.totals.cost).toBe(theirs.totals.cost)
    const baseline = computePortfolio(p)
    expect(mine?.totals.cost).toBeLessThan(baseline.totals.cost)
    const points = matrixPoints(p, baseline, mine, '2026-06-01')
    expect(points.baseline).toEqual(decisionMatrix(p, baseline, '2026-06-01'))
    expect(points.chosen).toEqual(decisionMatrix(p, theirs, '2026-06-01'))
    const alone = matrixPoints(p, baseline, null, '2026-06-01')
    expect(alone.chosen).toBe(alone.baseline)
  })

  it('today is the local calendar date', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    expect(isoDate(new Date(2026, 11, 31))).toBe('2026-12-31')
  })
})
