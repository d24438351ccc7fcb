import { monthLabels } from '../../../../shared/exports/months'
import { calendarMonth } from './axisFormat'

/** Calendar month labels ('Jan 2027') of the horizon, t = 0 at settings.startMonth. */
export function horizonMonthLabels(startMonth: string, months: number): string[] {
  return monthLabels(startMonth, months).map(calendarMonth)
}

/** Engine series as plain numbers for ECharts. */
export function seriesData(values: Float64Array): number[] {
  return Array.from(values)
}
