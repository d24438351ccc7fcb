import { describe, expect, it } from 'vitest'
import { compilePortfolio } from '../../../shared/engine'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { runBaseline, runScenario, shapley, unitCostWaterfall } from '../../../shared/engine/scenarios'
import {
  dominantEffect,
  withoutNoise,
  type WaterfallPart,
  type WaterfallSplit,
} from '../../../shared/engine/scenarios/waterfall'
import { lever, leverBase } from './scenarioFixtures'

const p = leverBase({ a: { costs: { platformPerMonth: 100 } } })
const base = compilePortfolio(p)
const baseline = runBaseline(p, base)
const scenario = runScenario(p, base, {
  id: 's',
  name: 'Cheaper, longer, fewer',
  levers: [
    lever({ id: 'p', kind: 'price', timing: { kind: 'from', month: 0 }, target: { kind: 'all' }, amount: -0.5 }),
    lever({ id: 't', kind: 'tokens', timing: { kind: 'from', month: 0 }, tokens: 'input', amount: 0.2 }),
    lever({ id: 'u', kind: 'volume', timing: { kind: 'from', month: 0 }, volume: 'users', amount: -0.5 }),
  ],
})

describe('unit-cost waterfall', () => {
  it('splits baseline vs scenario by Shapley values worked by hand', () => {
    const w = unitCostWaterfall(
      'a',
      { ...baseline, month: 2, label: 'Baseline' },
      { ...scenario, month: 2, label: 'Scenario' },
    )
    if (!w.ok) throw new Error(w.message)
    // f = price x tokens: 10 x 1000 / 1e6 = 0.01 -> 5 x 1200 / 1e6 = 0.006.
    // price: ((0.005 - 0.01) + (0.006 - 0.012)) / 2 = -0.0055; tokens: ((0.012 - 0.01) + (0.006 - 0.005)) / 2 = 0.0015.
    expect(w.inference.start).toBeCloseTo(0.01, 15)
    expect(w.inference.end).toBeCloseTo(0.006, 15)
    const part = (key: string) => w.full.parts.find((x) => x.key === key)?.amount
    expect(part('price')).toBeCloseTo(-0.0055, 15)
    expect(part('inputTokens')).toBeCloseTo(0.0015, 15)
    for (const key of ['mix', 'outputTokens', 'cache', 'batch', 'fixedCosts']) expect(part(key)).toBe(0)
    // $100 platform over 1,000 then 500 queries: volume adds (100 + 100) / 2 x (1/500 - 1/1000) = $0.10.
    expect(part('volume')).toBeCloseTo(0.1, 15)
    expect(w.full.start).toBeCloseTo(0.11, 15)
    expect(w.full.end).toBeCloseTo(0.206, 15)
    expect(w.sentence).toBe('Lower volume added $0.10 per query, more than the price cut saved ($0.0055).')
    const inferenceOnly = w.inference.parts.reduce((s, x) => s + x.amount, 0)
    expect(inferenceOnly).toBeCloseTo(w.inference.change, 15)
  })

  it('between two months of one case, and refuses a month without queries', () => {
    const ramp = leverBase({ a: { usage: { launchMonth: 1, promptGrowthPerYear: 0.44 } } })
    const run = runBaseline(ramp)
    const w = unitCostWaterfall('a', { ...run, month: 1, label: 'launch' }, { ...run, month: 4, label: 'month 4' })
    if (!w.ok) throw new Error(w.message)
    // Only prompt growth moves: 1.44^(3/12) on 1,000 tokens at $10.
    expect(w.inference.parts.find((x) => x.key === 'inputTokens')?.amount).toBeCloseTo(0.01 * (1.44 ** 0.25 - 1), 15)
    expect(w.sentence).toMatch(
      /^Prompt growth added \$0\.00\d+ per query, the largest effect; nothing pulled the other way\.$/,
    )
    const none = unitCostWaterfall('a', { ...run, month: 0, label: 'month 1' }, { ...run, month: 4, label: 'month 5' })
    expect(none).toEqual({
      ok: false,
      message: 'There are no queries in month 1, so it has no cost per query: pick a month after launch.',
    })
  })

  it('refuses a volume so small that the costs spread over it overflow', () => {
    // 1e-300 users x 1e-7 queries = 1e-307 queries: 1/Q = 1e307 is a number, but $100 / Q = 1e309 is not.
    const tiny = leverBase({
      a: { usage: { targetUsers: 1e-300, queriesPerUserPerMonth: 1e-7 }, costs: { platformPerMonth: 100 } },
    })
    const run = runBaseline(tiny)
    expect(
      unitCostWaterfall('a', { ...run, month: 1, label: 'month 2' }, { ...run, month: 2, label: 'month 3' }),
    ).toEqual({
      ok: false,
      message:
        'The queries in month 2 or month 3 are too few to spread the costs over, so the cost per query is beyond any number: pick a month with more queries.',
    })
  })

  it('shapley of an additive function gives each factor its own change', () => {
    const a = [1, 2, 3]
    const b = [2, 5, 1]
    const phi = shapley(3, (mask) => a.reduce((s, x, i) => s + ((mask >> i) & 1 ? (b[i] ?? 0) : x), 0))
    expect(phi).toEqual([1, 3, -2])
  })
})

