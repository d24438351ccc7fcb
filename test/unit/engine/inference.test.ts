import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { expectClose, initiative, model, portfolio, price, type InitiativePatch } from './fixtures'
import type { PriceBookModel } from '../../../shared/model'

/** 1,000 queries a month from month 0 (10 users x 100 queries). */
const BASE_USAGE = { launchMonth: 0, targetUsers: 10, queriesPerUserPerMonth: 100 }

function inferenceOf(priceBook: PriceBookModel[], usage: InitiativePatch['usage'], months = 1) {
  const r = computePortfolio(
    portfolio({ months, priceBook, initiatives: [initiative({ usage: { ...BASE_USAGE, ...usage } })] }),
  )
  const res = r.initiatives[0]!
  return { inference: Array.from(res.series.cost.inference), res, r }
}

const M1 = model('m1', [
  price({ inputPerM: 3, cachedInputPerM: 0.3, cacheWritePerM: 3.75, outputPerM: 15, batchDiscount: 0.5 }),
])
const M2 = model('m2', [
  price({ inputPerM: 0.4, cachedInputPerM: 0.1, cacheWritePerM: 0.5, outputPerM: 1.6, batchDiscount: 0.5 }),
])

describe('inference cost', () => {
  it.each([
    {
      name: 'plain input and output',
      usage: { inputTokensPerQuery: 2000, outputTokensPerQuery: 500 },
      // 1000 q * (2000*3 + 500*15) / 1e6 = 1000 * 13500 / 1e6
      expected: 13.5,
    },
    {
      name: 'cache hit 60%, cache write 10%',
      usage: { inputTokensPerQuery: 2000, outputTokensPerQuery: 500, cacheHitRate: 0.6, cacheWriteRate: 0.1 },
      // per query: 2000*(0.3*3 + 0.6*0.3 + 0.1*3.75) + 500*15 = 2000*1.455 + 7500 = 10410
      expected: (1000 * 10410) / 1e6,
    },
    {
      name: 'batch share 40% at a 50% batch discount',
      usage: { inputTokensPerQuery: 2000, outputTokensPerQuery: 500, batchShare: 0.4 },
      // 13500 * (1 - 0.4*0.5) = 10800 per query
      expected: (1000 * 10800) / 1e6,
    },
    {
      name: 'model mix 25% m1 / 75% m2',
      usage: {
        inputTokensPerQuery: 2000,
        outputTokensPerQuery: 500,
        modelMix: [
          { modelId: 'm1', share: 0.25 },
          { modelId: 'm2', share: 0.75 },
        ],
      },
      // m1: 13500; m2: 2000*0.4 + 500*1.6 = 1600; 0.25*13500 + 0.75*1600 = 3375 + 1200 = 4575
      expected: (1000 * 4575) / 1e6,
    },
    {
      name: 'mix, cache and batch together',
      usage: {
        inputTokensPerQuery: 1000,
        outputTokensPerQuery: 100,
        cacheHitRate: 0.5,
        batchShare: 1,
        modelMix: [
          { modelId: 'm1', share: 0.5 },
          { modelId: 'm2', share: 0.5 },
        ],
      },
      // m1: 1000*(0.5*3 + 0.5*0.3) + 100*15 = 1650 + 1500 = 3150, batch x0.5 = 1575
      // m2: 1000*(0.5*0.4 + 0.5*0.1) + 100*1.6 = 250 + 160 = 410, batch x0.5 = 205
      // 0.5*1575 + 0.5*205 = 890
      expected: (1000 * 890) / 1e6,
    },
  ])('$name', ({ usage, expected }) => {
    expectClose(inferenceOf([M1, M2], usage).inference, [expected])
  })

  const tiered = model('lc', [
    price({
      inputPerM: 1,
      outputPerM: 4,
      cachedInputPerM: 0.1,
      longContext: { thresholdTokens: 200_000, inputPerM: 2, cachedInputPerM: 0.2, cacheWritePerM: 2.5, outputPerM: 6 },
    }),
  ])

  it.each([
    // at the threshold the base prices apply: 200000*1 + 1000*4 = 204000 per query
    { name: 'at the threshold: base prices', tokens: 200_000, expected: (1000 * (200_000 * 1 + 1000 * 4)) / 1e6 },
    // above it the tier's prices apply to the whole request: 200001*2 + 1000*6
    {
      name: 'above the threshold: tier prices for the whole request',
      tokens: 200_001,
      expected: (1000 * (200_001 * 2 + 1000 * 6)) / 1e6,
    },
  ])('long-context tier $name', ({ tokens, expected }) => {
    const usage = { inputTokensPerQuery: tokens, outputTokensPerQuery: 1000, modelMix: [{ modelId: 'lc', share: 1 }] }
    expectClose(inferenceOf([tiered], usage).inference, [expected])
  })

  it('prompt growth pushes requests over the long-context threshold mid-horizon', () => {
    // 150000 tokens growing 100%/yr: month 5 = 150000*2^(5/12) = 200,226 > 200,000 -> tier from month 5.
    const usage = {
      inputTokensPerQuery: 150_000,
      promptGrowthPerYear: 1,
      outputTokensPerQuery: 0,
      modelMix: [{ modelId: 'lc', share: 1 }],
    }
    const { inference } = inferenceOf([tiered], usage, 6)
    const tin = (m: number) => 150_000 * 2 ** (m / 12)
    expectClose(
      inference,
      [0, 1, 2, 3, 4, 5].map((m) => (1000 * tin(m) * (m >= 5 ? 2 : 1)) / 1e6),
    )
  })

  it('a dated price cut applies from the first month whose first day is on or after its date', () => {
    const cut = model('m1', [
      price({ effectiveFrom: '2025-06-01', inputPerM: 10 }),
      // effective 2026-03-15: not in force on 2026-03-01, so April (t=3) is the first month at 4.
      price({ effectiveFrom: '2026-03-15', inputPerM: 4 }),
    ])
    const { inference } = inferenceOf([cut], { inputTokensPerQuery: 1000 }, 5)
    // 1000 q * 1000 tokens * price / 1e6 = price
    expectClose(inference, [10, 10, 10, 4, 4])
  })

  it('a price effective on the first day of a month applies in that month', () => {
    const cut = model('m1', [
      price({ effectiveFrom: '2026-01-01', inputPerM: 10 }),
      price({ effectiveFrom: '2026-02-01', inputPerM: 5 }),
    ])
    expectClose(inferenceOf([cut], { inputTokensPerQuery: 1000 }, 3).inference, [10, 5, 5])
  })
})

