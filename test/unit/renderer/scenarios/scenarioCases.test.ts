import { describe, expect, it } from 'vitest'
import {
  caseKey,
  comparedIds,
  costPerOutcomeData,
  entitySeries,
  evaluateCases,
  largestNpvInitiatives,
  toggleCompared,
} from '../../../../renderer/src/features/scenarios/scenarioCases'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Series } from '../../../../shared/engine'
import { compareScenarios, delta, type Comparison } from '../../../../shared/engine/scenarios'
import type { Scenario } from '../../../../shared/model/scenario'

const scenarios = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as Scenario[]

describe('which scenarios are compared', () => {
  it('null means every scenario, in list order; an explicit choice keeps list order and drops deleted ids', () => {
    expect(comparedIds(scenarios, null)).toEqual(['a', 'b', 'c'])
    expect(comparedIds(scenarios, ['c', 'gone', 'a'])).toEqual(['a', 'c'])
    expect(comparedIds(scenarios, [])).toEqual([])
  })

  it('toggling turns "every scenario" into an explicit list', () => {
    expect(toggleCompared(scenarios, null, 'b')).toEqual(['a', 'c'])
    expect(toggleCompared(scenarios, ['a', 'c'], 'b')).toEqual(['a', 'b', 'c'])
  })
})

describe('evaluateCases', () => {
  it('is the engine comparison of the baseline and the chosen scenarios', () => {
    const p = samplePortfolio()
    const ids = ['scenario-prompt-growth', 'scenario-prices-halve']
    const cases = evaluateCases(p, ids)
    expect(cases.comparison).toEqual(compareScenarios(p, ids))
    expect(cases.runs.map(caseKey)).toEqual(['baseline', ...ids])
  })

  it('reads the portfolio series or one initiative series; null for an initiative that is gone', () => {
    const p = samplePortfolio()
    const [base] = evaluateCases(p, []).runs
    if (!base) throw new Error('no baseline')
    expect(entitySeries(base, null)).toBe(base.result.series)
    const id = p.initiatives[0]?.id ?? ''
    expect(entitySeries(base, id)).toBe(base.result.byId.get(id)?.series)
    expect(entitySeries(base, 'nope')).toBeNull()
  })
})

describe('costPerOutcomeData', () => {
  it('is total cost over outcomes month by month, null where there are no outcomes', () => {
    const z = () => new Float64Array(3)
    const series: Series = {
      months: 3,
      users: z(),
      queries: z(),
      outcomes: Float64Array.from([10, 0, 5]),
      inputTokensPerQuery: z(),
      cost: {
        inference: z(),
        build: z(),
        integration: z(),
        platform: z(),
        data: z(),
        evaluation: z(),
        compliance: z(),
        shared: z(),
      },
      totalCost: Float64Array.from([100, 50, 0]),
      value: z(),
      net: z(),
      cumulativeNet: z(),
      unpriced: new Uint8Array(3),
    }
    expect(costPerOutcomeData(series)).toEqual([10, null, 0])
  })
})

describe('largestNpvInitiatives', () => {
  const comparison = (npvs: number[]): Comparison => ({
    columns: [{ id: null, name: 'Baseline' }],
    portfolio: { id: null, name: 'P', rows: [] },
    initiatives: npvs.map((n, i) => ({
      id: `i${i}`,
      name: `I${i}`,
      rows: [{ key: 'npv', label: 'NPV', unit: 'money', values: [n], deltas: [delta(n, n)], unpriced: [false] }],
    })),
  })

  it('keeps all when there are few, else the largest |baseline NPV| in list order', () => {
    expect(largestNpvInitiatives(comparison([5, -10, 1]), 3)).toEqual([0, 1, 2])
    expect(largestNpvInitiatives(comparison([5, -10, 1, 7]), 2)).toEqual([1, 3])
  })
})