describe('floating-point noise in the waterfall', () => {
  const split = (start: number, amounts: number[]): WaterfallSplit => {
    const keys = ['price', 'mix', 'inputTokens', 'fixedCosts', 'volume'] as const
    const parts = amounts.map((amount, i): WaterfallPart => ({ key: keys[i] ?? 'batch', label: `p${i}`, amount }))
    const change = amounts.reduce((a, b) => a + b, 0)
    return { start, end: start + change, change, parts }
  }

  it('zeroes parts within a billionth of the cost per query and adds them to the largest part', () => {
    // Level 1e-9 x 0.19 = 1.9e-10: 3e-16 and -1e-16 are noise, 2e-10 is not; their 2e-16 goes to -0.0042.
    const w = withoutNoise(split(0.19, [-0.0042, 3e-16, 2e-10, -1e-16]))
    expect(w.parts.map((x) => x.amount)).toEqual([-0.0042 + 2e-16, 0, 2e-10, 0])
    expect(w.parts.reduce((a, x) => a + x.amount, 0)).toBe(-0.0042 + 2e-16 + 2e-10)
  })

  it('moves the noise on when it brings the largest part down to noise level, so no bar left is noise', () => {
    // Level 1e-9 x max(1, 1 + 2.3e-9): the three -0.9e-9 parts are noise (-2.7e-9 together); 3e-9 - 2.7e-9 = 3e-10
    // would be a noise bar next to the 2e-9 effect, so it is zeroed and its 3e-10 goes to 2e-9.
    const w = withoutNoise(split(1, [3e-9, -0.9e-9, -0.9e-9, -0.9e-9, 2e-9]))
    const noise = -0.9e-9 + -0.9e-9 + -0.9e-9
    expect(w.parts.map((x) => x.amount)).toEqual([0, 0, 0, 0, 2e-9 + (3e-9 + noise)])
    expect(dominantEffect(w.parts, 'USD', 1e-9)).not.toMatch(/price/)
  })

  it('leaves a split without noise as it is, and an all-noise split says nothing changed', () => {
    const clean = split(0.5, [0.1, -0.02])
    expect(withoutNoise(clean)).toEqual(clean)
    const still = withoutNoise(split(0.5, [1e-17, -4e-17, 2e-17]))
    // The largest (-4e-17) holds the whole change 1e-17 - 4e-17 + 2e-17 = -1e-17.
    expect(still.parts.map((x) => x.amount)).toEqual([0, -4e-17 + (1e-17 + 2e-17), 0])
    expect(dominantEffect(still.parts, 'USD', 1e-9 * 0.5)).toBe('The cost per query did not change.')
  })

  it('names no effect of noise: the sample’s halved prices on support deflection in its last month', () => {
    // Before the engine dropped noise this read "..., more than higher fixed costs added ($0.000000000000000030)."
    const s = samplePortfolio()
    const c = compilePortfolio(s)
    const last = s.settings.horizonMonths - 1
    const scenario = (s.scenarios ?? []).find((x) => x.id === 'scenario-prices-halve')
    if (!scenario) throw new Error('sample lost scenario-prices-halve')
    const w = unitCostWaterfall(
      'support-deflection',
      { ...runBaseline(s, c), month: last, label: 'Baseline' },
      { ...runScenario(s, c, scenario), month: last, label: 'Prices halve' },
    )
    if (!w.ok) throw new Error(w.message)
    expect(w.full.parts.find((x) => x.key === 'fixedCosts')?.amount).toBe(0)
    expect(w.sentence).toBe('The price cut saved $0.0042 per query, the largest effect; nothing pulled the other way.')
    const sum = w.full.parts.reduce((a, x) => a + x.amount, 0)
    expect(Math.abs(sum - w.full.change)).toBeLessThanOrEqual(1e-15 * w.full.start)
  })
})