describe('unpriced', () => {
  it('a null output price counts 0 for that part and flags the month and the model', () => {
    const m = model('m1', [price({ inputPerM: 2, outputPerM: null })])
    const { inference, res, r } = inferenceOf([m], { inputTokensPerQuery: 1000, outputTokensPerQuery: 100 }, 2)
    expectClose(inference, [2, 2]) // only input: 1000 * 1000 * 2 / 1e6
    expect(Array.from(res.series.unpriced)).toEqual([1, 1])
    expect(res.totals.unpriced).toBe(true)
    expect(res.unpricedModels).toEqual(['m1'])
    expect(r.totals.unpriced).toBe(true)
    expect(Array.from(r.series.unpriced)).toEqual([1, 1])
  })

  it('a null price that nothing needs (no cache reads) leaves the month priced', () => {
    const m = model('m1', [price({ inputPerM: 2, cachedInputPerM: null, cacheWritePerM: null })])
    const { res } = inferenceOf([m], { inputTokensPerQuery: 1000 })
    expect(res.totals.unpriced).toBe(false)
    expect(res.unpricedModels).toEqual([])
  })

  it('a model with no price in force yet is unpriced until its first dated price', () => {
    const m = model('m1', [price({ effectiveFrom: '2026-03-01', inputPerM: 2 })])
    const { inference, res } = inferenceOf([m], { inputTokensPerQuery: 1000 }, 4)
    expectClose(inference, [0, 0, 2, 2])
    expect(Array.from(res.series.unpriced)).toEqual([1, 1, 0, 0])
  })

  it('a model with no prices at all is unpriced in every live month, not before launch', () => {
    const m = model('m1', [])
    const { inference, res } = inferenceOf([m], { launchMonth: 1, inputTokensPerQuery: 1000 }, 3)
    expectClose(inference, [0, 0, 0])
    expect(Array.from(res.series.unpriced)).toEqual([0, 1, 1])
  })

  it('a null long-context tier price is unpriced only in months above the threshold', () => {
    const m = model('m1', [
      price({
        inputPerM: 1,
        longContext: { thresholdTokens: 1500, inputPerM: null, cachedInputPerM: 1, cacheWritePerM: 1, outputPerM: 1 },
      }),
    ])
    // 1000 tokens growing 100%/yr: > 1500 from m = 8 (1000 * 2^(8/12) = 1587)
    const { res } = inferenceOf([m], { inputTokensPerQuery: 1000, promptGrowthPerYear: 1 }, 10)
    expect(Array.from(res.series.unpriced)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
  })
})
