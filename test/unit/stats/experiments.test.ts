import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  MeanExperiment,
  ProportionExperiment,
  attributableValue,
  differenceInMeans,
  differenceInProportions,
} from '../../../shared/stats/experiments'
import { meanAndSd } from '../../../shared/stats/summaries'

describe('difference in means (Welch)', () => {
  it("reproduces R's t.test on the sleep data (Student, 1908)", () => {
    // R: t.test(extra ~ group, data = sleep) →
    //   t = -1.8608, df = 17.776, p-value = 0.07939
    //   95 percent confidence interval: -3.3654832  0.2054832
    const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
    const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]
    const a = meanAndSd(group1)
    const b = meanAndSd(group2)
    const lift = differenceInMeans({
      treatment: { size: 10, mean: a.mean, sd: a.sd },
      control: { size: 10, mean: b.mean, sd: b.sd },
    })
    expect(lift.difference).toBeCloseTo(0.75 - 2.33, 12)
    expect(lift.tStatistic).toBeCloseTo(-1.8608, 4)
    expect(lift.degreesOfFreedom).toBeCloseTo(17.776, 3)
    expect(lift.pValue).toBeCloseTo(0.07939, 5)
    expect(lift.interval.low).toBeCloseTo(-3.3654832, 7)
    expect(lift.interval.high).toBeCloseTo(0.2054832, 7)
  })

  it('hand-worked: equal sds and n = 3 give df = 4 exactly, and the t quantile of 4 df', () => {
    // se² = 2·(s²/3); df = (2s²/3)² / (2·(s²/3)²/2) = 4; t(0.975, 4) = 2.7764451051977987.
    const lift = differenceInMeans({ treatment: { size: 3, mean: 12, sd: 3 }, control: { size: 3, mean: 10, sd: 3 } })
    expect(lift.degreesOfFreedom).toBeCloseTo(4, 12)
    const se = Math.sqrt(6)
    expect(lift.standardError).toBeCloseTo(se, 14)
    expect(lift.interval.low).toBeCloseTo(2 - 2.7764451051977987 * se, 12)
    expect(lift.interval.high).toBeCloseTo(2 + 2.7764451051977987 * se, 12)
  })

  it("Fieller's interval for the relative lift, hand-worked", () => {
    // Large groups, so the t quantile is near the normal: treatment 110 (sd 20, n 400), control 100 (sd 20, n 400).
    const lift = differenceInMeans({
      treatment: { size: 400, mean: 110, sd: 20 },
      control: { size: 400, mean: 100, sd: 20 },
    })
    const q = 1.9629 // t(0.975, 798) ≈ 1.96279
    const vt = 1
    const vc = 1
    // (100² - q²)θ² - 2·110·100·θ + (110² - q²) = 0
    const a = 100 ** 2 - q * q * vc
    const b = 110 * 100
    const c = 110 ** 2 - q * q * vt
    const low = (b - Math.sqrt(b * b - a * c)) / a - 1
    const high = (b + Math.sqrt(b * b - a * c)) / a - 1
    expect(lift.relative!.lift).toBeCloseTo(0.1, 14)
    expect(lift.relative!.interval.low).toBeCloseTo(low, 4)
    expect(lift.relative!.interval.high).toBeCloseTo(high, 4)
    // The ratio's interval is asymmetric, wider above.
    expect(lift.relative!.interval.high - 0.1).toBeGreaterThan(0.1 - lift.relative!.interval.low)
  })

  it('gives no relative lift when the control mean is not clearly away from zero', () => {
    const lift = differenceInMeans({ treatment: { size: 10, mean: 1, sd: 5 }, control: { size: 10, mean: 0.5, sd: 5 } })
    expect(lift.relative).toBeNull()
  })

  it('the interval contains the estimate and narrows with larger groups (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100_000 }),
        fc.integer({ min: 2, max: 100_000 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (n1, n2, m1, m2, s1, s2) => {
          const lift = differenceInMeans({
            treatment: { size: n1, mean: m1, sd: s1 },
            control: { size: n2, mean: m2, sd: s2 },
          })
          expect(lift.interval.low).toBeLessThanOrEqual(lift.difference)
          expect(lift.interval.high).toBeGreaterThanOrEqual(lift.difference)
          expect(lift.degreesOfFreedom).toBeGreaterThanOrEqual(Math.min(n1, n2) - 1 - 1e-9)
          expect(lift.degreesOfFreedom).toBeLessThanOrEqual(n1 + n2 - 2 + 1e-9)
          const bigger = differenceInMeans({
            treatment: { size: n1 * 4, mean: m1, sd: s1 },
            control: { size: n2 * 4, mean: m2, sd: s2 },
          })
          expect(bigger.interval.high - bigger.interval.low).toBeLessThan(lift.interval.high - lift.interval.low)
          if (lift.relative) {
            expect(lift.relative.interval.low).toBeLessThanOrEqual(lift.relative.lift + 1e-12)
            expect(lift.relative.interval.high).toBeGreaterThanOrEqual(lift.relative.lift - 1e-12)
          }
        },
      ),
    )
  })
})

