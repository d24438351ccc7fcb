import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BetaDistribution } from '../../../shared/stats/betaDistribution'
import { normalCdf, normalQuantile, normalUpperTail } from '../../../shared/stats/normal'
import { erfc, logBeta, logGamma, regularizedBeta } from '../../../shared/stats/specialFunctions'
import { studentTCdf, studentTQuantile, studentTUpperTail } from '../../../shared/stats/studentT'

/** |actual - expected| ≤ tolerance · max(1, |expected|). */
function expectNear(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)))
}

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected))
}

describe('log-gamma and log-beta', () => {
  it('equal factorials and Γ(1/2) = √π', () => {
    let factorial = 1
    for (let n = 1; n <= 30; n++) {
      expectNear(logGamma(n + 1), Math.log((factorial *= n)), 4e-15)
    }
    expectNear(logGamma(0.5), 0.5 * Math.log(Math.PI), 4e-15)
    // Γ(3/2) = √π/2, Γ(5/2) = 3√π/4.
    expectNear(logGamma(2.5), Math.log((3 * Math.sqrt(Math.PI)) / 4), 4e-15)
  })

  it('B(a, b) for whole shapes is (a-1)!(b-1)!/(a+b-1)!, also for a large shape', () => {
    expectNear(logBeta(2, 3), Math.log(1 / 12), 1e-15)
    // B(a, 1/2) ~ Γ(1/2) a^(-1/2) for large a: ln B(1e8, 1/2) = ln √π - ½ ln 1e8 + O(1/a).
    expectRelative(logBeta(1e8, 0.5), 0.5 * Math.log(Math.PI) - 0.5 * Math.log(1e8) + Math.log1p(1 / 8e8), 1e-13)
  })
})

describe('erfc and the normal CDF', () => {
  it('match published values in both tails', () => {
    // Abramowitz & Stegun table 7.1 / any CAS: erfc(1), erfc(2), erfc(3), erfc(5).
    expectRelative(erfc(1), 0.157299207050285130658, 1e-14)
    expectRelative(erfc(2), 0.004677734981047265838, 1e-14)
    expectRelative(erfc(3), 2.20904969985854413728e-5, 1e-13)
    expectRelative(erfc(5), 1.53745979442803485018e-12, 1e-13)
    expectRelative(erfc(-1), 2 - 0.157299207050285130658, 1e-15)
    expectRelative(normalCdf(-1.96), 0.024997895148220435, 1e-13)
    expectRelative(normalUpperTail(8), 6.22096057427178e-16, 1e-12)
  })
})

describe('normal quantile (AS 241)', () => {
  it('matches published quantiles', () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15)
    expectRelative(normalQuantile(0.9), 1.2815515655446004, 1e-15)
    expectRelative(normalQuantile(0.995), 2.5758293035489004, 1e-15)
    expectRelative(normalQuantile(0.999), 3.090232306167813, 1e-15)
    expectRelative(normalQuantile(1e-10), -6.361340902404056, 1e-14)
    expect(normalQuantile(0.5)).toBe(0)
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY)
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY)
    expect(normalQuantile(1.5)).toBeNaN()
  })

  it('inverts the CDF to 1e-13 over 1e-300 .. 1 - 1e-16', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: -0.31, noNaN: true }), (exponent) => {
        const p = 10 ** exponent
        const z = normalQuantile(p)
        // A relative error ε in z moves Φ by about z²ε relative: the round trip allows for it.
        expectRelative(normalCdf(z), p, 1e-13 * Math.max(1, (z * z) / 20))
        // 1 - p as the double passed in: below 1e-16 it rounds to 1 (quantile Infinity).
        const upper = 1 - (1 - p)
        if (upper > 0) expectRelative(normalUpperTail(normalQuantile(1 - p)), upper, 1e-12)
      }),
    )
  })

  it('is increasing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (p, q) => {
          if (p < q) expect(normalQuantile(p)).toBeLessThanOrEqual(normalQuantile(q))
        },
      ),
    )
  })
})

