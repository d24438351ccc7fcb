import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { Portfolio, RANGEABLE_INPUTS } from '../../../shared/model'
import { COST_INPUTS } from '../../../shared/model/drivers'

const sample = samplePortfolio()

/** The issues of a portfolio as "path: message" lines. */
function issuesOf(p: unknown): string[] {
  const r = Portfolio.safeParse(p)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`)
}

function withFirstRanges(ranges: unknown, factors: unknown[] = []): unknown {
  const [first, ...rest] = sample.initiatives
  return { ...sample, uncertainty: { seed: 1, draws: 1000, factors }, initiatives: [{ ...first, ranges }, ...rest] }
}

describe('ranges in the portfolio', () => {
  it('attach to the declared numeric inputs: usage and value numbers and every cost-driver input, whole months left out', () => {
    const keys = RANGEABLE_INPUTS.map((r) => r.key)
    for (const { name, input } of COST_INPUTS) expect(keys.includes(`costs.${name}`)).toBe(!input.rule.isInt)
    expect(keys).toContain('usage.targetUsers')
    expect(keys).toContain('value.valuePerOutcome')
    expect(keys).not.toContain('usage.launchMonth')
    expect(keys).not.toContain('costs.buildMonths')
  })

  it('the shipped sample is valid with its ranges and factors', () => {
    expect(issuesOf(sample)).toEqual([])
    expect(sample.uncertainty?.factors.map((f) => f.key)).toEqual(['anthropic-prices', 'pilot-adoption'])
  })

  it("refuse a range beyond the input's own bounds, on the field that breaks it", () => {
    expect(
      issuesOf(
        withFirstRanges({ 'usage.targetUsers': { distribution: { kind: 'pert', low: -5, likely: 10, high: 20 } } }),
      ),
    ).toEqual(['initiatives/0/ranges/usage.targetUsers/distribution/low: must be zero or more'])
    expect(
      issuesOf(withFirstRanges({ 'usage.cacheHitRate': { distribution: { kind: 'uniform', low: 0.2, high: 1.5 } } })),
    ).toEqual(['initiatives/0/ranges/usage.cacheHitRate/distribution/high: must be between 0% and 100%'])
    expect(
      issuesOf(
        withFirstRanges({ 'value.valuePerOutcome': { distribution: { kind: 'pert', low: 5, likely: 3, high: 9 } } }),
      ),
    ).toEqual(['initiatives/0/ranges/value.valuePerOutcome/distribution/likely: must be at least low'])
  })

  it('refuse an unknown input, a factor that does not exist, a provider not in the price book and a factor key used twice', () => {
    expect(
      issuesOf(withFirstRanges({ 'usage.launchMonth': { distribution: { kind: 'uniform', low: 0, high: 3 } } }))[0],
    ).toMatch(/must name numeric inputs of the initiative such as usage.targetUsers \(unknown: usage.launchMonth\)/)
    expect(
      issuesOf(
        withFirstRanges({
          'usage.targetUsers': {
            distribution: { kind: 'uniform', low: 1, high: 3 },
            follows: { factor: 'nope', correlation: 1 },
          },
        }),
      ),
    ).toEqual([
      'initiatives/0/ranges/usage.targetUsers/follows/factor: must name a shared factor of the portfolio (unknown factor "nope")',
    ])
    const price = {
      key: 'p',
      label: 'P',
      distribution: { kind: 'uniform', low: 0.5, high: 1 },
      moves: { kind: 'prices', provider: 'Nobody' },
    }
    expect(issuesOf(withFirstRanges(undefined, [price, { ...price, moves: undefined }]))).toEqual([
      'uncertainty/factors/0/moves/provider: must name a provider in the price book (unknown provider "Nobody")',
      'uncertainty/factors/1/key: must be unique (p appears twice)',
    ])
    const adoption = {
      key: 'a',
      label: 'A',
      distribution: { kind: 'uniform', low: -1, high: 1 },
      moves: { kind: 'adoption', stage: 'pilot' },
    }
    expect(
      issuesOf(
        withFirstRanges(undefined, [
          adoption,
          { ...adoption, key: 'b', distribution: { kind: 'uniform', low: 0, high: 1 } },
        ]),
      ),
    ).toEqual([
      'uncertainty/factors/0/distribution/low: must be zero or more',
      'uncertainty/factors/1/moves: must be the only factor that moves adoption at stage pilot',
    ])
  })
})
