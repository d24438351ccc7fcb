import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { expectClose, initiative, portfolio, type InitiativePatch } from './fixtures'

function costsOf(patch: InitiativePatch, months = 6) {
  const r = computePortfolio(portfolio({ months, initiatives: [initiative(patch)] }))
  return r.initiatives[0]!
}

describe('fixed and hidden cost drivers', () => {
  it.each([
    {
      name: 'build 6 FTE-months x 10,000 spread over 3 months before launch month 4',
      launch: 4,
      costs: { buildFteMonths: 6, costPerFteMonth: 10_000, buildMonths: 3 },
      // 60,000 / 3 = 20,000 in months 1, 2, 3
      expected: [0, 20_000, 20_000, 20_000, 0, 0],
    },
    {
      name: 'build with buildMonths = 0 falls whole in the launch month',
      launch: 2,
      costs: { buildFteMonths: 3, costPerFteMonth: 10_000, buildMonths: 0 },
      expected: [0, 0, 30_000, 0, 0, 0],
    },
    {
      name: 'build partly before the horizon: the months before 0 are sunk',
      launch: 1,
      costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 4 },
      // 10,000 per month in months -3..0; only month 0 is in the horizon
      expected: [10_000, 0, 0, 0, 0, 0],
    },
    {
      name: 'build entirely before the horizon (launch at month 0) is sunk',
      launch: 0,
      costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 2 },
      expected: [0, 0, 0, 0, 0, 0],
    },
  ])('$name', ({ launch, costs, expected }) => {
    const res = costsOf({ usage: { launchMonth: launch }, costs })
    expectClose(res.series.cost.build, expected)
    expect(res.totals.costByDriver.build).toBeCloseTo(
      expected.reduce((a, b) => a + b, 0),
      9,
    )
  })

  it('integration FTE and platform run every month from launch', () => {
    const res = costsOf({
      usage: { launchMonth: 2 },
      costs: { integrationFte: 0.5, costPerFteMonth: 12_000, platformPerMonth: 700 },
    })
    expectClose(res.series.cost.integration, [0, 0, 6000, 6000, 6000, 6000])
    expectClose(res.series.cost.platform, [0, 0, 700, 700, 700, 700])
  })

  it('data: one-off the month before launch, per month from launch, plus per query', () => {
    const res = costsOf({
      usage: { launchMonth: 2, targetUsers: 10, queriesPerUserPerMonth: 50 },
      costs: { dataOneOff: 5000, dataPerMonth: 300, dataPerQuery: 0.01 },
    })
    // month 1: 5000; months 2..5: 300 + 0.01 * 500 = 305
    expectClose(res.series.cost.data, [0, 5000, 305, 305, 305, 305])
  })

  it('evaluation: set-up the month before launch, then per month', () => {
    const res = costsOf({ usage: { launchMonth: 3 }, costs: { evalSetup: 8000, evalPerMonth: 400 } })
    expectClose(res.series.cost.evaluation, [0, 0, 8000, 400, 400, 400])
  })

  it('one-offs of a launch at month 0 fall in month -1 and are sunk', () => {
    const res = costsOf({ usage: { launchMonth: 0 }, costs: { dataOneOff: 1, evalSetup: 2, complianceOneOff: 3 } })
    expect(res.totals.cost).toBe(0)
  })

  it('compliance: one-off before launch and a yearly review at m = 12, 24', () => {
    const res = costsOf({ usage: { launchMonth: 1 }, costs: { complianceOneOff: 9000, complianceYearly: 2500 } }, 27)
    const expected = new Array<number>(27).fill(0)
    expected[0] = 9000 // m = -1
    expected[13] = 2500 // m = 12
    expected[25] = 2500 // m = 24
    expectClose(res.series.cost.compliance, expected)
  })

  it('yearly compliance of an initiative launched before the horizon keeps its anniversaries', () => {
    // launch -5: m = 12 at t = 7, m = 24 at t = 19
    const res = costsOf({ usage: { launchMonth: -5 }, costs: { complianceOneOff: 9000, complianceYearly: 100 } }, 20)
    expect(Array.from(res.series.cost.compliance).flatMap((x, t) => (x > 0 ? [[t, x]] : []))).toEqual([
      [7, 100],
      [19, 100],
    ])
  })

  it('total cost is the sum of every driver, month by month', () => {
    const res = costsOf({
      usage: { launchMonth: 1 },
      costs: { buildFteMonths: 1, costPerFteMonth: 1000, buildMonths: 1, platformPerMonth: 10, evalPerMonth: 1 },
    })
    expectClose(res.series.totalCost, [1000, 11, 11, 11, 11, 11])
    expect(res.totals.cost).toBeCloseTo(1000 + 5 * 11, 9)
  })

  describe('spent before the horizon (sunk), reported beside the totals', () => {
    it.each([
      // 40,000 over months -3..0 (launch 1, 4 build months): 30,000 before month 0.
      { launch: 1, costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 4 }, before: 30_000 },
      // Launch 0, 2 build months: the whole 40,000 in months -2 and -1.
      { launch: 0, costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 2 }, before: 40_000 },
      // Launch -3 without build months: the build falls whole in month -3.
      { launch: -3, costs: { buildFteMonths: 2, costPerFteMonth: 500, buildMonths: 0 }, before: 1_000 },
      // Launch 0 without build months: the build is in month 0, inside the horizon.
      { launch: 0, costs: { buildFteMonths: 2, costPerFteMonth: 500, buildMonths: 0 }, before: 0 },
      // One-offs fall in month L - 1: before the horizon for a launch at 0 or earlier.
      { launch: 0, costs: { dataOneOff: 1, evalSetup: 2, complianceOneOff: 3 }, before: 6 },
      { launch: -12, costs: { dataOneOff: 1, evalSetup: 2, complianceOneOff: 3, platformPerMonth: 7 }, before: 6 },
      { launch: 1, costs: { dataOneOff: 1, evalSetup: 2, complianceOneOff: 3 }, before: 0 },
      // Launch 2, 6 build months of 1,000: months -4..1, of which -4..-1 are sunk, plus 60 of one-offs in month 1.
      {
        launch: 2,
        costs: { buildFteMonths: 6, costPerFteMonth: 1_000, buildMonths: 6, dataOneOff: 60 },
        before: 4_000,
      },
    ])('launch $launch: $before', ({ launch, costs, before }) => {
      const r = computePortfolio(
        portfolio({ months: 6, initiatives: [initiative({ usage: { launchMonth: launch }, costs })] }),
      )
      expect(r.initiatives[0]!.totals.costBeforeHorizon).toBeCloseTo(before, 9)
      expect(r.totals.costBeforeHorizon).toBeCloseTo(before, 9)
    })

    it('is not in the horizon cost, NPV, ROI or payback', () => {
      // Launch 0 after a 2-month build of 40,000 (sunk); platform 100 and value 150 a month.
      const r = computePortfolio(
        portfolio({
          months: 2,
          initiatives: [
            initiative({
              costs: { buildFteMonths: 4, costPerFteMonth: 10_000, buildMonths: 2, platformPerMonth: 100 },
              value: { fixedMonthlyValue: 150 },
            }),
          ],
        }),
      )
      const t = r.initiatives[0]!.totals
      expect(t.costBeforeHorizon).toBe(40_000)
      expect(t.cost).toBe(200)
      expect(t.npv).toBe(100)
      expect(t.roi).toBe(0.5)
      expect(t.paybackMonth).toBe(0)
    })

    it('adds up over the portfolio', () => {
      const r = computePortfolio(
        portfolio({
          months: 3,
          initiatives: [
            initiative({ id: 'a', usage: { launchMonth: -1 }, costs: { evalSetup: 5 } }),
            initiative({
              id: 'b',
              usage: { launchMonth: 0 },
              costs: { buildFteMonths: 1, costPerFteMonth: 7, buildMonths: 1 },
            }),
            initiative({ id: 'c', usage: { launchMonth: 2 }, costs: { evalSetup: 11 } }),
          ],
        }),
      )
      expect(r.initiatives.map((i) => i.totals.costBeforeHorizon)).toEqual([5, 7, 0])
      expect(r.totals.costBeforeHorizon).toBe(12)
    })
  })
})
