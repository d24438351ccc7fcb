import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BetaDistribution } from '../../../shared/stats/betaDistribution'
import { Z90, compileDistribution, pertShapes, type Distribution } from '../../../shared/stats/distributions'
import { betaQuantileColumn } from '../../../shared/stats/pertColumn'
import {
  DistributionSchema,
  DrawCountSchema,
  FactorLinkSchema,
  SeedSchema,
  SharedFactorSchema,
} from '../../../shared/model/distribution'

function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)))
}

/** Mean and variance of the quantile function over u (midpoint rule on a fine grid): E[X] = ∫ Q(u) du. */
function momentsByQuadrature(d: Distribution, steps = 200_000): { mean: number; variance: number } {
  const { quantile } = compileDistribution(d)
  let sum = 0
  let squares = 0
  for (let i = 0; i < steps; i++) {
    const x = quantile((i + 0.5) / steps)
    sum += x
    squares += x * x
  }
  const mean = sum / steps
  return { mean, variance: squares / steps - mean * mean }
}

const examples: Distribution[] = [
  { kind: 'uniform', low: 2, high: 5 },
  { kind: 'triangular', low: 10, likely: 12, high: 20 },
  { kind: 'triangular', low: 0, likely: 0, high: 1 },
  { kind: 'pert', low: 10, likely: 12, high: 20 },
  { kind: 'pert', low: 0.5, likely: 0.9, high: 1 },
  { kind: 'normal', mean: 100, sd: 15 },
  { kind: 'normal', mean: 100, sd: 15, low: 90 },
  { kind: 'normal', mean: 1, sd: 2, low: 0, high: 3 },
  // Far in the upper tail (outside what the schema accepts): exercises the upper-tail arithmetic.
  { kind: 'normal', mean: 0, sd: 1, low: 4, high: 6 },
  { kind: 'lognormal', by: 'medianP90', median: 100, p90: 180 },
  { kind: 'lognormal', by: 'meanSd', mean: 50, sd: 20 },
  { kind: 'lognormal', by: 'p10P90', p10: 0.6, p90: 1.3 },
]

