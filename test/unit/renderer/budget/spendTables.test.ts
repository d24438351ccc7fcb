import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  budgetWarnings,
  budgetYears,
  spendByDriver,
  spendByInitiative,
  topRows,
  type SpendRow,
} from '../../../../renderer/src/features/budget/spendTables'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../../shared/engine'
import { DRIVERS } from '../../../../shared/engine/types'
import type { PortfolioSettings } from '../../../../shared/model'

const base: PortfolioSettings = {
  name: 'Budget test',
  currency: 'USD',
  startMonth: '2027-07',
  horizonMonths: 18,
  discountRateAnnual: 0.1,
  investmentThreshold: 250_000,
  annualBudget: 100_000,
  experimentationReserve: { kind: 'share', value: 0.25 },
}

// Jul-Dec 2027 at 10,000 a month (60,000); 2028 at 7,500 a month (90,000).
const monthly = Float64Array.from({ length: 18 }, (_, t) => (t < 6 ? 10_000 : 7_500))

describe('budget years', () => {
  it('pro-rates the budget and the reserve to the months of a part year', () => {
    expect(budgetYears(monthly, base)).toEqual([
      // 2027 has 6 months: budget 100,000 x 6/12 = 50,000; less 25% reserve = 37,500.
      { year: 2027, months: 6, label: '2027 (6 mo)', spend: 60_000, budget: 50_000, available: 37_500 },
      { year: 2028, months: 12, label: '2028', spend: 90_000, budget: 100_000, available: 75_000 },
    ])
  })

  it('keeps back a reserve given as an amount per year', () => {
    const years = budgetYears(monthly, { ...base, experimentationReserve: { kind: 'amount', value: 30_000 } })
    // (100,000 - 30,000) x 6/12 = 35,000 and 70,000 for the full year.
    expect(years.map((y) => y.available)).toEqual([35_000, 70_000])
  })

  it('never leaves a negative amount when the reserve exceeds the budget', () => {
    const years = budgetYears(monthly, { ...base, experimentationReserve: { kind: 'amount', value: 150_000 } })
    expect(years.map((y) => y.available)).toEqual([0, 0])
  })

  it('has no budget lines and no warnings without a budget', () => {
    const years = budgetYears(monthly, { ...base, annualBudget: null })
    expect(years.map((y) => [y.budget, y.available])).toEqual([
      [null, null],
      [null, null],
    ])
    expect(budgetWarnings(years, 'USD')).toEqual([])
  })
})

describe('budget warnings', () => {
  it('says by how much a year is over the budget, and into the reserve, with the figures', () => {
    expect(budgetWarnings(budgetYears(monthly, base), 'USD')).toEqual([
      {
        year: 2027,
        level: 'over',
        text: '2027 (6 mo): spend $60,000 is $10,000 over the budget of $50,000, and $22,500 over the $37,500 left after the experimentation reserve.',
      },
      {
        year: 2028,
        level: 'reserve',
        text: '2028: spend $90,000 is within the budget of $100,000 but $15,000 into the experimentation reserve ($75,000 left after it).',
      },
    ])
  })

  it('says nothing for a year at or under what is left after the reserve', () => {
    const years = budgetYears(monthly, {
      ...base,
      annualBudget: 200_000,
      experimentationReserve: { kind: 'share', value: 0 },
    })
    expect(budgetWarnings(years, 'USD')).toEqual([])
    // Exactly at the budget is not over.
    const exact = budgetYears(monthly, {
      ...base,
      annualBudget: 120_000,
      experimentationReserve: { kind: 'share', value: 0 },
    })
    expect(budgetWarnings(exact, 'USD').map((w) => w.year)).toEqual([])
  })
})

describe('spend breakdowns of the sample portfolio', () => {
  const portfolio = samplePortfolio()
  const result = computePortfolio(portfolio)
  // The sample starts in January, so month t falls in 2027 + floor(t / 12).
  const byYear = (series: Float64Array) => {
    const out = [0, 0, 0]
    series.forEach((v, t) => {
      out[Math.floor(t / 12)] = (out[Math.floor(t / 12)] ?? 0) + v
    })
    return out
  }

  it('gives each driver its monthly cost summed by calendar year', () => {
    expect(portfolio.settings.startMonth).toBe('2026-01')
    const rows = spendByDriver(result, portfolio.settings)
    expect(rows.map((r) => r.key)).toEqual(DRIVERS.filter((d) => result.series.cost[d].some((v) => v !== 0)))
    for (const row of rows) {
      const expected = byYear(result.series.cost[row.key as (typeof DRIVERS)[number]])
      row.years.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 6))
    }
  })

  it('adds up, by driver and by initiative, to the total spend of each year', () => {
    const years = budgetYears(result.series.totalCost, portfolio.settings)
    for (const rows of [spendByDriver(result, portfolio.settings), spendByInitiative(portfolio, result)]) {
      years.forEach((y, i) => {
        const sum = rows.reduce((s, r) => s + (r.years[i] ?? 0), 0)
        expect(Math.abs(sum - y.spend)).toBeLessThan(1e-6 * y.spend)
      })
    }
  })

  it('lists initiatives by horizon spend, largest first, each totalling its horizon cost', () => {
    const rows = spendByInitiative(portfolio, result)
    expect(rows).toHaveLength(portfolio.initiatives.length)
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]?.total).toBeGreaterThanOrEqual(rows[i]?.total ?? 0)
    for (const row of rows) expect(row.total).toBeCloseTo(result.byId.get(row.key)?.totals.cost ?? NaN, 4)
  })
})

describe('top rows for the chart', () => {
  it('keeps the first rows and sums the rest into one', () => {
    const rows: SpendRow[] = [
      { key: 'a', label: 'A', years: [5, 1], total: 6 },
      { key: 'b', label: 'B', years: [3, 2], total: 5 },
      { key: 'c', label: 'C', years: [1, 1], total: 2 },
      { key: 'd', label: 'D', years: [0, 1], total: 1 },
    ]
    expect(topRows(rows, 2, 'Other')).toEqual([
      rows[0],
      rows[1],
      { key: 'other', label: 'Other', years: [1, 2], total: 3 },
    ])
    expect(topRows(rows, 4, 'Other')).toEqual(rows)
  })

  it('preserves every year’s total (property)', () => {
    const row = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), (yearsList, limit) => {
        const rows = yearsList.map((years, i) => ({ key: `r${String(i)}`, label: `R${String(i)}`, years, total: 0 }))
        const top = topRows(rows, limit, 'Other')
        expect(top.length).toBeLessThanOrEqual(Math.max(limit + 1, rows.length === 0 ? 0 : 1))
        for (let y = 0; y < 3; y++) {
          const all = rows.reduce((s, r) => s + (r.years[y] ?? 0), 0)
          expect(top.reduce((s, r) => s + (r.years[y] ?? 0), 0)).toBe(all)
        }
      }),
    )
  })
})
