import { describe, expect, it } from 'vitest'
import { compilePortfolio, computePortfolio, evaluate, type CompiledPortfolio } from '../../../shared/engine'
import { expectClose, initiative, model, pool, portfolio, price } from './fixtures'
import { snapshot } from './resultChecks'

/** One initiative, 1,000 queries a month from month 0 at 1,000 input tokens; two models. */
const base = portfolio({
  months: 4,
  priceBook: [
    model('big', [price({ inputPerM: 10, cachedInputPerM: 1 })]),
    model('small', [price({ inputPerM: 1, cachedInputPerM: 0.1 })]),
  ],
  costPools: [pool({ id: 'p', monthlyCost: 40, allocation: 'inference' })],
  initiatives: [
    initiative({
      usage: {
        targetUsers: 10,
        queriesPerUserPerMonth: 100,
        inputTokensPerQuery: 1000,
        modelMix: [
          { modelId: 'big', share: 1 },
          { modelId: 'small', share: 0 },
        ],
      },
      costs: { platformPerMonth: 100, buildFteMonths: 1, costPerFteMonth: 50, buildMonths: 0 },
    }),
  ],
})

function withInputs(
  c: CompiledPortfolio,
  patch: (inp: CompiledPortfolio['initiatives'][number]) => CompiledPortfolio['initiatives'][number],
): CompiledPortfolio {
  return { ...c, initiatives: c.initiatives.map(patch) }
}

describe('compile / evaluate seam for scenarios', () => {
  const compiled = compilePortfolio(base)
  const ones = new Float64Array(4).fill(1)

  it('evaluate(compilePortfolio(p)) is computePortfolio(p); neutral adjustments change nothing', () => {
    expect(snapshot(evaluate(compiled))).toEqual(snapshot(computePortfolio(base)))
    const neutral = withInputs(compiled, (inp) => ({
      ...inp,
      adjust: {
        usersFactor: ones,
        queriesPerUserFactor: ones,
        inputTokensFactor: ones,
        outputTokensFactor: ones,
        valueFactor: ones,
        outcomesFactor: ones,
        costFactor: { inference: ones, platform: ones },
      },
    }))
    expect(snapshot(evaluate(neutral))).toEqual(snapshot(computePortfolio(base)))
  })

  it('a price table scaled from month 2 halves inference from month 2 only', () => {
    const t = compiled.priceTable
    const input = t.input.slice()
    for (let k = 0; k < t.modelIds.length; k++)
      for (let m = 2; m < 4; m++) input[k * 4 + m] = (input[k * 4 + m] ?? 0) * 0.5
    const r = evaluate({ ...compiled, priceTable: { ...t, input } })
    // 1,000 q x 1,000 tokens x 10 / 1e6 = 10, then 5
    expectClose(r.initiatives[0]!.series.cost.inference, [10, 10, 5, 5])
  })

  it('mix shares per month route traffic to the small model from month 1', () => {
    const mixShares = new Float64Array([1, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5]) // [entry * months + t]
    const r = evaluate(withInputs(compiled, (inp) => ({ ...inp, adjust: { mixShares } })))
    // month 0: 10; then 0.5 * 10 + 0.5 * 1 = 5.5
    expectClose(r.initiatives[0]!.series.cost.inference, [10, 5.5, 5.5, 5.5])
  })

  it('a cache hit rate per month replaces the entered rate', () => {
    const cacheHitRate = new Float64Array([0, 0, 0.5, 0.5])
    const r = evaluate(withInputs(compiled, (inp) => ({ ...inp, adjust: { cacheHitRate } })))
    // 0.5 * 10 + 0.5 * 1 = 5.5 per million tokens from month 2
    expectClose(r.initiatives[0]!.series.cost.inference, [10, 10, 5.5, 5.5])
  })

  it('cost factors, pool cost factors and the discount rate apply where set', () => {
    const platform = new Float64Array([1, 1, 2, 2])
    const poolFactor = new Float64Array([0, 1, 1, 1])
    const c: CompiledPortfolio = {
      ...withInputs(compiled, (inp) => ({ ...inp, adjust: { costFactor: { platform } } })),
      pools: compiled.pools.map((p) => ({ ...p, costFactor: poolFactor })),
      discountRateAnnual: 0.5,
    }
    const r = evaluate(c)
    const s = r.initiatives[0]!.series
    expectClose(s.cost.platform, [100, 100, 200, 200])
    expectClose(s.cost.shared, [0, 40, 40, 40])
    const m = 1.5 ** (1 / 12)
    const net = Array.from(s.net)
    expect(r.totals.npv).toBeCloseTo(
      net.reduce((sum, n, t) => sum + n / m ** (t + 1), 0),
      9,
    )
  })
})
