import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computePortfolio, portfolioSpend, unitCostsAt } from '../../../shared/engine'
import { CHUNK } from '../../../shared/engine/chunks'
import { syntheticPortfolio } from '../../bench/syntheticPortfolio'
import { portfolioArb } from './arbitraries'

/**
 * The portfolio's spend and unit costs read from the month sums and tails (what a comparison and the
 * grid's total row read) are the very numbers of its Series, with one chunk of initiatives or many.
 */
describe('portfolioSpend', () => {
  it.each([
    ['one chunk', portfolioArb({ minInitiatives: 1 }), 100],
    ['several chunks', portfolioArb({ minInitiatives: CHUNK + 1, maxInitiatives: 3 * CHUNK, maxMonths: 12 }), 15],
  ] as const)('equals the Series month by month and in unit costs (%s)', (_, arb, numRuns) => {
    fc.assert(
      fc.property(arb, (p) => {
        const r = computePortfolio(p)
        const first = r.firstActiveMonth
        expect(first).toBe(Math.min(...r.initiatives.map((i) => i.firstActiveMonth)))
        const spend = portfolioSpend(r)
        expect(Array.from(spend.totalCost)).toEqual(Array.from(r.series.totalCost))
        expect(spend.unitFirst).toEqual(unitCostsAt(r.series, first))
        expect(spend.unitLast).toEqual(unitCostsAt(r.series, r.months - 1))
      }),
      { numRuns },
    )
  })
  it('equals the Series on a realistic portfolio of many chunks (sums that round differently by chunk)', () => {
    const r = computePortfolio(syntheticPortfolio({ seed: 11, initiatives: 200, months: 36, models: 6, pools: 4 }))
    const spend = portfolioSpend(r)
    expect(Array.from(spend.totalCost)).toEqual(Array.from(r.series.totalCost))
    expect(spend.unitFirst).toEqual(unitCostsAt(r.series, r.firstActiveMonth))
    expect(spend.unitLast).toEqual(unitCostsAt(r.series, r.months - 1))
  })
})
