import type { ExperimentationReserve, PortfolioSettings } from '../model/settings'

export interface YearSpend {
  /** Calendar year. */
  year: number
  /** Months of the horizon in that year. */
  months: number
  spend: number
  /** Annual budget pro rata to the months in the horizon; null without a budget. */
  budget: number | null
  /** spend - budget; positive when over. */
  over: number | null
}

/** The reserve kept back from the annual budget for experiments, in money. */
export function reserveAmount(annualBudget: number, reserve: ExperimentationReserve): number {
  return reserve.kind === 'share' ? annualBudget * reserve.value : reserve.value
}

/** Splits a monthly series into the calendar years of the horizon. */
export function spendByYear(monthly: Float64Array, settings: PortfolioSettings): YearSpend[] {
  const [y0, m0] = settings.startMonth.split('-').map(Number)
  const startYear = y0 ?? 0
  const startMonthIndex = (m0 ?? 1) - 1
  const years: YearSpend[] = []
  for (let t = 0; t < monthly.length; t++) {
    const year = startYear + Math.floor((startMonthIndex + t) / 12)
    let row = years[years.length - 1]
    if (!row || row.year !== year) {
      row = { year, months: 0, spend: 0, budget: null, over: null }
      years.push(row)
    }
    row.months += 1
    row.spend += monthly[t] ?? 0
  }
  const budget = settings.annualBudget
  if (budget !== null) {
    for (const row of years) {
      row.budget = (budget * row.months) / 12
      row.over = row.spend - row.budget
    }
  }
  return years
}