describe('difference in proportions', () => {
  it('reproduces Newcombe (1998) table II: 56/70 vs 48/80 and 9/10 vs 3/10', () => {
    // Method 10 (score, no continuity correction): 0.0524 to 0.3339; Wald (method 1): 0.0575 to 0.3425.
    const a = differenceInProportions({ treatment: { size: 70, successes: 56 }, control: { size: 80, successes: 48 } })
    expect(a.difference).toBeCloseTo(0.2, 14)
    expect(a.interval.low).toBeCloseTo(0.0524, 4)
    expect(a.interval.high).toBeCloseTo(0.3339, 4)
    expect(a.waldInterval.low).toBeCloseTo(0.0575, 4)
    expect(a.waldInterval.high).toBeCloseTo(0.3425, 4)
    // 9/10 vs 3/10: method 10 gives 0.1705 to 0.8090; Wald 0.2605 to 0.9395.
    const b = differenceInProportions({ treatment: { size: 10, successes: 9 }, control: { size: 10, successes: 3 } })
    expect(b.interval.low).toBeCloseTo(0.1705, 4)
    expect(b.interval.high).toBeCloseTo(0.809, 4)
    expect(b.waldInterval.low).toBeCloseTo(0.2605, 4)
    expect(b.waldInterval.high).toBeCloseTo(0.9395, 4)
  })

  it('relative lift by the Katz log interval, hand-worked', () => {
    // RR = 0.8/0.6 = 4/3; se(log RR) = √(1/56 - 1/70 + 1/48 - 1/80) = √(0.0035714 + 0.0083333).
    const a = differenceInProportions({ treatment: { size: 70, successes: 56 }, control: { size: 80, successes: 48 } })
    const se = Math.sqrt(1 / 56 - 1 / 70 + 1 / 48 - 1 / 80)
    expect(a.relative!.lift).toBeCloseTo(1 / 3, 14)
    expect(a.relative!.interval.low).toBeCloseTo((4 / 3) * Math.exp(-1.959963984540054 * se) - 1, 12)
    expect(a.relative!.interval.high).toBeCloseTo((4 / 3) * Math.exp(1.959963984540054 * se) - 1, 12)
    const none = differenceInProportions({ treatment: { size: 10, successes: 2 }, control: { size: 10, successes: 0 } })
    expect(none.relative).toBeNull()
  })

  it('stays within [-1, 1] where Wald does not (0/10 vs 10/10)', () => {
    const x = differenceInProportions({ treatment: { size: 10, successes: 10 }, control: { size: 10, successes: 0 } })
    expect(x.interval.high).toBeLessThanOrEqual(1)
    expect(x.interval.low).toBeGreaterThan(0)
    expect(x.waldInterval.high - x.waldInterval.low).toBe(0) // Wald collapses to a point here
  })

  it('the interval contains the estimate and stays within [-1, 1] (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n1, n2, r1, r2) => {
          const lift = differenceInProportions({
            treatment: { size: n1, successes: Math.round(r1 * n1) },
            control: { size: n2, successes: Math.round(r2 * n2) },
          })
          expect(lift.interval.low).toBeLessThanOrEqual(lift.difference + 1e-12)
          expect(lift.interval.high).toBeGreaterThanOrEqual(lift.difference - 1e-12)
          expect(lift.interval.low).toBeGreaterThanOrEqual(-1 - 1e-12)
          expect(lift.interval.high).toBeLessThanOrEqual(1 + 1e-12)
        },
      ),
    )
  })
})

