/**
 * The simulation of ranges: zero-width ranges give the engine's figures exactly; the scaled series
 * equal the engine's month passes and the drawn inputs equal a portfolio with those numbers typed
 * in; linear cases meet the analytic mean and variance, a lognormal driver its closed-form
 * percentiles, and a shared factor widens the spread as the one-factor model says.
 */
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { compilePortfolio, computePortfolio } from '../../../shared/engine'
import { DrawEvaluator, DrawFigures } from '../../../shared/engine/draws'
import { compileScenario, runBaseline, runScenario } from '../../../shared/engine/scenarios'
import { simulationPlan } from '../../../shared/jobs/simulation/plan'
import { simulate } from '../../../shared/jobs/simulation/simulate'
import {
  Portfolio,
  type Distribution,
  type Initiative,
  type InitiativeRanges,
  type SharedFactor,
} from '../../../shared/model'
import { sampleDraws, Z90 } from '../../../shared/stats'

const sample = samplePortfolio()

/** The sample with ranges by initiative id (validated as a file would be). */
function ranged(ranges: Record<string, InitiativeRanges>, factors: SharedFactor[] = [], base = sample): Portfolio {
  return Portfolio.parse({
    ...base,
    uncertainty: { seed: 42, draws: 1000, factors },
    initiatives: base.initiatives.map((init) => ({ ...init, ranges: ranges[init.id] })),
  })
}

const pert = (likely: number, down: number, up: number): Distribution => ({
  kind: 'pert',
  low: likely * (1 - down),
  likely,
  high: likely * (1 + up),
})
const point = (x: number): Distribution => ({ kind: 'pert', low: x, likely: x, high: x })

const PRICES: SharedFactor = {
  key: 'prices-openai',
  label: 'OpenAI prices a year from now',
  distribution: { kind: 'pert', low: 0.5, likely: 0.8, high: 1.1 },
  moves: { kind: 'prices', provider: 'OpenAI' },
}
const ADOPTION: SharedFactor = {
  key: 'adoption-pilot',
  label: 'Adoption vs plan (pilots)',
  distribution: { kind: 'triangular', low: 0.5, likely: 1, high: 1.2 },
  moves: { kind: 'adoption', stage: 'pilot' },
}

/** Ranges on the scaling inputs of every initiative: users, tokens and value per outcome. */
function scalingRanges(p: Portfolio): Record<string, InitiativeRanges> {
  return Object.fromEntries(
    p.initiatives.map((i) => [
      i.id,
      {
        'usage.targetUsers': { distribution: pert(i.usage.targetUsers, 0.3, 0.4) },
        'usage.usersAtLaunch': { distribution: pert(i.usage.usersAtLaunch, 0.2, 0.2) },
        'usage.queriesPerUserPerMonth': { distribution: pert(i.usage.queriesPerUserPerMonth, 0.2, 0.3) },
        'usage.inputTokensPerQuery': {
          distribution: {
            kind: 'lognormal',
            by: 'medianP90',
            median: i.usage.inputTokensPerQuery,
            p90: i.usage.inputTokensPerQuery * 1.3,
          },
        },
        'usage.outputTokensPerQuery': { distribution: pert(i.usage.outputTokensPerQuery, 0.3, 0.3) },
        'value.valuePerOutcome': { distribution: pert(i.value.valuePerOutcome, 0.4, 0.2) },
        'value.outcomesPerQuery': { distribution: pert(i.value.outcomesPerQuery, 0.2, 0.1) },
      },
    ]),
  )
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, relative: number): void {
  expect(actual.length).toBe(expected.length)
  let scale = 0
  for (let k = 0; k < expected.length; k++) scale = Math.max(scale, Math.abs(expected[k]!))
  for (let k = 0; k < expected.length; k++) {
    const tolerance = relative * Math.max(1, scale)
    if (!(Math.abs(actual[k]! - expected[k]!) <= tolerance))
      expect.fail(`at ${k}: ${actual[k]} vs ${expected[k]} (tolerance ${tolerance})`)
  }
}

/** Every draw of `rows` through an evaluator into figures. */
function evaluateRows(p: Portfolio, scenarioId: string | null, draws: number, scaling: boolean, seed = 7): DrawFigures {
  const plan = simulationPlan(p)
  const base = compilePortfolio(p)
  const scenario = p.scenarios?.find((s) => s.id === scenarioId)
  const compiled = scenario ? compileScenario(p, base, scenario.levers) : base
  const rows = sampleDraws({ seed, draws, factors: plan.factors, inputs: plan.inputs })
  const evaluator = new DrawEvaluator(p, compiled, plan.columns, { scaling })
  const out = new DrawFigures(draws, p.initiatives.length, compiled.months, evaluator.firstActiveMonth)
  for (let d = 0; d < draws; d++) evaluator.evaluate(rows.values, d * plan.columns.width, d, out)
  return out
}

