import type { ChartOption } from '../echartsCore'
import { MARK_COLOR, NET_COLOR } from '../palette'
import { formatMoneyCompact } from '../../format'
import { seriesData } from './monthAxis'

/** Cumulative net cash over the horizon, with the payback month marked when there is one. */
export function cumulativeNetOption(
  labels: string[],
  cumulativeNet: Float64Array,
  paybackMonth: number | null,
  currency: string,
): ChartOption {
  const money = (v: unknown) => (typeof v === 'number' ? formatMoneyCompact(v, currency) : '—')
  const paybackLabel = paybackMonth === null ? undefined : labels[paybackMonth]
  const paybackValue = paybackMonth === null ? undefined : cumulativeNet[paybackMonth]
  return {
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: money },
    xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatMoneyCompact(v, currency) } },
    series: [
      {
        type: 'line',
        name: 'Cumulative net',
        color: NET_COLOR,
        symbol: 'none',
        lineStyle: { width: 2.5 },
        areaStyle: { opacity: 0.12 },
        data: seriesData(cumulativeNet),
        markLine:
          paybackLabel === undefined
            ? {
                silent: true,
                symbol: 'none',
                data: [{ yAxis: 0 }],
                lineStyle: { color: '#888', type: 'solid' },
                label: { show: false },
              }
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: MARK_COLOR, type: 'dashed', width: 1.5 },
                data: [
                  { yAxis: 0, lineStyle: { color: '#888', type: 'solid', width: 1 }, label: { show: false } },
                  {
                    xAxis: paybackLabel,
                    label: {
                      formatter: `Payback ${paybackLabel}`,
                      position: 'end',
                      color: MARK_COLOR,
                      fontWeight: 'bold',
                    },
                  },
                ],
              },
        markPoint:
          paybackLabel === undefined || paybackValue === undefined
            ? undefined
            : {
                symbol: 'circle',
                symbolSize: 10,
                itemStyle: { color: MARK_COLOR },
                label: { show: false },
                data: [{ name: 'Payback', coord: [paybackLabel, paybackValue] }],
              },
      },
    ],
  }
}