describe('value attributable to the intervention', () => {
  it('is lift × volume × value per outcome with the interval carried through', () => {
    // 56/70 vs 48/80: +20 points of resolution rate; 5,000 cases a month at $12 a resolved case.
    const lift = differenceInProportions({
      treatment: { size: 70, successes: 56 },
      control: { size: 80, successes: 48 },
    })
    const value = attributableValue(lift, { volume: 5000, valuePerOutcome: 12 })
    expect(value.value).toBeCloseTo(0.2 * 5000 * 12, 8)
    expect(value.interval.low).toBeCloseTo(lift.interval.low * 60_000, 8)
    expect(value.interval.high).toBeCloseTo(lift.interval.high * 60_000, 8)
    // A cost per outcome (negative value) swaps the ends.
    const cost = attributableValue(lift, { volume: 5000, valuePerOutcome: -12 })
    expect(cost.interval.low).toBeCloseTo(-lift.interval.high * 60_000, 8)
  })
})

describe('experiment schemas', () => {
  const issues = (schema: typeof MeanExperiment | typeof ProportionExperiment, x: unknown) =>
    schema.safeParse(x).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []

  it('name the field and the rule', () => {
    expect(
      issues(MeanExperiment, { treatment: { size: 1, mean: 1, sd: 1 }, control: { size: 5, mean: 1, sd: 1 } }),
    ).toEqual(['treatment.size: must be 2 or more'])
    expect(
      issues(MeanExperiment, { treatment: { size: 5, mean: 1, sd: -1 }, control: { size: 5, mean: 1, sd: 1 } }),
    ).toEqual(['treatment.sd: must be zero or more'])
    expect(
      issues(MeanExperiment, { treatment: { size: 5, mean: 1, sd: 0 }, control: { size: 5, mean: 1, sd: 0 } }),
    ).toEqual(['control.sd: must be more than zero when the treatment sd is zero'])
    expect(
      issues(ProportionExperiment, { treatment: { size: 5, successes: 6 }, control: { size: 5, successes: 1 } }),
    ).toEqual(['treatment.successes: must be at most the group size'])
    expect(
      issues(ProportionExperiment, { treatment: { size: 5.5, successes: 1 }, control: { size: 5, successes: 1 } }),
    ).toEqual(['treatment.size: must be a whole number'])
    expect(
      issues(ProportionExperiment, {
        treatment: { size: 5, successes: 1 },
        control: { size: 5, successes: 1 },
        confidence: 1,
        period: { from: '2026-05', to: '2026-04' },
      }),
    ).toEqual(['confidence: must be less than 100%', 'period.to: must not be before from'])
  })

  it('refuse non-finite numbers and throw a readable error from the functions', () => {
    expect(
      issues(MeanExperiment, {
        treatment: { size: 5, mean: Number.NaN, sd: 1 },
        control: { size: 5, mean: 1, sd: 1 },
      })[0],
    ).toMatch(/^treatment\.mean: /)
    expect(() =>
      differenceInMeans({ treatment: { size: 5, mean: 1, sd: 1 }, control: { size: 0, mean: 1, sd: 1 } }),
    ).toThrow(/must be 2 or more/)
  })
})
