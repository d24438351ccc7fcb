import { describe, expect, it } from 'vitest'
import { computePortfolio, discountFactors, monthlyRate, npv, paybackMonth, roi } from '../../../shared/engine'
import { initiative, model, portfolio, price } from './fixtures'

describe('NPV', () => {
  it('equals a spreadsheet NPV: =NPV(10%, -10000, 3000, 4200, 6800) = 1188.44', () => {
    // The worked example of the spreadsheet NPV function; the first value is discounted once.
    expect(npv(0.1, [-10_000, 3000, 4200, 6800])).toBeCloseTo(1188.4434123352207, 9)
  })

  it('monthly rate from an annual rate: (1 + 12.68250301%)^(1/12) - 1 = 1%', () => {
    expect(monthlyRate(1.01 ** 12 - 1)).toBeCloseTo(0.01, 14)
    expect(Array.from(discountFactors(1.01 ** 12 - 1, 3))).toEqual([
      expect.closeTo(1 / 1.01, 14),
      expect.closeTo(1 / 1.01 ** 2, 14),
      expect.closeTo(1 / 1.01 ** 3, 14),
    ])
  })

  it('an initiative NPV equals the explicitly discounted sum of its monthly net', () => {
    // Launch 0, buildMonths 0: build 1,000 in month 0; platform 100 and value 400 every month from 0.
    const annual = 0.1
    const r = computePortfolio(
      portfolio({
        months: 4,
        discountRateAnnual: annual,
        initiatives: [
          initiative({
            usage: { launchMonth: 0 },
            costs: { buildFteMonths: 1, costPerFteMonth: 1000, platformPerMonth: 100 },
            value: { fixedMonthlyValue: 400 },
          }),
        ],
      }),
    )
    const m = 1.1 ** (1 / 12) // 1 + monthly rate
    // net: month 0 = 400 - 1000 - 100 = -700; months 1..3 = 300
    const expected = -700 / m + 300 / m ** 2 + 300 / m ** 3 + 300 / m ** 4
    const res = r.initiatives[0]!
    expect(Array.from(res.series.net)).toEqual([-700, 300, 300, 300])
    expect(res.totals.npv).toBeCloseTo(expected, 9)
    expect(r.totals.npv).toBeCloseTo(expected, 9)
  })

  it('with a 0% rate NPV is the plain sum of net', () => {
    const r = computePortfolio(portfolio({ months: 3, initiatives: [initiative({ value: { fixedMonthlyValue: 5 } })] }))
    expect(r.totals.npv).toBe(15)
  })
})

describe('ROI', () => {
  it.each([
    { value: 1500, cost: 1000, expected: 0.5 },
    { value: 500, cost: 1000, expected: -0.5 },
    { value: 0, cost: 1000, expected: -1 },
    { value: 100, cost: 0, expected: null },
    { value: 0, cost: 0, expected: null },
  ])('value $value, cost $cost -> $expected', ({ value, cost, expected }) => {
    expect(roi(value, cost)).toBe(expected)
  })

  it('an initiative with no cost has no ROI (null, not Infinity)', () => {
    const r = computePortfolio(portfolio({ months: 2, initiatives: [initiative({ value: { fixedMonthlyValue: 5 } })] }))
    expect(r.initiatives[0]!.totals.roi).toBeNull()
    expect(r.totals.roi).toBeNull()
  })

  it('horizon ROI = (value - cost) / cost', () => {
    const r = computePortfolio(
      portfolio({
        months: 2,
        initiatives: [initiative({ costs: { platformPerMonth: 100 }, value: { fixedMonthlyValue: 130 } })],
      }),
    )
    expect(r.initiatives[0]!.totals.roi).toBeCloseTo((260 - 200) / 200, 15)
  })
})

