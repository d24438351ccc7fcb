import { formatMonthIndex } from '../../format'

/** Calendar month labels ('Jan 2027') of the horizon, t = 0 at settings.startMonth. */
export function horizonMonthLabels(startMonth: string, months: number): string[] {
  return Array.from({ length: months }, (_, t) => formatMonthIndex(startMonth, t))
}

/** Engine series as plain numbers for ECharts. */
export function seriesData(values: Float64Array): number[] {
  return Array.from(values)
}