describe('zero-width ranges', () => {
  it('give the deterministic engine figures exactly, for the baseline and a scenario', () => {
    const zero = Object.fromEntries(
      sample.initiatives.map((i) => [
        i.id,
        {
          'usage.targetUsers': { distribution: point(i.usage.targetUsers) },
          'usage.inputTokensPerQuery': { distribution: { kind: 'triangular', low: 900, likely: 900, high: 900 } },
          'value.valuePerOutcome': {
            distribution: { kind: 'uniform', low: i.value.valuePerOutcome, high: i.value.valuePerOutcome },
          },
          'costs.platformPerMonth': { distribution: point(i.costs.platformPerMonth) },
        } satisfies InitiativeRanges,
      ]),
    )
    // Input tokens at 900 everywhere: a zero-width range at another number than entered is a change.
    const entered = {
      ...sample,
      initiatives: sample.initiatives.map((i) => ({ ...i, usage: { ...i.usage, inputTokensPerQuery: 900 } })),
    }
    const one = { key: 'x', label: 'x', distribution: point(1) }
    const p = ranged(
      zero,
      [
        { ...PRICES, ...one, moves: PRICES.moves },
        { ...ADOPTION, ...one, key: 'y', moves: ADOPTION.moves },
      ],
      entered,
    )
    for (const scenarioId of [null, 'scenario-prices-halve']) {
      const compiled = compilePortfolio(p)
      const baseline = runBaseline(p, compiled)
      const scenario = p.scenarios?.find((s) => s.id === scenarioId)
      const run = scenario ? runScenario(p, compiled, scenario, baseline) : baseline
      const result = simulate(p, { seed: 1, draws: 250, scenarioId })
      expect(result.ranges).toBe(44)
      result.initiatives.forEach((s, i) => {
        const t = run.result.initiatives[i]!.totals
        for (const q of ['p10', 'p50', 'p90', 'min', 'max'] as const) {
          expect(s.cost?.[q]).toBe(t.cost)
          expect(s.value?.[q]).toBe(t.value)
          expect(s.npv?.[q]).toBe(t.npv)
        }
        expect(s.payback.probability).toBe(t.paybackMonth === null ? 0 : 1)
      })
      const t = run.result.totals
      expect([result.portfolio.npv?.p10, result.portfolio.npv?.p90, result.portfolio.cost?.p50]).toEqual([
        t.npv,
        t.npv,
        t.cost,
      ])
      expect(result.monthlyCost.bands[2]).toEqual(run.result.series.totalCost)
      expect(result.cumulativeNet.bands[0]).toEqual(run.result.series.cumulativeNet)
    }
  })
})

