import type { YearSpend } from '../../../../shared/engine/calendar'
import type { ChartOption } from '../echartsCore'
import { MARK_COLOR, NET_COLOR } from '../palette'
import { formatMoneyCompact } from '../../format'

/** Spend per calendar year of the horizon as bars, the (pro-rata) budget as a marker per year. */
export function budgetOption(years: readonly YearSpend[], currency: string): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const labels = years.map((y) => (y.months < 12 ? `${String(y.year)} (${String(y.months)} mo)` : String(y.year)))
  const hasBudget = years.some((y) => y.budget !== null)
  return {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, textStyle: { fontSize: 11 } },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: [
      {
        type: 'bar',
        name: 'Spend',
        barMaxWidth: 48,
        data: years.map((y) => ({
          value: y.spend,
          itemStyle: { color: y.over !== null && y.over > 0 ? '#d9534f' : NET_COLOR },
        })),
      },
      ...(hasBudget
        ? [
            {
              type: 'line' as const,
              name: 'Budget',
              color: MARK_COLOR,
              symbol: 'rect',
              symbolSize: 10,
              lineStyle: { type: 'dashed' as const, width: 1.5 },
              data: years.map((y) => y.budget),
            },
          ]
        : []),
    ],
  }
}
