import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { expectClose, initiative, model, pool, portfolio, price } from './fixtures'
import type { CostPool } from '../../../shared/model'

/**
 * Three initiatives on a model at 1 per million input tokens, 1,000 tokens a query:
 * inference per month = queries / 1000.
 *   a: 1,000 queries from month 0 -> inference 1
 *   b: 3,000 queries from month 0 -> inference 3
 *   c: launches at month 1 with 4,000 queries -> inference 4 from month 1
 */
function threeWith(pools: CostPool[], months = 2) {
  const usage = (launchMonth: number, users: number) => ({
    launchMonth,
    targetUsers: users,
    queriesPerUserPerMonth: 1000,
    inputTokensPerQuery: 1000,
  })
  return computePortfolio(
    portfolio({
      months,
      priceBook: [model('m1', [price({ inputPerM: 1 })])],
      costPools: pools,
      initiatives: [
        initiative({ id: 'a', usage: usage(0, 1) }),
        initiative({ id: 'b', usage: usage(0, 3) }),
        initiative({ id: 'c', usage: usage(1, 4) }),
      ],
    }),
  )
}

function shared(r: ReturnType<typeof threeWith>, id: string): number[] {
  return Array.from(r.byId.get(id)!.series.cost.shared)
}

describe('shared cost pools', () => {
  it.each([
    {
      rule: 'inference' as const,
      // month 0: basis 1 : 3 : 0 of 4 -> 100*1/4, 100*3/4, 0; month 1: 1 : 3 : 4 of 8
      a: [25, 12.5],
      b: [75, 37.5],
      c: [0, 50],
    },
    {
      rule: 'queries' as const,
      // same proportions as inference here (one price for all)
      a: [25, 12.5],
      b: [75, 37.5],
      c: [0, 50],
    },
    {
      rule: 'even' as const,
      // over all initiatives, launched or not: 100 / 3
      a: [100 / 3, 100 / 3],
      b: [100 / 3, 100 / 3],
      c: [100 / 3, 100 / 3],
    },
  ])('rule $rule', ({ rule, a, b, c }) => {
    const r = threeWith([pool({ id: 'p', monthlyCost: 100, allocation: rule })])
    expectClose(shared(r, 'a'), a)
    expectClose(shared(r, 'b'), b)
    expectClose(shared(r, 'c'), c)
    expectClose(r.series.cost.shared, [100, 100])
    expect(r.totals.costByDriver.shared).toBeCloseTo(200, 9)
  })

  it('rule fixed: by the fixed shares, whatever the usage', () => {
    const r = threeWith([pool({ id: 'p', monthlyCost: 100, allocation: 'fixed', fixedShares: { a: 0.1, c: 0.9 } })])
    expectClose(shared(r, 'a'), [10, 10])
    expectClose(shared(r, 'b'), [0, 0])
    expectClose(shared(r, 'c'), [90, 90])
  })

  it('a pool costs nothing before its start month', () => {
    const r = threeWith([pool({ id: 'p', monthlyCost: 90, allocation: 'even', startMonth: 1 })])
    expectClose(shared(r, 'a'), [0, 30])
    expectClose(r.series.cost.shared, [0, 90])
  })

  it('falls back to an equal split in a month whose basis is all zero', () => {
    // month 0: nobody has inference (all launch at month 1) -> 60 / 3 each; month 1: by inference
    const usage = (users: number) => ({
      launchMonth: 1,
      targetUsers: users,
      queriesPerUserPerMonth: 1000,
      inputTokensPerQuery: 1000,
    })
    const r = computePortfolio(
      portfolio({
        months: 2,
        priceBook: [model('m1', [price({ inputPerM: 1 })])],
        costPools: [pool({ id: 'p', monthlyCost: 60, allocation: 'inference' })],
        initiatives: [
          initiative({ id: 'a', usage: usage(1) }),
          initiative({ id: 'b', usage: usage(2) }),
          initiative({ id: 'c', usage: usage(3) }),
        ],
      }),
    )
    expectClose(shared(r, 'a'), [20, 10])
    expectClose(shared(r, 'b'), [20, 20])
    expectClose(shared(r, 'c'), [20, 30])
  })

  it('a basis so tiny that cost / basis overflows also falls back to an equal split (no NaN)', () => {
    // 1e-300 users x 1e-300 queries = 1e-600 -> 0 or a subnormal; 10 / subnormal overflows to Infinity.
    const r = computePortfolio(
      portfolio({
        months: 1,
        costPools: [pool({ id: 'p', monthlyCost: 10, allocation: 'queries' })],
        initiatives: [
          initiative({ id: 'a', usage: { targetUsers: 1e-160, queriesPerUserPerMonth: 1e-160 } }),
          initiative({ id: 'b' }),
        ],
      }),
    )
    expectClose(shared(r, 'a'), [5])
    expectClose(shared(r, 'b'), [5])
  })

  it('several pools add up per initiative', () => {
    const r = threeWith([
      pool({ id: 'p1', monthlyCost: 100, allocation: 'inference' }),
      pool({ id: 'p2', monthlyCost: 30, allocation: 'even' }),
    ])
    expectClose(shared(r, 'a'), [25 + 10, 12.5 + 10])
  })

  it('with no initiatives the pool cost is unallocated but still in the portfolio total', () => {
    const r = computePortfolio(
      portfolio({ months: 3, initiatives: [], costPools: [pool({ id: 'p', monthlyCost: 50, startMonth: 1 })] }),
    )
    expectClose(r.unallocatedShared, [0, 50, 50])
    expectClose(r.series.cost.shared, [0, 50, 50])
    expectClose(r.series.totalCost, [0, 50, 50])
    expect(r.totals.cost).toBe(100)
    expect(r.totals.costByDriver.shared).toBe(100)
    expect(r.totals.npv).toBe(-100)
    expect(r.totals.paybackMonth).toBeNull() // nothing launches, nothing pays back
  })

  it('shared cost is part of each initiative total cost, net and unit costs', () => {
    const r = threeWith([pool({ id: 'p', monthlyCost: 100, allocation: 'inference' })])
    const a = r.byId.get('a')!
    // month 0: inference 1 + shared 25 over 1,000 queries
    expectClose(a.series.totalCost, [26, 13.5])
    expect(a.unitFirst.fullPerQuery).toBeCloseTo(26 / 1000, 15)
    expect(a.unitFirst.inferencePerQuery).toBeCloseTo(1 / 1000, 15)
  })
})

