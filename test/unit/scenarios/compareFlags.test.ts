import { describe, expect, it } from 'vitest'
import { computePortfolio, portfolioSpend } from '../../../shared/engine'
import { compareScenarios } from '../../../shared/engine/scenarios'
import { initiative, model, portfolio, price } from '../engine/fixtures'

/**
 * The comparison's first active month and unpriced flags. Start 2026-01, 4 months; model m1 is
 * priced from 2026-03-01 ($4 per million input tokens): January and February are unpriced.
 * a: launch 1 (February), 100 queries of 1,000 tokens, platform $100 a month, value $50 a month.
 * b: launch 3 (April), 100 queries, platform $10 a month.
 * The portfolio's first active month is February (no initiative is live in January): $100 for
 * 100 queries -> $1.00 a query, unpriced. April: a $100.40 + b $10.40 for 200 queries -> $0.554.
 */
const p = {
  ...portfolio({
    months: 4,
    priceBook: [model('m1', [price({ effectiveFrom: '2026-03-01', inputPerM: 4 })])],
    initiatives: [
      initiative({
        id: 'a',
        usage: { launchMonth: 1, targetUsers: 10, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
        costs: { platformPerMonth: 100 },
        value: { fixedMonthlyValue: 50 },
      }),
      initiative({
        id: 'b',
        usage: { launchMonth: 3, targetUsers: 10, queriesPerUserPerMonth: 10, inputTokensPerQuery: 1000 },
        costs: { platformPerMonth: 10 },
      }),
    ],
  }),
  scenarios: [{ id: 's', name: 'Same', description: '', levers: [] }],
}

describe('comparison rows', () => {
  const c = compareScenarios(p, ['Same'])
  const row = (key: string) => c.portfolio.rows.find((r) => r.key === key)

  it("read the portfolio's unit costs in its first active month, as the engine's result names it", () => {
    const r = computePortfolio(p)
    expect(r.firstActiveMonth).toBe(1)
    expect(row('first.fullPerQuery')).toMatchObject({
      label: 'First active month: full cost per query',
      values: [1, 1],
    })
    expect(row('first.fullPerQuery')?.values[0]).toBe(portfolioSpend(r).unitFirst.fullPerQuery)
    expect(row('last.fullPerQuery')?.values[0]).toBeCloseTo(110.8 / 200, 12)
  })

  it('flag what leaves out an unknown price: unit costs by month, value and fixed drivers never', () => {
    expect(row('first.fullPerQuery')?.unpriced).toEqual([true, true])
    expect(row('last.fullPerQuery')?.unpriced).toEqual([false, false])
    expect(row('cost.inference')?.unpriced).toEqual([true, true])
    expect(row('cost.platform')?.unpriced).toEqual([false, false])
    expect(row('value')?.unpriced).toEqual([false, false])
    expect(row('cost')?.unpriced).toEqual([true, true])
    expect(row('npv')?.unpriced).toEqual([true, true])
    // b starts in April, when every price is known.
    const b = c.initiatives.find((i) => i.id === 'b')?.rows
    expect(b?.find((r) => r.key === 'first.fullPerQuery')).toMatchObject({ unpriced: [false, false] })
    expect(b?.find((r) => r.key === 'cost')?.unpriced).toEqual([false, false])
  })
})