describe('closed forms', () => {
  it('triangular: quantile through the mode, mean (a+m+b)/3 and its variance', () => {
    const d = compileDistribution({ kind: 'triangular', low: 10, likely: 12, high: 20 })
    // F(likely) = (m - a)/(b - a) = 0.2.
    expectNear(d.quantile(0.2), 12, 1e-15)
    // u = 0.05 < 0.2: a + √(u (b-a)(m-a)) = 10 + √(0.05·10·2) = 11.
    expectNear(d.quantile(0.05), 11, 1e-15)
    // u = 0.6: b - √((1-u)(b-a)(b-m)) = 20 - √(0.4·10·8) = 20 - √32.
    expectNear(d.quantile(0.6), 20 - Math.sqrt(32), 1e-15)
    expect(d.mean).toBe(14)
    expectNear(d.variance, (100 + 144 + 400 - 120 - 200 - 240) / 18, 1e-15)
  })

  it('PERT: shapes, mean (a+4m+b)/6, variance (μ-a)(b-μ)/7, and Beta(1, 5) when the mode is the low end', () => {
    expect(pertShapes(10, 12, 20)).toEqual({ alpha: 1.8, beta: 4.2 })
    const d = compileDistribution({ kind: 'pert', low: 10, likely: 12, high: 20 })
    expect(d.mean).toBe(13)
    expectNear(d.variance, (3 * 7) / 7, 1e-15)
    const atLow = compileDistribution({ kind: 'pert', low: 0, likely: 0, high: 2 })
    for (const u of [1e-9, 0.1, 0.5, 0.99]) expectNear(atLow.quantile(u), 2 * (1 - (1 - u) ** 0.2), 1e-14)
    // Symmetric: the median is the middle.
    expectNear(compileDistribution({ kind: 'pert', low: 1, likely: 2, high: 3 }).quantile(0.5), 2, 1e-15)
  })

  it('lognormal: each way of stating it gives back what was stated', () => {
    const byMedian = compileDistribution({ kind: 'lognormal', by: 'medianP90', median: 100, p90: 180 })
    expectNear(byMedian.quantile(0.5), 100, 1e-14)
    expectNear(byMedian.quantile(0.9), 180, 1e-14)
    const byTails = compileDistribution({ kind: 'lognormal', by: 'p10P90', p10: 0.6, p90: 1.3 })
    expectNear(byTails.quantile(0.1), 0.6, 1e-14)
    expectNear(byTails.quantile(0.9), 1.3, 1e-14)
    const byMoments = compileDistribution({ kind: 'lognormal', by: 'meanSd', mean: 50, sd: 20 })
    expectNear(byMoments.mean, 50, 1e-14)
    expectNear(byMoments.variance, 400, 1e-13)
    expectNear(Z90, 1.2815515655446004, 1e-15)
  })

  it('normal: quantiles by AS 241 and the truncated mean of a half-normal', () => {
    const d = compileDistribution({ kind: 'normal', mean: 100, sd: 15 })
    expectNear(d.quantile(0.975), 100 + 15 * 1.959963984540054, 1e-15)
    // Truncated below at the mean: half-normal, mean μ + σ√(2/π), variance σ²(1 - 2/π).
    const half = compileDistribution({ kind: 'normal', mean: 100, sd: 15, low: 100 })
    expectNear(half.mean, 100 + 15 * Math.sqrt(2 / Math.PI), 1e-14)
    expectNear(half.variance, 225 * (1 - 2 / Math.PI), 1e-13)
    expectNear(half.quantile(0.5), 100 + 15 * 0.6744897501960817, 1e-13)
  })

  it('gives the stated mean and variance for every kind (quadrature of the quantile function)', () => {
    for (const d of examples) {
      const compiled = compileDistribution(d)
      const { mean, variance } = momentsByQuadrature(d)
      // The midpoint rule on 200,000 points is good to ~1e-6 here (the lognormal tail limits it).
      expect(Math.abs(mean - compiled.mean)).toBeLessThan(1e-5 * Math.max(1, Math.abs(compiled.mean)))
      expect(Math.abs(variance - compiled.variance)).toBeLessThan(1e-3 * compiled.variance)
    }
  })

  it('zero-width ranges give exactly the likely value', () => {
    for (const d of [
      { kind: 'triangular', low: 3.3, likely: 3.3, high: 3.3 },
      { kind: 'pert', low: 3.3, likely: 3.3, high: 3.3 },
      { kind: 'uniform', low: 3.3, high: 3.3 },
    ] as const) {
      const compiled = compileDistribution(d)
      const out = new Float64Array(3)
      compiled.quantiles(new Float64Array([0.1, 0.5, 0.9]), new Int32Array([0, 1, 2]), out)
      expect([compiled.quantile(1e-9), compiled.quantile(0.5), ...out, compiled.mean, compiled.variance]).toEqual([
        3.3, 3.3, 3.3, 3.3, 3.3, 3.3, 0,
      ])
    }
  })
})

describe('quantile properties', () => {
  const distribution = fc.oneof(
    fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      )
      .map(([low, at, w]): Distribution => {
        // Widths of at least 1e-6 of the location: below that the doubles near low cannot hold the shape.
        const width = w * (1 + Math.abs(low))
        return { kind: 'pert', low, likely: low + at * width, high: low + width }
      }),
    fc
      .tuple(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
      )
      .map(([low, at, w]): Distribution => {
        const width = w * (1 + Math.abs(low))
        return { kind: 'triangular', low, likely: low + at * width, high: low + width }
      }),
    fc
      .tuple(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 1.01, max: 10, noNaN: true }))
      .map(([median, ratio]): Distribution => ({ kind: 'lognormal', by: 'medianP90', median, p90: median * ratio })),
    fc
      .tuple(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
      )
      .map(([mean, sd, below]): Distribution => ({ kind: 'normal', mean, sd, low: mean - below * sd })),
  )

  it('are increasing, stay within the bounds and invert the CDF', () => {
    fc.assert(
      fc.property(
        distribution,
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (d, u, v) => {
          expect(DistributionSchema.safeParse(d).success).toBe(true)
          const compiled = compileDistribution(d)
          const [lo, hi] = u < v ? [u, v] : [v, u]
          const x = compiled.quantile(lo)
          expect(x).toBeLessThanOrEqual(compiled.quantile(hi))
          if ('low' in d && d.low !== undefined) expect(x).toBeGreaterThanOrEqual(d.low)
          if ('high' in d && d.high !== undefined) expect(x).toBeLessThanOrEqual(d.high)
          expect(Math.abs(compiled.cdf(x) - lo)).toBeLessThan(1e-9)
        },
      ),
    )
  })
})

