import { describe, expect, it } from 'vitest'
import { matrixPoints, movesBetween, scenarioResult } from '../../../../renderer/src/features/decisionMatrix/matrixRuns'
import { movesText, npvMoves } from '../../../../renderer/src/features/decisionMatrix/movesText'
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
})

describe('where the scenario’s money moves', () => {
  const at = (id: string, x: number, npv: number, name = id) => point(id, x, 40, 1, name, npv)
  const baseline = [at('a', 10, 2_000_000, 'Alpha'), at('b', 10, 1_000_000, 'Beta'), at('c', 10, -500_000, 'Gamma')]

  it('lists the NPV changes, largest first, leaving out rounding', () => {
    const chosen = [at('a', 10, 500_000, 'Alpha'), at('b', 10, 1_000_000.2, 'Beta'), at('c', 10, -800_000, 'Gamma')]
    expect(npvMoves(baseline, chosen)).toEqual([
      { id: 'a', name: 'Alpha', from: 2_000_000, to: 500_000 },
      { id: 'c', name: 'Gamma', from: -500_000, to: -800_000 },
    ])
  })

  it('says where the money moves even when no bubble changes quadrant', () => {
    // Total 2.5M -> 0.6M: -76%. Alpha -1.5M, Gamma -0.3M, Beta -0.1M; Alpha alone moves (2 points).
    const chosen = [at('a', 12, 500_000, 'Alpha'), at('b', 10, 900_000, 'Beta'), at('c', 10, -800_000, 'Gamma')]
    const moves = movesBetween(baseline, chosen)
    const text = movesText('Adoption at half the plan', moves, { baseline, chosen }, 'USD')
    expect(text).toBe(
      'Under “Adoption at half the plan”: 1 initiative moves; none changes quadrant. NPV $2.5M → $600K (−76%), most in Alpha −$1.5M, Gamma −$300K, Beta −$100K.',
    )
    const four = [...baseline, at('d', 10, 100)]
    const fourChosen = [...chosen, at('d', 10, 50)]
    expect(movesText('S', movesBetween(four, fourChosen), { baseline: four, chosen: fourChosen }, 'USD')).toMatch(
      /, most in Alpha −\$1\.5M, Gamma −\$300K, Beta −\$100K and 1 more\.$/,
    )
  })

  it('names the quadrant changes, and says when NPV does not move', () => {
    const chosen = [at('a', -20, 2_000_000, 'Alpha'), ...baseline.slice(1)]
    expect(movesText('Prices', movesBetween(baseline, chosen), { baseline, chosen }, 'USD')).toBe(
      'Under “Prices”: 1 initiative moves; 1 changes quadrant: Alpha (Harvest / keep lean → Pull back). NPV unchanged.',
    )
  })
})
