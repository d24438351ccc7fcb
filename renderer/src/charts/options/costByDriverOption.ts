import { DRIVER_LABELS, DRIVERS, type Series } from '../../../../shared/engine/types'
import type { ChartOption } from '../echartsCore'
import { DRIVER_COLORS, VALUE_COLOR } from '../palette'
import { formatMoneyCompact } from '../../format'
import { seriesData } from './monthAxis'

export interface CostByDriverInput {
  labels: string[]
  series: Series
  currency: string
  /** Draw the value series as a line over the stacked cost. */
  withValue: boolean
  /** 'bar' for an initiative's months, 'area' for the portfolio's longer view. */
  shape: 'bar' | 'area'
}

/** Monthly cost stacked by driver (drivers with no cost in the horizon are left out), value optionally as a line. */
export function costByDriverOption({ labels, series, currency, withValue, shape }: CostByDriverInput): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const drivers = DRIVERS.filter((d) => series.cost[d].some((v) => v !== 0))
  const costSeries = drivers.map((d) =>
    shape === 'bar'
      ? {
          type: 'bar' as const,
          name: DRIVER_LABELS[d],
          stack: 'cost',
          color: DRIVER_COLORS[d],
          data: seriesData(series.cost[d]),
          barMaxWidth: 28,
        }
      : {
          type: 'line' as const,
          name: DRIVER_LABELS[d],
          stack: 'cost',
          color: DRIVER_COLORS[d],
          areaStyle: { opacity: 0.75 },
          symbol: 'none',
          lineStyle: { width: 0.5 },
          data: seriesData(series.cost[d]),
        },
  )
  const valueSeries = withValue
    ? [
        {
          type: 'line' as const,
          name: 'Value',
          color: VALUE_COLOR,
          symbol: 'none',
          lineStyle: { width: 2.5 },
          z: 5,
          data: seriesData(series.value),
        },
      ]
    : []
  return {
    // A plain legend wraps onto a second line rather than hiding drivers behind paging arrows.
    grid: { left: 8, right: 16, top: 12, bottom: 60, containLabel: true },
    legend: { type: 'plain', bottom: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 9, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: [...costSeries, ...valueSeries],
  }
}
