import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { frontier, optimise, resolutionFor, type Candidate } from '../../../shared/decisions/optimiser'

/** Every subset, keeping locks; integer costs so the unit of 1 is exact. */
function bruteForce(cands: Candidate[], budget: number): number {
  let best = -Infinity
  for (let mask = 0; mask < 1 << cands.length; mask++) {
    let cost = 0
    let value = 0
    let ok = true
    cands.forEach((c, i) => {
      const on = (mask >> i) & 1
      if ((c.lock === 'in' && !on) || (c.lock === 'out' && on)) ok = false
      if (on) {
        cost += c.cost
        value += c.value
      }
    })
    if (ok && cost <= budget) best = Math.max(best, value)
  }
  return best
}

const candidate = fc.record({
  id: fc.uuid(),
  cost: fc.integer({ min: 0, max: 40 }),
  value: fc.integer({ min: -30, max: 60 }),
  lock: fc.constantFrom<'in' | 'out' | null>(null, null, null, 'in', 'out'),
})

describe('budget optimiser', () => {
  it('matches brute force on small random portfolios', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { minLength: 1, maxLength: 10, selector: (c) => c.id }),
        fc.integer({ min: 0, max: 150 }),
        (cands, budget) => {
          const forcedCost = cands.filter((c) => c.lock === 'in').reduce((s, c) => s + c.cost, 0)
          fc.pre(forcedCost <= budget)
          const sel = optimise(cands, budget, 1)
          expect(sel.feasible).toBe(true)
          expect(sel.cost).toBeLessThanOrEqual(budget)
          expect(sel.value).toBe(bruteForce(cands, budget))
          for (const c of cands) {
            if (c.lock === 'in') expect(sel.funded).toContain(c.id)
            if (c.lock === 'out') expect(sel.cut).toContain(c.id)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never exceeds the real budget when costs are not whole units', () => {
    // unit 1,000: costs round up (1,001 -> 2 units), the budget rounds down (2,999 -> 2 units)
    const sel = optimise(
      [
        { id: 'a', cost: 1_001, value: 10, lock: null },
        { id: 'b', cost: 1_000, value: 8, lock: null },
        { id: 'c', cost: 999, value: 7, lock: null },
      ],
      2_999,
      1_000,
    )
    expect(sel.funded).toEqual(['b', 'c'])
    expect(sel.value).toBe(15)
  })

  it('reports infeasible locks but keeps them funded', () => {
    const sel = optimise([{ id: 'a', cost: 5, value: 1, lock: 'in' }], 3, 1)
    expect(sel.feasible).toBe(false)
    expect(sel.funded).toEqual(['a'])
  })

  it('chooses a coarser resolution only for very large budgets', () => {
    expect(resolutionFor(4_000_000, 1_000)).toBe(1_000)
    expect(resolutionFor(1e9, 1_000)).toBe(100_000)
  })

  it('traces the efficient frontier from nothing to everything worth funding', () => {
    const cands: Candidate[] = [
      { id: 'a', cost: 10, value: 30, lock: null },
      { id: 'b', cost: 20, value: 50, lock: null },
      { id: 'c', cost: 30, value: 60, lock: null },
      { id: 'd', cost: 5, value: -5, lock: null },
    ]
    const f = frontier(cands, 60, 1)
    expect(f[0]).toEqual({ budget: 0, value: 0 })
    expect(f.find((p) => p.budget === 10)?.value).toBe(30)
    expect(f.find((p) => p.budget === 30)?.value).toBe(80)
    expect(f.find((p) => p.budget === 50)?.value).toBe(110)
    expect(f[f.length - 1]).toEqual({ budget: 60, value: 140 })
    for (let i = 1; i < f.length; i++) expect(f[i]!.value).toBeGreaterThanOrEqual(f[i - 1]!.value)
  })

  it('reaches everything worth funding even when each cost rounds up past the rounded total', () => {
    // 3 points over a free cost of 30: unit 10. Costs 10.5, 10.5, 9 round up to 2 + 2 + 1 = 5 units,
    // more than the 3 the total rounds to; the last point still funds all three at what they cost.
    const cands: Candidate[] = [
      { id: 'a', cost: 10.5, value: 7, lock: null },
      { id: 'b', cost: 10.5, value: 5, lock: null },
      { id: 'c', cost: 9, value: 3, lock: null },
      { id: 'd', cost: 4, value: 100, lock: 'in' },
    ]
    const f = frontier(cands, 3, 1)
    expect(f[f.length - 1]).toEqual({ budget: 4 + 30, value: 115 })
    // Below it, costs count rounded up: 20 (2 units) funds a (7), not a and c.
    expect(f.find((p) => p.budget === 4 + 20)?.value).toBe(107)
    expect(f[0]).toEqual({ budget: 4, value: 100 })
  })
})