describe('Student t', () => {
  it('matches the closed forms for 1, 2 and 4 degrees of freedom to 1e-13', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995, 0.9999999]) {
      // ν = 1 (Cauchy): tan(π(p - ½)), written 1/tan(π(1 - p)) to keep its digits near p = 1.
      expectRelative(studentTQuantile(p, 1), 1 / Math.tan(Math.PI * (1 - p)), 1e-13)
      // ν = 2: (2p - 1)/√(2p(1 - p)).
      expectRelative(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-13)
      // ν = 4: with α = 4p(1 - p), q = cos(arccos(√α)/3)/√α, t = 2√(q - 1) (Hill 1970 / Shaw 2006).
      const alpha = 4 * p * (1 - p)
      const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha)
      expectRelative(studentTQuantile(p, 4), 2 * Math.sqrt(q - 1), 1e-13)
    }
  })

  it('matches R qt() values', () => {
    // qt(0.975, 10), qt(0.975, 30), qt(0.95, 10) in R 4.x.
    expectRelative(studentTQuantile(0.975, 10), 2.228138851986274, 1e-14)
    expectRelative(studentTQuantile(0.975, 30), 2.042272456301238, 1e-14)
    expectRelative(studentTQuantile(0.025, 10), -2.228138851986274, 1e-14)
  })

  it('inverts its CDF to 1e-10 for fractional (Welch: ν ≥ 1) and very large degrees of freedom', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: -12, max: -0.31, noNaN: true }),
        (df, exponent) => {
          const p = 1 - 10 ** exponent
          const tail = 1 - p // the tail the double p stands for
          const t = studentTQuantile(p, df)
          expectRelative(studentTUpperTail(t, df), tail, 1e-10)
          expectRelative(studentTCdf(-t, df), tail, 1e-10)
        },
      ),
    )
  })

  it('joins the normal smoothly at large degrees of freedom', () => {
    const z = normalQuantile(0.975)
    // Cornish–Fisher first term: t ≈ z + (z³ + z)/(4ν).
    for (const df of [1e5 - 1, 1e5 + 1, 1e7]) {
      expectRelative(studentTQuantile(0.975, df) - z, (z ** 3 + z) / (4 * df), 1e-4)
    }
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBe(z)
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError)
  })
})

describe('beta distribution', () => {
  it('matches closed-form CDFs of whole shapes', () => {
    for (const x of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999]) {
      expectNear(regularizedBeta(x, 1, 5).lower, 1 - (1 - x) ** 5, 2e-15)
      expectNear(regularizedBeta(x, 5, 1).lower, x ** 5, 2e-15)
      expectNear(regularizedBeta(x, 2, 2).lower, 3 * x * x - 2 * x ** 3, 2e-15)
    }
  })

  it('matches closed-form quantiles: Beta(1, b) and Beta(a, 1)', () => {
    for (const p of [1e-12, 0.001, 0.25, 0.5, 0.9, 0.999999]) {
      expectNear(new BetaDistribution(1, 5).quantile(p), 1 - (1 - p) ** (1 / 5), 1e-14)
      expectRelative(new BetaDistribution(4, 1).quantile(p), p ** (1 / 4), 1e-14)
    }
  })

  it('inverts its CDF to 1e-13 over the PERT shapes (1 to 5)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (alpha, p) => {
          const beta = new BetaDistribution(alpha, 6 - alpha)
          const x = beta.quantile(p)
          expect(x >= 0 && x <= 1).toBe(true)
          expectNear(beta.cdf(x), p, 1e-13)
        },
      ),
    )
  })

  it('finds the double closest to the answer for any shape from 0.5 to 20', () => {
    // Where the density is steep (shapes below 1, x near 1) a double's spacing moves F by more than
    // 1e-13: the test is that p lies between F at the neighbouring doubles.
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        (a, b, p) => {
          const beta = new BetaDistribution(a, b)
          const x = beta.quantile(p)
          const step = 4 * Number.EPSILON * x
          expect(beta.cdf(x - step) - 1e-15).toBeLessThanOrEqual(p)
          expect(beta.cdf(x + step) + 1e-15).toBeGreaterThanOrEqual(p)
        },
      ),
    )
  })
})