describe('PERT columns (Chebyshev interpolant, checked)', () => {
  it('agree with the exact quantile to 1e-12 over the PERT shapes', () => {
    const n = 1000
    const uniforms = Float64Array.from({ length: n }, (_, i) => (i + 0.37) / n)
    const ascending = Int32Array.from({ length: n }, (_, i) => i)
    const out = new Float64Array(n)
    for (let alpha = 1; alpha <= 5; alpha += 0.25) {
      const shape = new BetaDistribution(alpha, 6 - alpha)
      betaQuantileColumn(shape, uniforms, ascending, out)
      let worst = 0
      for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs(out[i]! - shape.quantile(uniforms[i]!)))
      expect(worst).toBeLessThan(1e-12)
    }
  })

  it('fills draws in any order, and falls back to exact solves for short columns', () => {
    const shape = new BetaDistribution(2.2, 3.8)
    for (const n of [10, 1000]) {
      const uniforms = Float64Array.from({ length: n }, (_, i) => (((i * 7919) % n) + 0.5) / n)
      const ascending = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => uniforms[a]! - uniforms[b]!)
      const out = new Float64Array(n)
      betaQuantileColumn(shape, uniforms, ascending, out)
      for (let i = 0; i < n; i++) expect(Math.abs(out[i]! - shape.quantile(uniforms[i]!))).toBeLessThan(1e-12)
    }
  })
})

describe('range schema', () => {
  const issues = (x: unknown) =>
    DistributionSchema.safeParse(x).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []

  it('accepts every kind', () => {
    for (const d of examples.filter((e) => !(e.kind === 'normal' && e.low === 4))) expect(issues(d)).toEqual([])
  })

  it('names the field and the rule', () => {
    expect(issues({ kind: 'pert', low: 5, likely: 4, high: 6 })).toEqual(['likely: must be at least low'])
    expect(issues({ kind: 'triangular', low: 1, likely: 7, high: 6 })).toEqual(['likely: must be at most high'])
    expect(issues({ kind: 'uniform', low: 2, high: 1 })).toEqual(['high: must be at least low'])
    expect(issues({ kind: 'normal', mean: 1, sd: 0 })).toEqual(['sd: must be greater than zero'])
    expect(issues({ kind: 'normal', mean: 1, sd: 1, low: 2 })).toEqual(['low: must be at most the mean'])
    expect(issues({ kind: 'lognormal', by: 'medianP90', median: 10, p90: 9 })).toEqual([
      'p90: must be greater than the median',
    ])
    expect(issues({ kind: 'lognormal', by: 'p10P90', p10: -1, p90: 9 })).toEqual(['p10: must be greater than zero'])
    expect(issues({ kind: 'lognormal', by: 'median', median: 1, p90: 2 })).toEqual([
      'by: must be medianP90, p10P90 or meanSd',
    ])
    expect(issues({ kind: 'beta', low: 1, high: 2 })).toEqual([
      'kind: must be triangular, pert, uniform, normal or lognormal',
    ])
  })

  it('refuses numbers that are not finite or not bounded', () => {
    expect(issues({ kind: 'pert', low: 0, likely: 1, high: Number.POSITIVE_INFINITY })[0]).toMatch(/^high: /)
    expect(issues({ kind: 'pert', low: 0, likely: Number.NaN, high: 2 })[0]).toMatch(/^likely: /)
    expect(issues({ kind: 'uniform', low: -2e15, high: 0 })).toEqual(['low: must be -1e15 or more'])
    expect(issues({ kind: 'uniform', low: 0, high: '3' })).toEqual(['high: must be a number'])
  })
})

describe('seed, draw count and factor schemas', () => {
  const issues = (
    schema: typeof SeedSchema | typeof DrawCountSchema | typeof FactorLinkSchema | typeof SharedFactorSchema,
    x: unknown,
  ) => schema.safeParse(x).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []

  it('name the field and the rule', () => {
    expect(issues(SeedSchema, 42)).toEqual([])
    expect(issues(SeedSchema, -1)).toEqual([': must be zero or more'])
    expect(issues(SeedSchema, 2 ** 32)).toEqual([': must be 4,294,967,295 or less'])
    expect(issues(SeedSchema, 1.5)).toEqual([': must be a whole number'])
    expect(issues(DrawCountSchema, 0)).toEqual([': must be 1 or more'])
    expect(issues(FactorLinkSchema, { factor: 'price:acme', correlation: 1.2 })).toEqual([
      'correlation: must be from -1 to 1',
    ])
    expect(issues(FactorLinkSchema, { factor: '', correlation: 1 })).toEqual(['factor: must not be empty'])
    expect(
      issues(SharedFactorSchema, { key: 'adoption', distribution: { kind: 'pert', low: 1, likely: 0.5, high: 2 } }),
    ).toEqual(['distribution.likely: must be at least low'])
  })
})