describe("the portfolio's figures from the pools' cost", () => {
  // Inference 1 and 3 in month 0; 1, 3 and 4 in month 1. A pool of 80 a month by inference:
  // month 0 gives a 20 and b 60; month 1 gives a 10, b 30, c 40.
  const pools = [pool({ id: 'p', monthlyCost: 80, allocation: 'inference' })]

  it("counts every pool's cost as the portfolio's shared cost, and its net as value less own cost less that", () => {
    const r = threeWith(pools)
    expect(r.totals.costByDriver.shared).toBe(160)
    expect(r.totals.costByDriver.inference).toBe(12)
    expect(r.totals.cost).toBe(172)
    // No value, discount rate 0: NPV is minus the cost.
    expect(r.totals.npv).toBe(-172)
    expect(r.totals.paybackMonth).toBeNull()
  })

  it('gives each initiative the same totals whichever is read first (each row is computed when first read)', () => {
    const inOrder = threeWith(pools)
    const reversed = threeWith(pools)
    const ids = ['a', 'b', 'c']
    const late = [...ids].reverse().map((id) => reversed.byId.get(id)!.totals)
    expect(ids.map((id) => inOrder.byId.get(id)!.totals)).toEqual(late.reverse())
    expect(ids.map((id) => inOrder.byId.get(id)!.totals.costByDriver.shared)).toEqual([30, 90, 40])
    expect(ids.map((id) => inOrder.byId.get(id)!.totals.npv)).toEqual([-32, -96, -44])
  })
})
