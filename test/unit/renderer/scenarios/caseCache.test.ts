import { describe, expect, it } from 'vitest'
import { createCaseCache } from '../../../../renderer/src/features/scenarios/caseCache'
import { evaluateCases } from '../../../../renderer/src/features/scenarios/scenarioCases'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../../shared/model'

const IDS = ['scenario-prices-halve', 'scenario-cache-and-route', 'scenario-prompt-growth']

describe('createCaseCache', () => {
  it('gives exactly what evaluateCases gives', () => {
    const p = samplePortfolio()
    expect(createCaseCache()(p, IDS).comparison).toEqual(evaluateCases(p, IDS).comparison)
  })

  it('re-evaluates only the scenario that is a new object after a scenario edit', () => {
    const cache = createCaseCache()
    const p = samplePortfolio()
    const first = cache(p, IDS)
    const list = p.scenarios ?? []
    const edited = list.map((s) =>
      s.id === 'scenario-prompt-growth'
        ? { ...s, levers: s.levers.map((l) => (l.kind === 'tokens' ? { ...l, amount: 0.8 } : l)) }
        : s,
    )
    const next: Portfolio = { ...p, scenarios: edited }
    const second = cache(next, IDS)
    expect(second.runs[0]).toBe(first.runs[0])
    expect(second.runs[1]).toBe(first.runs[1])
    expect(second.runs[2]).toBe(first.runs[2])
    expect(second.runs[3]).not.toBe(first.runs[3])
    expect(second.comparison).toEqual(evaluateCases(next, IDS).comparison)
  })

  it('starts again when the baseline changes (an initiative edited), and follows the chosen ids', () => {
    const cache = createCaseCache()
    const p = samplePortfolio()
    const first = cache(p, IDS)
    const initiatives = p.initiatives.map((i, k) =>
      k === 0 ? { ...i, usage: { ...i.usage, targetUsers: i.usage.targetUsers * 2 } } : i,
    )
    const next: Portfolio = { ...p, initiatives }
    const second = cache(next, IDS.slice(0, 1))
    expect(second.runs).toHaveLength(2)
    expect(second.runs[0]).not.toBe(first.runs[0])
    expect(second.runs[1]).not.toBe(first.runs[1])
    expect(second.comparison).toEqual(evaluateCases(next, IDS.slice(0, 1)).comparison)
  })
})