describe('payback month', () => {
  it('is the first month at or after launch whose cumulative net is >= 0', () => {
    // build 3000 in month 2 (launch 2, buildMonths 0); then value 1000 - 0 cost each month:
    // cumulative: 0, 0, -2000, -1000, 0 -> month 4 (months 0 and 1 are before launch)
    const r = computePortfolio(
      portfolio({
        months: 6,
        initiatives: [
          initiative({
            usage: { launchMonth: 2 },
            costs: { buildFteMonths: 3, costPerFteMonth: 1000 },
            value: { fixedMonthlyValue: 1000 },
          }),
        ],
      }),
    )
    const res = r.initiatives[0]!
    expect(Array.from(res.series.cumulativeNet)).toEqual([0, 0, -2000, -1000, 0, 1000])
    expect(res.totals.paybackMonth).toBe(4)
    expect(r.totals.paybackMonth).toBe(4)
  })

  it('is null when cumulative net never turns non-negative within the horizon', () => {
    const r = computePortfolio(
      portfolio({
        months: 4,
        initiatives: [initiative({ costs: { platformPerMonth: 100 }, value: { fixedMonthlyValue: 50 } })],
      }),
    )
    expect(r.initiatives[0]!.totals.paybackMonth).toBeNull()
  })

  it('counts from month 0 for an initiative launched before the horizon', () => {
    // Launched 6 months before; platform 10 and value 15 a month: cumulative net 5, 10, 15 with
    // 10, 20, 30 spent -> month 0.
    const r = computePortfolio(
      portfolio({
        months: 3,
        initiatives: [
          initiative({
            usage: { launchMonth: -6 },
            costs: { platformPerMonth: 10 },
            value: { fixedMonthlyValue: 15 },
          }),
        ],
      }),
    )
    expect(r.initiatives[0]!.totals.paybackMonth).toBe(0)
    expect(r.totals.paybackMonth).toBe(0)
  })

  it('needs money spent: nothing spent is no payback, whatever the value', () => {
    // No cost at all, value 10 a month: cumulative net 10, 20, 30 but nothing to pay back.
    const r = computePortfolio(
      portfolio({
        months: 3,
        initiatives: [initiative({ usage: { launchMonth: -6 }, value: { fixedMonthlyValue: 10 } })],
      }),
    )
    expect(Array.from(r.initiatives[0]!.series.cumulativeNet)).toEqual([10, 20, 30])
    expect(r.initiatives[0]!.totals.paybackMonth).toBeNull()
    expect(r.totals.paybackMonth).toBeNull()
  })

  it('is not a cumulative net of exactly 0 before anything is spent or earned', () => {
    // a: build 300 in month 0 (launch 0, no build months), nothing earned.
    // b: build 300 in month 2 (launch 2, no build months) and value 100 a month from month 2, so
    // months 0 and 1 are quiet (net 0). Cumulative net 0, 0, -200, -100, 0 -> month 4, when the
    // 300 spent is recovered.
    const r = computePortfolio(
      portfolio({
        months: 5,
        initiatives: [
          initiative({
            usage: { launchMonth: 0 },
            costs: { buildFteMonths: 3, costPerFteMonth: 100, buildMonths: 0 },
            value: { fixedMonthlyValue: 0 },
          }),
          initiative({
            id: 'b',
            usage: { launchMonth: 2 },
            costs: { buildFteMonths: 3, costPerFteMonth: 100 },
            value: { fixedMonthlyValue: 100 },
          }),
        ],
      }),
    )
    // a: 300 spent in month 0 and nothing earned: never paid back.
    expect(r.initiatives[0]!.totals.paybackMonth).toBeNull()
    // b: the quiet months before launch do not count; month 4 recovers what was spent.
    expect(Array.from(r.initiatives[1]!.series.cumulativeNet)).toEqual([0, 0, -200, -100, 0])
    expect(r.initiatives[1]!.totals.paybackMonth).toBe(4)
  })

  it('an unpriced month counted as $0 is not a payback', () => {
    // Launch 0; the only cost is inference on a model with no price before 2026-03 (months 0 and
    // 1 unpriced, counted as 0); no value. Cumulative net 0, 0, then -1 a month once priced:
    // before, 0 with nothing spent was read as a payback in month 0.
    const r = computePortfolio(
      portfolio({
        months: 4,
        priceBook: [model('m1', [price({ effectiveFrom: '2026-03-01', inputPerM: 1000 })])],
        initiatives: [initiative({ usage: { targetUsers: 1, queriesPerUserPerMonth: 1, inputTokensPerQuery: 1000 } })],
      }),
    )
    const res = r.initiatives[0]!
    expect(Array.from(res.series.unpriced)).toEqual([1, 1, 0, 0])
    expect(Array.from(res.series.cumulativeNet)).toEqual([0, 0, -1, -2])
    expect(res.totals.paybackMonth).toBeNull()
    expect(r.totals.paybackMonth).toBeNull()
  })

  it('paybackMonth on plain arrays: cumulative net >= 0 once something is spent', () => {
    // net -5, 4, 1, 3 with cost 5, 0, 0, 0: cumulative -5, -1, 0, 3 -> month 2.
    expect(paybackMonth([-5, 4, 1, 3], [5, 0, 0, 0], 0)).toBe(2)
    // cumulative 1, 0, 2 from month 1, with 1 spent in month 0 -> month 1.
    expect(paybackMonth([1, -1, 2], [1, 1, 0], 1)).toBe(1)
    expect(paybackMonth([-1, 0], [1, 0], 0)).toBeNull()
    // Nothing spent: no payback, even at a cumulative net of 0 or more.
    expect(paybackMonth([0, 0, 5], [0, 0, 0], 0)).toBeNull()
  })
})
