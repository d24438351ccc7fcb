import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileDistribution } from '../../../shared/stats/distributions'
import { fanChart } from '../../../shared/stats/fanChart'
import { histogram, niceWidth } from '../../../shared/stats/histogram'
import { sampleDraws } from '../../../shared/stats/samplingPlan'
import {
  eventProbability,
  percentile,
  percentileInterval,
  percentileOfSorted,
  probabilityAbove,
  replicatedStandardError,
  sortedCopy,
  summarize,
  wilsonInterval,
} from '../../../shared/stats/summaries'

describe('percentiles (Hyndman–Fan type 7 = Excel PERCENTILE.INC)', () => {
  it('match hand-worked PERCENTILE.INC values', () => {
    // PERCENTILE.INC({1,2,3,4}, 0.25): h = 3·0.25 = 0.75 → 1 + 0.75·(2 - 1) = 1.75.
    expect(percentile([4, 1, 3, 2], 0.25)).toBe(1.75)
    // PERCENTILE.INC({15,20,35,40,50}, 0.4): h = 4·0.4 = 1.6 → 20 + 0.6·15 = 29.
    expect(percentile([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 12)
    expect(percentile([15, 20, 35, 40, 50], 0)).toBe(15)
    expect(percentile([15, 20, 35, 40, 50], 1)).toBe(50)
    expect(percentile([7], 0.9)).toBe(7)
    expect(percentile([], 0.5)).toBeNaN()
    expect(percentile([1, 2], 1.1)).toBeNaN()
  })

  it('are increasing in p and stay within [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const sorted = sortedCopy(values)
          const [lo, hi] = p < q ? [p, q] : [q, p]
          const a = percentileOfSorted(sorted, lo)
          expect(a).toBeLessThanOrEqual(percentileOfSorted(sorted, hi))
          expect(a).toBeGreaterThanOrEqual(sorted[0]!)
          expect(a).toBeLessThanOrEqual(sorted[sorted.length - 1]!)
        },
      ),
    )
  })
})

describe('accuracy of 1,000 Latin hypercube draws', () => {
  it('puts P10, P50 and P90 of a lognormal driver within their stated interval of the closed form', () => {
    const d = { kind: 'lognormal', by: 'medianP90', median: 100, p90: 180 } as const
    const exact = compileDistribution(d)
    let outside = 0
    for (let seed = 1; seed <= 20; seed++) {
      const draws = sampleDraws({ seed, draws: 1000, factors: [], inputs: [{ key: 'x', distribution: d }] })
      const sorted = sortedCopy(draws.values)
      for (const p of [0.1, 0.5, 0.9]) {
        const interval = percentileInterval(sorted, p)
        const truth = exact.quantile(p)
        if (truth < interval.low || truth > interval.high) outside++
        // With one stratified dimension every percentile is within a stratum (1/1,000) of the truth.
        expect(Math.abs(exact.cdf(percentileOfSorted(sorted, p)) - p)).toBeLessThan(2e-3)
      }
    }
    // A 95% interval conservative for LHS: none of the 60 should miss.
    expect(outside).toBe(0)
  })

  it('estimates the mean of a linear model within the standard error it reports, which is conservative', () => {
    // cost = 3·users + 2·tokens - 5·price: mean 3·E[users] + 2·E[tokens] - 5·E[price].
    const inputs = [
      { key: 'users', distribution: { kind: 'pert', low: 800, likely: 1000, high: 1500 } },
      { key: 'tokens', distribution: { kind: 'triangular', low: 100, likely: 300, high: 900 } },
      { key: 'price', distribution: { kind: 'lognormal', by: 'meanSd', mean: 40, sd: 12 } },
    ] as const
    const analytic = inputs.map((i) => compileDistribution(i.distribution).mean)
    const truth = 3 * analytic[0]! + 2 * analytic[1]! - 5 * analytic[2]!
    const estimates: number[] = []
    const reported: number[] = []
    for (let seed = 1; seed <= 20; seed++) {
      const draws = sampleDraws({ seed, draws: 1000, factors: [], inputs: [...inputs] })
      const cost = Array.from(
        { length: 1000 },
        (_, d) => 3 * draws.values[d * 3]! + 2 * draws.values[d * 3 + 1]! - 5 * draws.values[d * 3 + 2]!,
      )
      const summary = summarize(cost)
      expect(Math.abs(summary.mean - truth)).toBeLessThan(3 * summary.meanStandardError)
      estimates.push(summary.mean)
      reported.push(summary.meanStandardError)
    }
    // The real error of one run (the sd of the 20 runs' means) is far below the conservative
    // sd/√(n - 1): LHS removes the additive part of the variance, all of it for a linear model.
    const realError = replicatedStandardError(estimates) * Math.sqrt(estimates.length)
    const conservative = reported.reduce((a, b) => a + b, 0) / reported.length
    expect(realError).toBeLessThan(0.2 * conservative)
  })
})