describe('each draw', () => {
  it('scaled series equal the engine month passes with the drawn inputs (baseline and scenarios, price and adoption factors)', () => {
    const p = ranged(scalingRanges(sample), [PRICES, ADOPTION])
    for (const scenarioId of [null, 'scenario-cache-and-route', 'scenario-half-adoption', 'scenario-prompt-growth']) {
      const fast = evaluateRows(p, scenarioId, 40, true)
      const engine = evaluateRows(p, scenarioId, 40, false)
      for (const key of ['cost', 'value', 'npv', 'outcomes', 'payback', 'monthlyCost', 'cumulativeNet'] as const)
        expectClose(fast[key], engine[key], 1e-9)
      expectClose(fast.portfolio.npv, engine.portfolio.npv, 1e-9)
    }
  })

  it('drawn inputs give what the engine computes for a portfolio with those numbers typed in', () => {
    const ranges = Object.fromEntries(
      sample.initiatives.map((i) => [
        i.id,
        {
          'usage.targetUsers': { distribution: pert(i.usage.targetUsers, 0.3, 0.4) },
          'usage.userGrowthPerYear': { distribution: { kind: 'uniform', low: 0, high: 0.3 } },
          'usage.cacheHitRate': { distribution: { kind: 'uniform', low: 0, high: 0.3 } },
          'costs.platformPerMonth': { distribution: pert(i.costs.platformPerMonth, 0.5, 1) },
          'value.valuePerOutcome': { distribution: pert(i.value.valuePerOutcome, 0.4, 0.2) },
        } satisfies InitiativeRanges,
      ]),
    )
    const p = ranged(ranges, [ADOPTION])
    const plan = simulationPlan(p)
    const draws = 12
    const rows = sampleDraws({ seed: 3, draws, factors: plan.factors, inputs: plan.inputs })
    const figures = evaluateRows(p, null, draws, true, 3)
    const width = plan.columns.width
    for (let d = 0; d < draws; d++) {
      const adoption = rows.values[d * width]!
      const typedIn: Portfolio = {
        ...p,
        initiatives: p.initiatives.map((init, i): Initiative => {
          const slots = plan.columns.initiatives.find((s) => s.index === i)?.inputs ?? []
          const x = new Map(slots.map((s) => [s.key, rows.values[d * width + s.column]!]))
          const a = init.governance.stage === 'pilot' ? adoption : 1
          return {
            ...init,
            usage: {
              ...init.usage,
              usersAtLaunch: init.usage.usersAtLaunch * a,
              targetUsers: x.get('usage.targetUsers')! * a,
              userGrowthPerYear: x.get('usage.userGrowthPerYear')!,
              cacheHitRate: Math.min(x.get('usage.cacheHitRate')!, 1 - init.usage.cacheWriteRate),
            },
            costs: { ...init.costs, platformPerMonth: x.get('costs.platformPerMonth')! },
            value: { ...init.value, valuePerOutcome: x.get('value.valuePerOutcome')! },
          }
        }),
      }
      const result = computePortfolio(typedIn)
      const at = (i: number) => i * draws + d
      result.initiatives.forEach((r, i) => {
        expectClose(
          [figures.cost[at(i)]!, figures.value[at(i)]!, figures.npv[at(i)]!],
          [r.totals.cost, r.totals.value, r.totals.npv],
          1e-10,
        )
        expect(figures.payback[at(i)]).toBe(r.totals.paybackMonth ?? -1)
      })
      expectClose(
        [figures.portfolio.npv[d]!, figures.portfolio.cost[d]!],
        [result.totals.npv, result.totals.cost],
        1e-10,
      )
    }
  })
})

/** The portfolio's NPV as a function of one input of one initiative (the engine, with the input typed in). */
function npvWith(p: Portfolio, id: string, set: (i: Initiative, x: number) => Initiative, x: number): number {
  return computePortfolio({ ...p, initiatives: p.initiatives.map((i) => (i.id === id ? set(i, x) : i)) }).totals.npv
}
const withFixedValue = (i: Initiative, x: number): Initiative => ({ ...i, value: { ...i.value, fixedMonthlyValue: x } })
const withValuePerOutcome = (i: Initiative, x: number): Initiative => ({
  ...i,
  value: { ...i.value, valuePerOutcome: x },
})

