import { describe, expect, it } from 'vitest'
import { computePortfolio, discountFactors, monthlyRate, npv, paybackMonth, roi } from '../../../shared/engine'
import { initiative, portfolio } from './fixtures'

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
    const r = computePortfolio(
      portfolio({
        months: 3,
        initiatives: [initiative({ usage: { launchMonth: -6 }, value: { fixedMonthlyValue: 10 } })],
      }),
    )
    expect(r.initiatives[0]!.totals.paybackMonth).toBe(0)
  })

  it('paybackMonth on a plain array', () => {
    expect(paybackMonth(new Float64Array([-5, -1, 0, 3]), 0)).toBe(2)
    expect(paybackMonth(new Float64Array([1, -1, 2]), 1)).toBe(2)
    expect(paybackMonth(new Float64Array([-1, -1]), 0)).toBeNull()
  })
})
