import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latinHypercube, nestedLevels } from '../../../shared/stats/latinHypercube'
import { DrawSampler, sampleDraws, type RangedInput, type SamplingPlan } from '../../../shared/stats/samplingPlan'
import { meanAndSd } from '../../../shared/stats/summaries'

function column(values: Float64Array, width: number, at: number, count = values.length / width): number[] {
  return Array.from({ length: count }, (_, draw) => values[draw * width + at]!)
}

/** True when the values fall one in each of `strata` equal strata of (0, 1). */
function isStratified(uniforms: number[], strata: number): boolean {
  const seen = new Set(uniforms.map((u) => Math.floor(u * strata)))
  return uniforms.length === strata && seen.size === strata && uniforms.every((u) => u > 0 && u < 1)
}

describe('nested Latin hypercube', () => {
  it('splits the draw count into nested levels', () => {
    expect(nestedLevels(1000)).toEqual([125, 250, 500, 1000])
    expect(nestedLevels(2000)).toEqual([125, 250, 500, 1000, 2000])
    expect(nestedLevels(1024)).toEqual([64, 128, 256, 512, 1024])
    expect(nestedLevels(999)).toEqual([999])
    expect(nestedLevels(1)).toEqual([1])
  })

  it('stratifies every dimension at every level: the first 125, 250, 500 and all 1,000 draws', () => {
    const sample = latinHypercube(20261207, ['a', 'b', 'c'], 1000)
    for (let d = 0; d < 3; d++) {
      for (const level of [125, 250, 500, 1000]) {
        expect(isStratified(column(sample.values, 3, d, level), level)).toBe(true)
      }
    }
  })

  it('stratifies for any draw count and seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.integer({ min: 1, max: 600 }), (seed, draws) => {
        const sample = latinHypercube(seed, ['x'], draws)
        for (const level of nestedLevels(draws))
          expect(isStratified(column(sample.values, 1, 0, level), level)).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('gives a dimension the same column whatever other dimensions there are (streams by name)', () => {
    const alone = latinHypercube(7, ['price'], 500)
    const among = latinHypercube(7, ['adoption', 'tokens', 'price', 'value'], 500)
    expect(column(among.values, 4, 2)).toEqual(column(alone.values, 1, 0))
    const otherSeed = latinHypercube(8, ['price'], 500)
    expect(column(otherSeed.values, 1, 0)).not.toEqual(column(alone.values, 1, 0))
  })

  it('decorrelates the dimensions (independent permutations)', () => {
    const sample = latinHypercube(11, ['a', 'b'], 1000)
    const a = column(sample.values, 2, 0)
    const b = column(sample.values, 2, 1)
    const ma = meanAndSd(a)
    const mb = meanAndSd(b)
    const r = a.reduce((s, x, i) => s + (x - ma.mean) * (b[i]! - mb.mean), 0) / (999 * ma.sd * mb.sd)
    // Independent: r ~ N(0, 1/999); 4 standard errors.
    expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(999))
  })
})

const pert = (low: number, likely: number, high: number) => ({ kind: 'pert', low, likely, high }) as const

