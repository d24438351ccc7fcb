import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compilePortfolio,
  compilePriceTable,
  computePortfolio,
  evaluate,
  type CompiledPortfolio,
} from '../../../shared/engine'
import { priceRunEnds } from '../../../shared/engine/priceRuns'
import { portfolioArb } from './arbitraries'
import { initiative, model, portfolio, price } from './fixtures'

/**
 * The month loop prices a query with the mix's blended price per token, computed once per run of
 * months with unchanged prices and rates. Month-by-month mix shares take the per-model path
 * instead, so giving every initiative its entered shares month by month prices the same queries
 * the other way: both must agree on every month's inference cost and on what is unpriced.
 */
function perModelPath(c: CompiledPortfolio, cacheStep: number | null): CompiledPortfolio {
  const H = c.months
  return {
    ...c,
    initiatives: c.initiatives.map((inp) => {
      const mixShares = new Float64Array(inp.mixShares.length * H)
      inp.mixShares.forEach((s, j) => mixShares.fill(s, j * H, (j + 1) * H))
      return { ...inp, adjust: { ...stepped(inp.cacheHitRate, cacheStep, H), mixShares } }
    }),
  }
}

/** Optionally the cache hit rate raised by 0.25 from month `step`, as a scenario's cache lever gives it. */
function stepped(rate: number, step: number | null, H: number): { cacheHitRate?: Float64Array } {
  if (step === null) return {}
  const monthly = new Float64Array(H).fill(rate)
  monthly.fill(Math.min(1, rate + 0.25), Math.min(step, H))
  return { cacheHitRate: monthly }
}

describe('blended price per token', () => {
  it('property: equals pricing each model of the mix month by month (inference, unpriced months and models)', () => {
    fc.assert(
      fc.property(portfolioArb({ minInitiatives: 1 }), fc.option(fc.nat(40), { nil: null }), (p, cacheStep) => {
        const compiled = compilePortfolio(p)
        const withStep: CompiledPortfolio = {
          ...compiled,
          initiatives: compiled.initiatives.map((inp) => ({
            ...inp,
            adjust: cacheStep === null ? null : stepped(inp.cacheHitRate, cacheStep, compiled.months),
          })),
        }
        const blended = evaluate(withStep)
        const perModel = evaluate(perModelPath(compiled, cacheStep))
        blended.initiatives.forEach((r, i) => {
          const other = perModel.initiatives[i]
          if (!other) throw new RangeError('an initiative went missing')
          expect(r.unpricedModels).toEqual(other.unpricedModels)
          expect(Array.from(r.series.unpriced)).toEqual(Array.from(other.series.unpriced))
          r.series.cost.inference.forEach((x, t) => {
            const y = other.series.cost.inference[t] ?? 0
            // Sums of non-negative terms in another order: a few ulps apart at most.
            expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-13 * Math.max(Math.abs(x), Math.abs(y)))
          })
        })
      }),
      { numRuns: 300 },
    )
  })

  it('holds over runs of months with the same prices, and a run ends where any price changes', () => {
    const table = compilePriceTable(
      [
        model('cut', [
          price({ effectiveFrom: '2026-01-01', inputPerM: 4 }),
          price({ effectiveFrom: '2026-03-01', inputPerM: 2 }),
        ]),
        model('late', [price({ effectiveFrom: '2026-04-01', inputPerM: 1 })]),
        model('flat', [price({ effectiveFrom: '2025-01-01', inputPerM: 1 })]),
      ],
      '2026-01',
      5,
    )
    expect(Array.from(priceRunEnds(table))).toEqual([2, 2, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5])
    expect(priceRunEnds(table)).toBe(priceRunEnds(table))
  })

  it('prices a month by its own run after a cut, and the long-context tier where prompts outgrow it', () => {
    // 1,000 queries a month of 100k input tokens growing 10x a year (so past the 150k tier in month 3),
    // 1k output tokens; input $2/M, then $1/M from March; tier $10/M input from 150k tokens.
    const tier = { thresholdTokens: 150_000, inputPerM: 10, cachedInputPerM: 10, cacheWritePerM: 10, outputPerM: 20 }
    const p = portfolio({
      months: 4,
      priceBook: [
        model('m', [
          price({ effectiveFrom: '2026-01-01', inputPerM: 2, outputPerM: 8, longContext: tier }),
          price({ effectiveFrom: '2026-03-01', inputPerM: 1, outputPerM: 8, longContext: tier }),
        ]),
      ],
      initiatives: [
        initiative({
          usage: {
            targetUsers: 10,
            queriesPerUserPerMonth: 100,
            inputTokensPerQuery: 100_000,
            outputTokensPerQuery: 1000,
            promptGrowthPerYear: 9,
            modelMix: [{ modelId: 'm', share: 1 }],
          },
        }),
      ],
    })
    const r = computePortfolio(p)
    const growth = 10 ** (1 / 12)
    const tin = [0, 1, 2, 3].map((t) => 100_000 * growth ** t)
    const expected = [
      (1000 * (tin[0]! * 2 + 1000 * 8)) / 1e6,
      (1000 * (tin[1]! * 2 + 1000 * 8)) / 1e6,
      (1000 * (tin[2]! * 1 + 1000 * 8)) / 1e6,
      (1000 * (tin[3]! * 10 + 1000 * 20)) / 1e6,
    ]
    expect(tin[2]).toBeLessThan(150_000)
    expect(tin[3]).toBeGreaterThan(150_000)
    const got = Array.from(r.initiatives[0]?.series.cost.inference ?? [])
    got.forEach((x, t) => expect(x).toBeCloseTo(expected[t] ?? NaN, 9))
  })
})
