import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePortfolio, computePortfolio } from '../../../shared/engine'
import { compareScenarios, runScenario } from '../../../shared/engine/scenarios'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { portfolioArb } from '../engine/arbitraries'
import { snapshot } from '../engine/resultChecks'

describe('a scenario with no levers', () => {
  it('equals the baseline exactly on the sample portfolio (every series, total and unit cost)', () => {
    const p = samplePortfolio()
    const scenario = runScenario(p, compilePortfolio(p), { id: 'none', name: 'None', levers: [] })
    expect(snapshot(scenario.result)).toEqual(snapshot(computePortfolio(p)))
  })

  it('equals the baseline exactly on random portfolios', () => {
    fc.assert(
      fc.property(portfolioArb({ maxMonths: 24 }), (p) => {
        const r = runScenario(p, compilePortfolio(p), { id: 'none', name: 'None', levers: [] }).result
        expect(snapshot(r)).toEqual(snapshot(computePortfolio(p)))
      }),
      { numRuns: 60 },
    )
  })

  it('has zero deltas in the comparison, and the baseline column is computePortfolio', () => {
    const p = {
      ...samplePortfolio(),
      scenarios: [{ id: 'none', name: 'Nothing changes', description: '', levers: [] }],
    }
    const c = compareScenarios(p, ['Nothing changes'])
    const base = computePortfolio(p)
    expect(c.columns.map((x) => x.name)).toEqual(['Baseline', 'Nothing changes'])
    expect(c.portfolio.rows.find((r) => r.key === 'npv')?.values).toEqual([base.totals.npv, base.totals.npv])
    for (const entity of [c.portfolio, ...c.initiatives]) {
      for (const row of entity.rows) {
        expect(row.values[1]).toEqual(row.values[0])
        if (row.values[0] !== null) expect(row.deltas[1]).toEqual({ amount: 0, percent: 0 })
      }
    }
  })
})

describe('the shipped sample scenarios', () => {
  it('each moves the portfolio the way its name says', () => {
    const p = samplePortfolio()
    const c = compareScenarios(p, [
      'Model prices -50% over 12 months',
      'Caching and routing to a small model',
      'Prompt growth +40% a year',
      'Adoption at half the plan',
    ])
    const inference = c.portfolio.rows.find((r) => r.key === 'cost.inference')?.deltas.map((d) => d.amount ?? 0) ?? []
    expect(inference[1]).toBeLessThan(0)
    expect(inference[2]).toBeLessThan(0)
    expect(inference[3]).toBeGreaterThan(0)
    const value = c.portfolio.rows.find((r) => r.key === 'value')?.deltas.map((d) => d.percent ?? 0) ?? []
    // Half the users: outcomes and value halve (fixed monthly value aside, which the sample does not use).
    expect(value[4]).toBeCloseTo(-0.5, 9)
  })
})