describe('linear cases', () => {
  it('mean and variance of NPV equal the analytic values within the promised sampling error', () => {
    // NPV is linear in a fixed monthly value and in a value per outcome: a + b1 x1 + b2 x2.
    const a = sample.initiatives[1]!.id
    const b = sample.initiatives[5]!.id
    const p = ranged({
      [a]: { 'value.fixedMonthlyValue': { distribution: { kind: 'uniform', low: 0, high: 20_000 } } },
      [b]: { 'value.valuePerOutcome': { distribution: { kind: 'triangular', low: 100, likely: 140, high: 250 } } },
    })
    const slope1 = npvWith(p, a, withFixedValue, 1) - npvWith(p, a, withFixedValue, 0)
    const slope2 = npvWith(p, b, withValuePerOutcome, 1) - npvWith(p, b, withValuePerOutcome, 0)
    const at0 = npvWith(p, a, withFixedValue, 0) - 140 * slope2
    const mean = at0 + slope1 * 10_000 + slope2 * ((100 + 140 + 250) / 3)
    const variance =
      slope1 ** 2 * (20_000 ** 2 / 12) +
      slope2 ** 2 * ((100 ** 2 + 140 ** 2 + 250 ** 2 - 100 * 140 - 100 * 250 - 140 * 250) / 18)
    const r = simulate(p, { seed: 11, draws: 1000, scenarioId: null })
    const npv = r.portfolio.npv!
    expect(Math.abs(npv.mean - mean)).toBeLessThanOrEqual(npv.meanStandardError)
    // Sample variance: standard error σ²√((κ − 1)/n), κ ≤ 2.4 for these; three of them (conservative for LHS).
    expect(Math.abs(npv.sd ** 2 - variance)).toBeLessThanOrEqual(3 * variance * Math.sqrt(1.4 / 1000))
    // Both ranges explain (nearly) all the variance, in proportion to their parts.
    const shares = new Map(r.contributions.map((c) => [c.key, c.share]))
    const part1 = (slope1 ** 2 * (20_000 ** 2 / 12)) / variance
    expect(shares.get(`initiative:${a}/value.fixedMonthlyValue`)).toBeCloseTo(part1, 1)
  })

  it('a lognormal value per outcome on a one-initiative portfolio: NPV percentiles match the closed form', () => {
    const only = sample.initiatives[1]!
    const one = { ...sample, initiatives: [only], costPools: [], scenarios: [] }
    const [median, p90] = [600, 1100]
    const p = ranged(
      { [only.id]: { 'value.valuePerOutcome': { distribution: { kind: 'lognormal', by: 'medianP90', median, p90 } } } },
      [],
      one,
    )
    const slope = npvWith(p, only.id, withValuePerOutcome, 1) - npvWith(p, only.id, withValuePerOutcome, 0)
    const at0 = npvWith(p, only.id, withValuePerOutcome, 0)
    const sigma = Math.log(p90 / median) / Z90
    const closed = {
      p10: at0 + slope * median * Math.exp(-sigma * Z90),
      p50: at0 + slope * median,
      p90: at0 + slope * p90,
    }
    const npv = simulate(p, { seed: 5, draws: 1000, scenarioId: null }).portfolio.npv!
    const width = closed.p90 - closed.p10
    for (const q of ['p10', 'p50', 'p90'] as const)
      expect(Math.abs(npv[q] - closed[q])).toBeLessThanOrEqual(0.005 * width)
    const mean = at0 + slope * median * Math.exp((sigma * sigma) / 2)
    expect(Math.abs(npv.mean - mean)).toBeLessThanOrEqual(npv.meanStandardError)
  })
})

describe('seeds and correlation', () => {
  it('the same seed gives the same figures; another seed other draws', () => {
    const p = ranged(scalingRanges(sample), [PRICES, ADOPTION])
    const one = simulate(p, { seed: 42, draws: 250, scenarioId: 'scenario-prices-halve' })
    expect(simulate(p, { seed: 42, draws: 250, scenarioId: 'scenario-prices-halve' })).toEqual(one)
    expect(simulate(p, { seed: 43, draws: 250, scenarioId: 'scenario-prices-halve' }).portfolio.npv?.p50).not.toBe(
      one.portfolio.npv?.p50,
    )
  })

  it('inputs that follow a shared factor widen the portfolio spread as the one-factor model says', () => {
    const rho = 0.8
    const sd = 5_000
    const withRange = (follows: boolean) =>
      ranged(
        Object.fromEntries(
          sample.initiatives.map((i) => [
            i.id,
            {
              'value.fixedMonthlyValue': {
                distribution: { kind: 'normal', mean: 50_000, sd },
                ...(follows ? { follows: { factor: 'market', correlation: rho } } : {}),
              },
            },
          ]),
        ),
        [{ key: 'market', label: 'Market demand', distribution: { kind: 'normal', mean: 0, sd: 1 } }],
      )
    const slopes = sample.initiatives.map(
      (i) =>
        npvWith(sample, i.id, withFixedValue, i.value.fixedMonthlyValue + 1) -
        npvWith(sample, i.id, withFixedValue, i.value.fixedMonthlyValue),
    )
    const sumSquares = slopes.reduce((s, b) => s + b * b, 0)
    const sum = slopes.reduce((s, b) => s + b, 0)
    const independent = sd * Math.sqrt(sumSquares)
    const correlated = sd * Math.sqrt((1 - rho * rho) * sumSquares + rho * rho * sum * sum)
    const sdOf = (follows: boolean) =>
      simulate(withRange(follows), { seed: 9, draws: 1000, scenarioId: null }).portfolio.npv!.sd
    // The sd of a sum of independent LHS columns moves by about 2.5 % between seeds (the columns'
    // chance covariances); with the factor, its one stratified column carries most of the spread.
    expect(Math.abs(sdOf(false) / independent - 1)).toBeLessThanOrEqual(0.08)
    expect(Math.abs(sdOf(true) / correlated - 1)).toBeLessThanOrEqual(0.03)
    expect(correlated / independent).toBeGreaterThan(2.5)
  })
})
