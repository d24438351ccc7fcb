import { describe, expect, it } from 'vitest'
import { computePortfolio, unitCostsAt } from '../../../shared/engine'
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
    })
  })

  it('null where the month has no queries, users or outcomes (before launch)', () => {
    expect(Object.values(unitCostsAt(res.series, 0))).toEqual([null, null, null, null, null, null])
  })

  it('null outside the horizon', () => {
    expect(Object.values(unitCostsAt(res.series, 3)).every((v) => v === null)).toBe(true)
    expect(Object.values(unitCostsAt(res.series, -1)).every((v) => v === null)).toBe(true)
  })

  it('unitFirst is the launch month, unitLast the last month', () => {
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
})