describe('summaries', () => {
  it('summarize: mean, sd (n - 1), P10/P50/P90, min, max and a conservative standard error', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9])
    expect(s.mean).toBe(5)
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14)
    expect(s.meanStandardError).toBeCloseTo(Math.sqrt(32 / 7) / Math.sqrt(7), 14)
    // type 7: P10 at h = 0.7 → 2 + 0.7·2 = 3.4; P50 at h = 3.5 → 4.5; P90 at h = 6.3 → 7 + 0.3·2 = 7.6.
    expect([s.min, s.p10, s.p50, s.p90, s.max].map((x) => Math.round(x * 1e12) / 1e12)).toEqual([2, 3.4, 4.5, 7.6, 9])
    expect(summarize([1, 2, 3, 100], 3).max).toBe(3)
  })

  it('event probability with its binomial standard error and a Wilson interval', () => {
    const e = eventProbability(300, 1000)
    expect(e.probability).toBe(0.3)
    expect(e.standardError).toBeCloseTo(Math.sqrt(0.21 / 1000), 15)
    const none = eventProbability(0, 1000)
    expect(none.standardError).toBe(0)
    // Wilson with no events: upper limit z²/(n + z²) = 3.8415/1003.8415.
    expect(none.interval.high).toBeCloseTo(1.959963984540054 ** 2 / (1000 + 1.959963984540054 ** 2), 12)
    expect(probabilityAbove([-1, 0, 1, 2], 0).probability).toBe(0.5)
    expect(() => eventProbability(3, 2)).toThrow(RangeError)
  })

  it('Wilson interval: Newcombe (1998) example 81/263 → 0.2553 to 0.3662', () => {
    const w = wilsonInterval(81, 263)
    expect(w.low).toBeCloseTo(0.2553, 4)
    expect(w.high).toBeCloseTo(0.3662, 4)
  })

  it('the probability interval contains the estimate (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n)
        const e = eventProbability(k, n)
        expect(e.interval.low).toBeLessThanOrEqual(e.probability + 1e-15)
        expect(e.interval.high).toBeGreaterThanOrEqual(e.probability - 1e-15)
      }),
    )
  })
})

describe('histogram', () => {
  it('nice widths are 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 0.013, 12_345].map(niceWidth)).toEqual([1, 1, 2, 2.5, 5, 10, 0.02, 20_000])
  })

  it('bins by Freedman–Diaconis with nice edges, every value counted once', () => {
    const values = Array.from({ length: 1000 }, (_, i) =>
      compileDistribution({ kind: 'normal', mean: 0, sd: 1e6 }).quantile((i + 0.5) / 1000),
    )
    const h = histogram(values)
    // IQR ≈ 1.349e6; 2·IQR/∛1000 ≈ 269,800 → 500,000 (nice).
    expect(h.binWidth).toBe(500_000)
    expect(h.edges[0]! % h.binWidth).toBe(-0)
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(1000)
    expect(h.edges[0]!).toBeLessThanOrEqual(Math.min(...values))
    expect(h.edges[h.edges.length - 1]!).toBeGreaterThan(Math.max(...values))
  })

  it('handles a fixed count, a single value, non-finite values and the bin cap', () => {
    expect(histogram([0, 10], { bins: 4 }).binWidth).toBe(2.5)
    const single = histogram([5, 5, 5])
    expect(Array.from(single.counts)).toEqual([3])
    expect(histogram([1, Number.NaN, Number.POSITIVE_INFINITY, 2]).counts.reduce((a, b) => a + b, 0)).toBe(2)
    const wide = histogram([0, 1, 2, 3, 1e9], { maxBins: 10 })
    expect(wide.counts.length).toBeLessThanOrEqual(10)
    expect(histogram([]).counts.length).toBe(1)
  })

  it('counts every finite value exactly once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { maxLength: 300 }), (values) => {
        const h = histogram(values)
        expect(h.counts.reduce((a, b) => a + b, 0)).toBe(values.length)
        expect(h.counts.length).toBeLessThanOrEqual(60)
      }),
    )
  })
})

describe('fan chart', () => {
  it('gives each month the percentiles of its column, and progressive results from the first k draws', () => {
    const draws = 200
    const months = 3
    const values = new Float64Array(draws * months)
    for (let d = 0; d < draws; d++)
      for (let m = 0; m < months; m++) values[d * months + m] = (m + 1) * ((d * 37) % draws)
    const fan = fanChart(values, months)
    for (let m = 0; m < months; m++) {
      const columnValues = Array.from({ length: draws }, (_, d) => values[d * months + m]!)
      fan.probabilities.forEach((p, i) => expect(fan.bands[i]![m]).toBe(percentile(columnValues, p)))
    }
    const early = fanChart(values, months, 50)
    expect(early.draws).toBe(50)
    expect(early.bands[2]![0]).toBe(
      percentile(
        Array.from({ length: 50 }, (_, d) => values[d * months]!),
        0.5,
      ),
    )
    expect(() => fanChart(values, months, 201)).toThrow(RangeError)
  })
})