describe('sampling plan', () => {
  const plan: SamplingPlan = {
    seed: 42,
    draws: 1000,
    factors: [{ key: 'adoption:pilot', distribution: pert(0.6, 1, 1.2) }, { key: 'price:acme' }],
    inputs: [
      { key: 'a/users', distribution: pert(800, 1000, 1500) },
      { key: 'b/tokens', distribution: { kind: 'lognormal', by: 'medianP90', median: 1200, p90: 2000 } },
      {
        key: 'c/price',
        distribution: { kind: 'uniform', low: 1, high: 2 },
        link: { factor: 'price:acme', correlation: 1 },
      },
    ],
  }

  it('lays out factors then inputs, draw-major, with the same numbers for the same plan', () => {
    const draws = sampleDraws(plan)
    expect(draws.keys).toEqual(['adoption:pilot', 'price:acme', 'a/users', 'b/tokens', 'c/price'])
    expect(draws.columnOf.get('b/tokens')).toBe(3)
    expect(draws.values.length).toBe(5000)
    expect(sampleDraws(plan).values).toEqual(draws.values)
  })

  it('gives the pinned numbers for a pinned plan (a change here breaks every saved seed)', () => {
    const draws = sampleDraws({
      seed: 42,
      draws: 8,
      factors: [{ key: 'f' }],
      inputs: [{ key: 'x', distribution: pert(1, 2, 4) }],
    })
    expect(Array.from(draws.values)).toEqual([
      0.7255493990523973, 3.020233232711507, 0.8021479835297214, 2.5134888923106136, 0.940543146469281,
      1.2926015256490664, 0.622848714250722, 2.044680689020851, 0.258478779825964, 2.7437122397413294,
      0.10973756153543945, 1.842677707362175, 0.4256963969528442, 2.1626372104801126, 0.1485895036457805,
      1.58520251051052,
    ])
  })

  it('draws level by level: blocks of 125, 125, 250 and 500 rows, each stratified, joined equal to sampleDraws', () => {
    const sampler = new DrawSampler(plan)
    const blocks = []
    for (let block = sampler.nextBlock(); block; block = sampler.nextBlock()) blocks.push(block)
    expect(blocks.map((b) => [b.from, b.to])).toEqual([
      [0, 125],
      [125, 250],
      [250, 500],
      [500, 1000],
    ])
    const joined = new Float64Array(5000)
    for (const b of blocks) joined.set(b.values, b.from * 5)
    expect(joined).toEqual(sampleDraws(plan).values)
    // The first block alone: the uniform-valued factor covers 125 strata once each.
    expect(isStratified(column(blocks[0]!.values, 5, 1), 125)).toBe(true)
    expect(sampler.nextBlock()).toBeNull()
    const empty = new DrawSampler({ seed: 1, draws: 10, factors: [], inputs: [] })
    expect(empty.nextBlock()).toEqual({ from: 0, to: 10, values: new Float64Array(0) })
    expect(empty.nextBlock()).toBeNull()
  })

  it('keeps every column when a range is added to another driver', () => {
    const before = sampleDraws(plan)
    const extra: RangedInput = { key: 'z/new', distribution: pert(0, 1, 2) }
    const after = sampleDraws({ ...plan, inputs: [extra, ...plan.inputs] })
    for (const key of before.keys) {
      expect(column(after.values, after.keys.length, after.columnOf.get(key)!)).toEqual(
        column(before.values, before.keys.length, before.columnOf.get(key)!),
      )
    }
  })

  it('moves an input with correlation 1 in lockstep with its factor (same rank every draw)', () => {
    const draws = sampleDraws(plan)
    const factor = column(draws.values, 5, 1) // uniforms: the factor has no distribution
    const price = column(draws.values, 5, 4)
    for (let i = 0; i < 1000; i++) expect(price[i]).toBeCloseTo(1 + factor[i]!, 12)
  })

  it("mirrors the factor at correlation -1 and keeps each input's own distribution at any correlation", () => {
    const inputs: RangedInput[] = [
      { key: 'down', distribution: { kind: 'uniform', low: 0, high: 1 }, link: { factor: 'f', correlation: -1 } },
      { key: 'partly', distribution: { kind: 'uniform', low: 0, high: 1 }, link: { factor: 'f', correlation: 0.6 } },
    ]
    const draws = sampleDraws({ seed: 9, draws: 1000, factors: [{ key: 'f' }], inputs })
    const factor = column(draws.values, 3, 0)
    const down = column(draws.values, 3, 1)
    down.forEach((x, i) => expect(x).toBeCloseTo(1 - factor[i]!, 12))
    // A uniform input stays uniform: its deciles within 4 standard errors of the binomial count.
    const partly = column(draws.values, 3, 2)
    for (let decile = 0; decile < 10; decile++) {
      const count = partly.filter((x) => Math.floor(x * 10) === decile).length
      expect(Math.abs(count - 100)).toBeLessThan(4 * Math.sqrt(1000 * 0.1 * 0.9))
    }
  })

  it('widens the spread of a sum as theory says: Var(Σ) = m + m(m-1)ρ² for m unit normals', () => {
    const m = 10
    const variance = (rho: number, seed: number): number => {
      const inputs = Array.from({ length: m }, (_, i): RangedInput => ({
        key: `n${i}`,
        distribution: { kind: 'normal', mean: 0, sd: 1 },
        link: rho === 0 ? undefined : { factor: 'shared', correlation: rho },
      }))
      const draws = sampleDraws({ seed, draws: 1000, factors: [{ key: 'shared' }], inputs })
      const sums = Array.from({ length: 1000 }, (_, d) => {
        let s = 0
        for (let i = 0; i < m; i++) s += draws.values[d * (m + 1) + 1 + i]!
        return s
      })
      return meanAndSd(sums).sd ** 2
    }
    for (const [rho, expected] of [
      [0, 10],
      [0.6, 10 + 90 * 0.36],
      [0.8, 10 + 90 * 0.64],
      [1, 100],
    ] as const) {
      // A sample variance of 1,000 draws has a relative sd of about √(2/999) = 4.5%; 4 of them.
      expect(Math.abs(variance(rho, 5) / expected - 1)).toBeLessThan(0.18)
    }
  })

  it('refuses duplicate keys, unknown factors, bad correlations, seeds and draw counts', () => {
    const input = plan.inputs[0]!
    expect(() => sampleDraws({ ...plan, inputs: [input, input] })).toThrow(/used twice/)
    expect(() => sampleDraws({ ...plan, inputs: [{ ...input, link: { factor: 'nope', correlation: 1 } }] })).toThrow(
      /unknown factor 'nope'/,
    )
    expect(() =>
      sampleDraws({ ...plan, inputs: [{ ...input, link: { factor: 'price:acme', correlation: 1.5 } }] }),
    ).toThrow(/correlation must be from -1 to 1/)
    expect(() => sampleDraws({ ...plan, seed: -1 })).toThrow(/seed/)
    expect(() => sampleDraws({ ...plan, draws: 0 })).toThrow(/draws/)
  })
})
