import { describe, expect, it } from 'vitest'
import { computePortfolio, portfolioSpend, unitCostsAt } from '../../../shared/engine'
import { initiative, model, portfolio, price } from './fixtures'

describe('unit costs', () => {
  // Launch month 1; 20 users x 50 queries = 1,000 queries; 0.25 outcomes each = 250 outcomes.
  // Inference: 1,000 tokens at 4 per million -> 0.004 per query -> 4 a month. Platform 996 a month.
  const r = computePortfolio(
    portfolio({
      months: 3,
      priceBook: [model('m1', [price({ inputPerM: 4 })])],
      initiatives: [
        initiative({
          usage: { launchMonth: 1, targetUsers: 20, queriesPerUserPerMonth: 50, inputTokensPerQuery: 1000 },
          costs: { platformPerMonth: 996 },
          value: { outcomesPerQuery: 0.25 },
        }),
      ],
    }),
  )
  const res = r.initiatives[0]!

  it('per query, per user and per outcome, inference only and fully loaded', () => {
    expect(unitCostsAt(res.series, 1)).toEqual({
      inferencePerQuery: 4 / 1000,
      fullPerQuery: 1000 / 1000,
      inferencePerUser: 4 / 20,
      fullPerUser: 1000 / 20,
      inferencePerOutcome: 4 / 250,
      fullPerOutcome: 1000 / 250,
      unpriced: false,
    })
  })

  it('null where the month has no queries, users or outcomes (before launch)', () => {
    expect(Object.values(unitCostsAt(res.series, 0))).toEqual([null, null, null, null, null, null, false])
  })

  it('null outside the horizon', () => {
    expect(Object.values(unitCostsAt(res.series, 3))).toEqual([null, null, null, null, null, null, false])
    expect(Object.values(unitCostsAt(res.series, -1))).toEqual([null, null, null, null, null, null, false])
  })

  it('unitFirst is the first active month (here the launch month), unitLast the last month', () => {
    expect(res.firstActiveMonth).toBe(1)
    expect(res.unitFirst).toEqual(unitCostsAt(res.series, 1))
    expect(res.unitLast).toEqual(unitCostsAt(res.series, 2))
  })

  it('per outcome is null when the initiative produces no outcomes, per query is not', () => {
    const q = computePortfolio(
      portfolio({
        months: 1,
        priceBook: [model('m1', [price({ inputPerM: 4 })])],
        initiatives: [initiative({ usage: { targetUsers: 1, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 } })],
      }),
    )
    const u = q.initiatives[0]!.unitFirst
    expect(u.inferencePerOutcome).toBeNull()
    expect(u.fullPerOutcome).toBeNull()
    expect(u.inferencePerQuery).toBeCloseTo(0.004, 15)
  })

  describe('in a month with an unpriced model', () => {
    // The model's first price is dated 2026-02-01: January 2026 (month 0) is unpriced.
    // 10 users x 10 queries = 100 queries a month; 1,000 input tokens at 4 per million = 0.004 a
    // query, 0.4 a month once priced; platform 100 a month; 0.5 outcomes a query = 50 outcomes.
    const u = computePortfolio(
      portfolio({
        months: 2,
        priceBook: [model('m1', [price({ effectiveFrom: '2026-02-01', inputPerM: 4 })])],
        initiatives: [
          initiative({
            usage: { targetUsers: 10, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
            costs: { platformPerMonth: 100 },
            value: { outcomesPerQuery: 0.5 },
          }),
        ],
      }),
    )
    const one = u.initiatives[0]!

    it('carries the flag: the figures leave out the unknown price (inference counted as 0)', () => {
      expect(one.unitFirst).toEqual({
        inferencePerQuery: 0,
        fullPerQuery: 1,
        inferencePerUser: 0,
        fullPerUser: 10,
        inferencePerOutcome: 0,
        fullPerOutcome: 2,
        unpriced: true,
      })
      expect(unitCostsAt(one.series, 0).unpriced).toBe(true)
    })

    it('a priced month carries no flag', () => {
      expect(one.unitLast).toEqual({
        inferencePerQuery: 0.4 / 100,
        fullPerQuery: 100.4 / 100,
        inferencePerUser: 0.4 / 10,
        fullPerUser: 100.4 / 10,
        inferencePerOutcome: 0.4 / 50,
        fullPerOutcome: 100.4 / 50,
        unpriced: false,
      })
    })

    it("the portfolio's unit costs carry it too", () => {
      const spend = portfolioSpend(u)
      expect(spend.unitFirst.unpriced).toBe(true)
      expect(spend.unitFirst.fullPerQuery).toBe(1)
      expect(spend.unitLast.unpriced).toBe(false)
      expect(unitCostsAt(u.series, 0).unpriced).toBe(true)
    })
  })
})
